import mqtt from 'mqtt';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeEnterprise, signedIn } from '../../test/support/factories.ts';
import { METHANE_SERIES_STEP_MS, methaneSeries } from '../../test/support/methane-series.ts';
import { createTestApp, type TestApp } from '../../test/support/test-app.ts';
import { startEmbeddedBroker } from './mqtt/embedded-broker.ts';

/**
 * Every stored reading is judged exactly once, per sensor in timestamp order (issue 12 §1). The whole shared
 * methane series is replayed to a new sensor of the template 采煤工作面回风隅角 (alarm ≥ 1.0, power-off ≥ 1.5,
 * restore < 1.0 — 煤矿安全规程 Art. 498) in every way a device or the platform can cut it, and every alarm's
 * opening and clearing is compared, to the reading, with episodes computed here from the CSV values alone.
 */

const SERIES = methaneSeries();
const ALARM_AT = 1.0;
const POWER_OFF_AT = 1.5;
const RESTORE_BELOW = 1.0;

interface Episode {
  openedAt: number;
  clearedAt: number | null;
}

/**
 * The reference, written from the regulation's words and not from the engine: an alarm is on while the value is
 * ≥ its level (deadband 0); power-off latches at ≥ 1.5 and lasts until the first value < 1.0.
 * `alarmAt(i)` lets a test change the alarm level part-way (a rules edit).
 */
function referenceEpisodes(values: readonly number[], ts: (i: number) => number, alarmAt: (i: number) => number = () => ALARM_AT) {
  const threshold: Episode[] = [];
  const powerOff: Episode[] = [];
  let alarm: Episode | null = null;
  let off: Episode | null = null;
  values.forEach((v, i) => {
    const on = v >= alarmAt(i);
    if (on && !alarm) threshold.push((alarm = { openedAt: ts(i), clearedAt: null }));
    else if (!on && alarm) (alarm.clearedAt = ts(i)), (alarm = null);
    if (!off && v >= POWER_OFF_AT) powerOff.push((off = { openedAt: ts(i), clearedAt: null }));
    else if (off && v < RESTORE_BELOW) (off.clearedAt = ts(i)), (off = null);
  });
  return { threshold, powerOff };
}

let t: TestApp;
let admin: string;
let enterpriseId: string;
let key: string;
const listenerErrors: unknown[] = [];

async function newSensor(code: string) {
  const created = await t.request('POST', '/api/v1/sensors', {
    token: admin,
    body: { enterpriseId, code, name: '回风隅角甲烷 T0', kind: 'methane', unit: '%CH4', rangeLow: 0, rangeHigh: 4, expectedIntervalSec: 30, template: 'methane-longwall-upper-corner' },
  });
  expect(created.status, created.text).toBe(201);
  return created.body as { id: string; code: string };
}

/** The series ends a minute ago: reading i is at start + 30 s × i. */
const seriesStart = () => Date.now() - 60_000 - (SERIES.length - 1) * METHANE_SERIES_STEP_MS;

async function sendHttp(code: string, start: number, from: number, to: number, batch: number) {
  for (let i = from; i < to; i += batch) {
    const readings = [];
    for (let j = i; j < Math.min(to, i + batch); j++) readings.push({ sensor: code, ts: start + j * METHANE_SERIES_STEP_MS, value: SERIES[j]! });
    const sent = await t.request('POST', '/api/v1/telemetry', { token: key, body: { readings } });
    expect(sent.status, sent.text).toBe(200);
    expect(sent.body.accepted).toBe(readings.length);
  }
}

async function episodesOf(sensorId: string) {
  await t.app.ingest.drain();
  const rows = await t.db.selectFrom('alarms').select(['kind', 'opened_at', 'cleared_at']).where('sensor_id', '=', sensorId).orderBy('opened_at').execute();
  const of = (kind: string) => rows.filter((r) => r.kind === kind).map((r) => ({ openedAt: r.opened_at.getTime(), clearedAt: r.cleared_at?.getTime() ?? null }));
  return { threshold: of('threshold'), powerOff: of('power_off'), others: rows.filter((r) => r.kind !== 'threshold' && r.kind !== 'power_off') };
}

async function expectReference(sensorId: string, start: number, alarmAt?: (i: number) => number) {
  const expected = referenceEpisodes(SERIES, (i) => start + i * METHANE_SERIES_STEP_MS, alarmAt);
  const actual = await episodesOf(sensorId);
  expect(expected.threshold.length).toBeGreaterThan(50); // the series does cross the line, many times
  expect(expected.powerOff.length).toBeGreaterThan(5);
  expect(actual.threshold).toEqual(expected.threshold);
  expect(actual.powerOff).toEqual(expected.powerOff);
  expect(actual.others).toEqual([]);
}

/** A platform with a device key of a new enterprise: `t`, `admin`, `enterpriseId` and `key` point at it. */
async function platform(options: Parameters<typeof createTestApp>[0] = {}) {
  t = await createTestApp(options);
  admin = (await signedIn(t, 'admin')).token;
  enterpriseId = (await makeEnterprise(t.db)).id;
  const created = await t.request('POST', '/api/v1/device-keys', { token: admin, body: { enterpriseId, name: '监控分站' } });
  key = created.body.key;
  t.app.ingest.onListenerError = (error) => listenerErrors.push(error);
  return t;
}

beforeAll(() => platform());
// A round that fails to write is judged again later; here none may fail at all.
afterEach(() => expect(listenerErrors).toEqual([]));
afterAll(() => t.close());

describe('every stored reading is judged exactly once, in timestamp order', () => {
  it('judges the very first reading of a new sensor: 1.8 %CH4 raises the alarm and the power-off', async () => {
    const sensor = await newSensor('JDG-FIRST');
    const ts = Date.now() - 60_000;
    const sent = await t.request('POST', '/api/v1/telemetry', { token: key, body: { readings: [{ sensor: sensor.code, ts, value: 1.8 }] } });
    expect(sent.status).toBe(200);
    const { threshold, powerOff } = await episodesOf(sensor.id);
    expect(threshold).toEqual([{ openedAt: ts, clearedAt: null }]);
    expect(powerOff).toEqual([{ openedAt: ts, clearedAt: null }]);
  });

  it('replays the whole series over HTTP one reading a request', { timeout: 600_000 }, async () => {
    // 19,096 requests one after the other: a platform whose writer does not linger for company (lingerMs 0), so
    // that the run takes the time of the requests, not of 19,096 group-commit waits.
    const shared = { t, admin, enterpriseId, key };
    await platform({ ingest: { lingerMs: 0 } });
    try {
      const sensor = await newSensor('JDG-HTTP-1');
      const start = seriesStart();
      await sendHttp(sensor.code, start, 0, SERIES.length, 1);
      await expectReference(sensor.id, start);
    } finally {
      await t.close();
      ({ t, admin, enterpriseId, key } = shared);
    }
  });

  for (const batch of [500, 1_000, 10_000]) {
    it(`replays the whole series over HTTP in batches of ${batch}`, { timeout: 120_000 }, async () => {
      const sensor = await newSensor(`JDG-HTTP-${batch}`);
      const start = seriesStart();
      await sendHttp(sensor.code, start, 0, SERIES.length, batch);
      await expectReference(sensor.id, start);
    });
  }

  it('replays the series after the sensor already had a reading (batches of 500 and 1,000)', { timeout: 120_000 }, async () => {
    for (const batch of [500, 1_000]) {
      const sensor = await newSensor(`JDG-PRIOR-${batch}`);
      const start = seriesStart();
      const prior = await t.request('POST', '/api/v1/telemetry', { token: key, body: { readings: [{ sensor: sensor.code, ts: start - METHANE_SERIES_STEP_MS, value: 0.5 }] } });
      expect(prior.status).toBe(200);
      await sendHttp(sensor.code, start, 0, SERIES.length, batch);
      await expectReference(sensor.id, start);
    }
  });

  it('replays the series over MQTT, messages of 100 readings published without waiting for each PUBACK', { timeout: 120_000 }, async () => {
    const broker = await startEmbeddedBroker({ ingest: t.app.ingest, port: { value: 0, explicit: true }, host: '127.0.0.1', logger: pino({ level: 'silent' }) });
    const client = await mqtt.connectAsync(broker.url, { username: 'device', password: key, reconnectPeriod: 0 });
    try {
      const sensor = await newSensor('JDG-MQTT');
      const start = seriesStart();
      const published: Promise<unknown>[] = [];
      for (let i = 0; i < SERIES.length; i += 100) {
        const payload = SERIES.slice(i, i + 100).map((value, j) => ({ ts: start + (i + j) * METHANE_SERIES_STEP_MS, value }));
        published.push(client.publishAsync(`anquan/telemetry/${sensor.code}`, JSON.stringify(payload), { qos: 1 }));
      }
      await Promise.all(published);
      await expectReference(sensor.id, start);
    } finally {
      await client.endAsync(true);
      await broker.close();
    }
  });

  it('carries on across a platform restart, including readings stored but not yet judged when it stopped', { timeout: 120_000 }, async () => {
    const sensor = await newSensor('JDG-RESTART');
    const start = seriesStart();
    const third = Math.floor(SERIES.length / 3);
    await sendHttp(sensor.code, start, 0, third, 1_000);
    // The process dies between storing and judging: readings are committed while no evaluator listens.
    t.app.ingest.removeListener(t.app.alarms);
    await sendHttp(sensor.code, start, third, 2 * third, 1_000);
    await t.restart();
    t.app.ingest.onListenerError = (error) => listenerErrors.push(error);
    await sendHttp(sensor.code, start, 2 * third, SERIES.length, 1_000);
    await expectReference(sensor.id, start);
  });

  it('judges readings after a rules edit by the new rules, from the next reading on', { timeout: 120_000 }, async () => {
    const sensor = await newSensor('JDG-EDIT');
    const start = seriesStart();
    const edit = Math.floor(SERIES.length / 2);
    await sendHttp(sensor.code, start, 0, edit, 1_000);
    await t.app.ingest.drain();
    const patched = await t.request('PATCH', `/api/v1/sensors/${sensor.id}`, {
      token: admin,
      body: {
        rules: [
          { kind: 'threshold', direction: 'high', levels: [{ severity: 'alarm', at: 1.2 }], deadband: 0, minDurationSec: 0 },
          { kind: 'power_off', powerOffAt: POWER_OFF_AT, restoreBelow: RESTORE_BELOW },
        ],
      },
    });
    expect(patched.status, patched.text).toBe(200);
    await sendHttp(sensor.code, start, edit, SERIES.length, 1_000);
    await expectReference(sensor.id, start, (i) => (i < edit ? ALARM_AT : 1.2));
  });

  it('stores and counts a reading older than the judged watermark without judging it', async () => {
    const sensor = await newSensor('JDG-LATE');
    const now = Date.now();
    await t.request('POST', '/api/v1/telemetry', { token: key, body: { readings: [{ sensor: sensor.code, ts: now - 60_000, value: 0.4 }] } });
    const late = await t.request('POST', '/api/v1/telemetry', { token: key, body: { readings: [{ sensor: sensor.code, ts: now - 120_000, value: 1.9 }] } });
    expect(late.body.accepted).toBe(1);
    const { threshold, powerOff } = await episodesOf(sensor.id);
    expect([...threshold, ...powerOff]).toEqual([]);
    const detail = await t.request('GET', `/api/v1/sensors/${sensor.id}`, { token: admin });
    expect(detail.body.judgement).toEqual({ judgedThrough: new Date(now - 60_000).toISOString(), lateReadings: 1 });
  });
});
