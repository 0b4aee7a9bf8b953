import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlatformEvent } from '../events/event-bus.ts';
import { makeDepartment, makeEnterprise, signedIn } from '../../test/support/factories.ts';
import { makeSensor } from '../../test/support/monitoring-factories.ts';
import { transition } from '../../test/support/hazard-factories.ts';
import { createTestApp, type TestApp } from '../../test/support/test-app.ts';
import { escalateAlarms } from './alarm-escalation.job.ts';
import { AlarmEvaluator } from './alarm-evaluator.ts';
import { bridgeLongPowerOffs } from './alarm-hazard-bridge.ts';
import { writeJobs } from './ingest/reading-writer.ts';

let t: TestApp;
let enterpriseId: string;
let officer: string;
let districtRegulator: string;
let cityRegulator: string;
let outsider: string;
let inspector: string;
const published: PlatformEvent[] = [];

const T0 = Date.parse('2026-12-01T02:00:00Z');
const at = (sec: number) => T0 + sec * 1000;
let writes = 1_000_000;
/** Stores the readings (the real writer), then hands them to the evaluator as ingestion does after a commit. */
async function store(sensorId: string, readings: Array<{ ts: number; value: number; outOfRange: boolean }>, evaluator: AlarmEvaluator = t.app.alarms) {
  const s = await t.db.selectFrom('sensors').select(['id', 'num', 'enterprise_id', 'range_low', 'range_high']).where('id', '=', sensorId).executeTakeFirstOrThrow();
  const sensor = { id: s.id, num: s.num, enterpriseId: s.enterprise_id, rangeLow: s.range_low, rangeHigh: s.range_high };
  const { stored } = await writeJobs(t.db, [{ deviceKeyId: null, readings: readings.map((r) => ({ ...r, sensor, status: null })) }]);
  await evaluator.onReadings(stored, { seq: ++writes });
}
const feed = (sensorId: string, values: number[], startSec = 0, evaluator: AlarmEvaluator = t.app.alarms) =>
  store(sensorId, values.map((value, i) => ({ ts: at(startSec + i * 30), value, outOfRange: value < 0 || value > 4 })), evaluator);
const alarmsOf = async (sensorId: string, token = officer, query = '') => (await t.request('GET', `/api/v1/alarms?sensorId=${sensorId}&pageSize=200${query}`, { token })).body;

beforeAll(async () => {
  t = await createTestApp();
  enterpriseId = (await makeEnterprise(t.db, { industryCode: '2614', regionCode: '510113' })).id;
  officer = (await signedIn(t, 'enterprise', { enterpriseId })).token;
  districtRegulator = (await signedIn(t, 'regulator', { departmentId: (await makeDepartment(t.db, ['510113'], ['C'])).id })).token;
  cityRegulator = (await signedIn(t, 'regulator', { departmentId: (await makeDepartment(t.db, ['510100'], ['26'])).id })).token;
  outsider = (await signedIn(t, 'regulator', { departmentId: (await makeDepartment(t.db, ['510104'], ['C'])).id })).token;
  inspector = (await signedIn(t, 'inspector', { departmentId: (await makeDepartment(t.db, ['510100'], ['C'])).id })).token;
  t.app.events.subscribe((e) => published.push(e));
});
afterAll(() => t.close());

const notified = async (token: string, alarmId: string) =>
  ((await t.request('GET', '/api/v1/notifications?pageSize=200', { token })).body.items as Array<{ entityId: string; kind: string; payload: { target: string } }>)
    .filter((n) => n.entityId === alarmId)
    .map((n) => `${n.kind}:${n.payload.target}`)
    .sort();

describe('readings → alarms', () => {
  it('opens, keeps the power-off latched, clears below restore; timeline, peak, events with the enterprise subject', async () => {
    const sensor = await makeSensor(t.db, { enterpriseId });
    published.length = 0;
    await feed(sensor.id, [0.5, 1.0, 1.6, 1.2, 1.0]);
    let list = await alarmsOf(sensor.id);
    expect(list.items.map((a: { kind: string; status: string }) => `${a.kind} ${a.status}`).sort()).toEqual(['power_off active', 'threshold active']);
    const sensorView = await t.request('GET', `/api/v1/sensors/${sensor.id}`, { token: officer });
    expect(sensorView.body.alarmState).toBe('critical');
    expect((await t.request('GET', `/api/v1/sensors?alarmState=critical&enterpriseId=${enterpriseId}`, { token: officer })).body.items.map((s: { id: string }) => s.id)).toContain(sensor.id);

    await feed(sensor.id, [0.99], 150);
    list = await alarmsOf(sensor.id);
    expect(list.items.every((a: { status: string }) => a.status === 'cleared')).toBe(true);
    const powerOff = list.items.find((a: { kind: string }) => a.kind === 'power_off');
    expect(powerOff).toMatchObject({ openValue: 1.6, peakValue: 1.6, limit: 1.5, severity: 'critical', openedAt: new Date(at(60)).toISOString(), clearedAt: new Date(at(150)).toISOString() });
    const detail = await t.request('GET', `/api/v1/alarms/${powerOff.id}`, { token: districtRegulator });
    expect(detail.body.timeline.map((e: { type: string; value: number }) => `${e.type}@${e.value}`)).toEqual(['opened@1.6', 'cleared@0.99']);

    expect(published.map((e) => e.type)).toEqual(['alarm.opened', 'alarm.opened', 'alarm.cleared', 'alarm.cleared']);
    expect(published[0]!.subject).toMatchObject({ id: enterpriseId, regionPath: expect.arrayContaining(['510113']) });
    expect(published[0]!.data).toMatchObject({ sensorId: sensor.id, status: 'active' });
  });

  it('severity steps up and down within one alarm (alarm.changed), peak kept', async () => {
    const sensor = await makeSensor(t.db, {
      enterpriseId,
      kind: 'combustible_gas',
      unit: '%LEL',
      rangeHigh: 100,
      rules: [{ kind: 'threshold', direction: 'high', levels: [{ severity: 'alarm', at: 25 }, { severity: 'critical', at: 50 }], deadband: 5, minDurationSec: 0 }],
    });
    published.length = 0;
    await store(sensor.id, [30, 60, 40, 10].map((value, i) => ({ ts: at(i * 10), value, outOfRange: false })));
    const [alarm] = (await alarmsOf(sensor.id)).items;
    expect(alarm).toMatchObject({ status: 'cleared', severity: 'alarm', peakSeverity: 'critical', peakValue: 60 });
    const detail = (await t.request('GET', `/api/v1/alarms/${alarm.id}`, { token: officer })).body;
    expect(detail.timeline.map((e: { type: string; severity: string }) => `${e.type} ${e.severity}`)).toEqual(['opened alarm', 'severity_changed critical', 'severity_changed alarm', 'cleared alarm']);
    expect(published.map((e) => e.type)).toEqual(['alarm.opened', 'alarm.changed', 'alarm.changed', 'alarm.cleared']);
  });

  it('an out-of-range reading raises sensor_fault, the next in-range one clears it', async () => {
    const sensor = await makeSensor(t.db, { enterpriseId, rules: [] });
    await feed(sensor.id, [5, 0.3]);
    const [fault] = (await alarmsOf(sensor.id, officer, '&kind=sensor_fault')).items;
    expect(fault).toMatchObject({ kind: 'sensor_fault', status: 'cleared', openValue: 5, limit: 4 });
  });
});

describe('early warning', () => {
  it('a forecast rule raises a forecast alarm before the level (the tuned method) and clears once the level is reached', async () => {
    const sensor = await makeSensor(t.db, { enterpriseId, rules: [{ kind: 'forecast', level: 1.0, horizonSec: 180, severity: 'warning' }] });
    await feed(sensor.id, [0.5, 0.7, 0.85]);
    expect((await alarmsOf(sensor.id)).total).toBe(0);
    await feed(sensor.id, [0.93], 90);
    expect((await alarmsOf(sensor.id)).items.map((a: { kind: string; status: string; limit: number }) => `${a.kind} ${a.status} ${a.limit}`)).toEqual(['forecast active 1']);
    // The fields a screen words the alarm from, in the reader's language: the horizon comes from the rule.
    expect((await alarmsOf(sensor.id)).items[0]).toMatchObject({ kind: 'forecast', openValue: 0.93, limit: 1, unit: '%CH4', horizonSec: 180, direction: null, silenced: false });
    await feed(sensor.id, [1.0], 120);
    expect((await alarmsOf(sensor.id)).items.map((a: { status: string }) => a.status)).toEqual(['cleared']);
  });
});

describe('acknowledge and lists', () => {
  it('active → acknowledged → cleared; twice is 409; read-only roles 403; out of scope 404; audited and published', async () => {
    const sensor = await makeSensor(t.db, { enterpriseId });
    await feed(sensor.id, [1.1]);
    const [alarm] = (await alarmsOf(sensor.id)).items;
    expect((await t.request('POST', `/api/v1/alarms/${alarm.id}/acknowledge`, { token: inspector, body: {} })).status).toBe(403);
    expect((await t.request('POST', `/api/v1/alarms/${alarm.id}/acknowledge`, { token: outsider, body: {} })).status).toBe(404);
    published.length = 0;
    const ack = await t.request('POST', `/api/v1/alarms/${alarm.id}/acknowledge`, { token: officer, body: { note: '已通知调度，撤人' } });
    expect(ack.status).toBe(200);
    expect(ack.body).toMatchObject({ status: 'acknowledged', acknowledgedBy: expect.any(String) });
    expect(ack.body.timeline.at(-1)).toMatchObject({ type: 'acknowledged', note: '已通知调度，撤人' });
    expect(published.map((e) => e.type)).toEqual(['alarm.acknowledged']);
    const again = await t.request('POST', `/api/v1/alarms/${alarm.id}/acknowledge`, { token: officer });
    expect(again.status).toBe(409);
    await feed(sensor.id, [0.2], 30);
    expect((await t.request('GET', `/api/v1/alarms/${alarm.id}`, { token: officer })).body).toMatchObject({ status: 'cleared', acknowledgedAt: expect.any(String) });
    const audit = await t.db.selectFrom('audit_events').select('action').where('entity_id', '=', alarm.id).orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['alarm_opened', 'acknowledge', 'alarm_cleared']);
  });

  it('a cleared, never acknowledged alarm can still be acknowledged and stays cleared', async () => {
    const sensor = await makeSensor(t.db, { enterpriseId });
    await feed(sensor.id, [1.1, 0.1]);
    const [alarm] = (await alarmsOf(sensor.id)).items;
    const ack = await t.request('POST', `/api/v1/alarms/${alarm.id}/acknowledge`, { token: districtRegulator, body: {} });
    expect(ack.body).toMatchObject({ status: 'cleared', acknowledgedAt: expect.any(String) });
  });

  it('filters by status, kind, enterprise and time; scope in SQL', async () => {
    const sensor = await makeSensor(t.db, { enterpriseId });
    await feed(sensor.id, [1.6], 3600);
    const active = await alarmsOf(sensor.id, officer, '&status=active');
    expect(active.items).toHaveLength(2);
    expect((await alarmsOf(sensor.id, officer, '&kind=power_off')).items.map((a: { kind: string }) => a.kind)).toEqual(['power_off']);
    const from = encodeURIComponent(new Date(at(3600)).toISOString());
    const to = encodeURIComponent(new Date(at(3599)).toISOString());
    expect((await alarmsOf(sensor.id, officer, `&from=${from}`)).total).toBe(2);
    expect((await alarmsOf(sensor.id, officer, `&to=${to}`)).total).toBe(0);
    expect((await alarmsOf(sensor.id, officer, `&enterpriseId=${enterpriseId}`)).total).toBe(2);
    expect((await alarmsOf(sensor.id, outsider)).total).toBe(0);
    expect((await t.request('GET', '/api/v1/alarms?status=bogus', { token: officer })).status).toBe(400);
    const page = await t.request('GET', `/api/v1/alarms?sensorId=${sensor.id}&pageSize=1&page=2`, { token: officer });
    expect(page.body).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(page.body.items).toHaveLength(1);
  });
});

describe('restart', () => {
  it('a new evaluator restores open alarms: no second opening while latched, clears below restore', async () => {
    const sensor = await makeSensor(t.db, { enterpriseId });
    await feed(sensor.id, [1.7]);
    const restarted = new AlarmEvaluator(t.db, t.app.events);
    await restarted.restoreAll();
    expect(restarted.openAlarms(sensor.id).map((a) => a.kind).sort()).toEqual(['power_off', 'threshold']);
    await feed(sensor.id, [1.2], 30, restarted);
    expect((await alarmsOf(sensor.id)).total).toBe(2);
    await feed(sensor.id, [0.5], 60, restarted);
    const list = await alarmsOf(sensor.id);
    expect(list.total).toBe(2);
    expect(list.items.every((a: { status: string }) => a.status === 'cleared')).toBe(true);
  });
});

describe('a failed write', () => {
  it('is not half-applied: the sensor is judged next against a state rebuilt from the database', async () => {
    const sensor = await makeSensor(t.db, { enterpriseId, rules: [{ kind: 'threshold', direction: 'high', levels: [{ severity: 'alarm', at: 1 }], deadband: 0, minDurationSec: 0 }] });
    await feed(sensor.id, [0.5]);
    // Another writer left an open alarm of the same rule: the evaluator's opening collides with it.
    await t.db
      .insertInto('alarms')
      .values({ id: randomUUID(), sensor_id: sensor.id, enterprise_id: enterpriseId, rule_key: 'threshold:0', kind: 'threshold', status: 'active', severity: 'alarm', peak_severity: 'alarm', level_index: 0, open_value: 1.2, peak_value: 1.2, limit_value: 1, opened_at: new Date(at(10)), message: 'x', updated_at: new Date() })
      .execute();
    await expect(feed(sensor.id, [1.3], 30)).rejects.toThrow();
    await feed(sensor.id, [0.2], 60);
    expect((await alarmsOf(sensor.id)).items.map((a: { status: string; openValue: number }) => `${a.status} ${a.openValue}`)).toEqual(['cleared 1.2']);
  });
});

describe('stale, escalation and silences', () => {
  it('stale opens after 3 × the interval without a reading and clears on the next one', async () => {
    const sensor = await makeSensor(t.db, { enterpriseId, expectedIntervalSec: 10, rules: [{ kind: 'stale', severity: 'warning' }] });
    await feed(sensor.id, [0.3]);
    await t.app.alarms.checkStale(new Date(at(29)));
    expect((await alarmsOf(sensor.id)).total).toBe(0);
    await t.app.alarms.checkStale(new Date(at(30)));
    expect((await alarmsOf(sensor.id)).items.map((a: { kind: string; status: string }) => `${a.kind} ${a.status}`)).toEqual(['stale active']);
    // A warning reaches the enterprise on duty only: no department, no city, no reminders.
    const [stale] = (await alarmsOf(sensor.id)).items;
    await escalateAlarms(t.db, new Date(at(3600)));
    expect(await notified(officer, stale.id)).toEqual(['alarm_escalated:enterprise']);
    expect(await notified(districtRegulator, stale.id)).toEqual([]);
    expect(await notified(cityRegulator, stale.id)).toEqual([]);
    await feed(sensor.id, [0.3], 60);
    expect((await alarmsOf(sensor.id)).items.map((a: { kind: string; status: string }) => `${a.kind} ${a.status}`)).toEqual(['stale cleared']);
  });

  it('climbs the ladder while unacknowledged: enterprise at once, department after 10 min, city after 30; reminders; stops on acknowledge', async () => {
    const sensor = await makeSensor(t.db, { enterpriseId, rules: [{ kind: 'threshold', direction: 'high', levels: [{ severity: 'alarm', at: 1 }], deadband: 0, minDurationSec: 0 }] });
    await feed(sensor.id, [1.2]);
    const [alarm] = (await alarmsOf(sensor.id)).items;
    const opened = at(0);
    await escalateAlarms(t.db, new Date(opened + 60_000));
    expect(await notified(officer, alarm.id)).toEqual(['alarm_escalated:enterprise']);
    // Chinese for SMS and e-mail; the fields for screens in other languages.
    const [note] = ((await t.request('GET', '/api/v1/notifications?pageSize=200', { token: officer })).body.items as Array<{ entityId: string; title: string; payload: unknown }>).filter((n) => n.entityId === alarm.id);
    expect(note!.title).toMatch(/（T-[0-9a-f]+）超限：1\.2 %CH4（限值 ≥ 1 %CH4）$/);
    expect(note!.payload).toMatchObject({ sensorCode: expect.any(String), alarm: { kind: 'threshold', severity: 'alarm', openValue: 1.2, limit: 1, unit: '%CH4', direction: 'high', horizonSec: null } });
    expect(await notified(districtRegulator, alarm.id)).toEqual([]);
    await escalateAlarms(t.db, new Date(opened + 10 * 60_000));
    await escalateAlarms(t.db, new Date(opened + 10 * 60_000));
    expect(await notified(officer, alarm.id)).toEqual(['alarm_escalated:enterprise', 'alarm_reminder:enterprise']);
    expect(await notified(districtRegulator, alarm.id)).toEqual(['alarm_escalated:department']);
    expect(await notified(cityRegulator, alarm.id)).toEqual([]);
    await escalateAlarms(t.db, new Date(opened + 31 * 60_000));
    expect(await notified(cityRegulator, alarm.id)).toEqual(['alarm_escalated:city']);
    await t.request('POST', `/api/v1/alarms/${alarm.id}/acknowledge`, { token: officer, body: {} });
    await escalateAlarms(t.db, new Date(opened + 90 * 60_000));
    expect(await notified(officer, alarm.id)).toEqual(['alarm_escalated:enterprise', 'alarm_reminder:enterprise', 'alarm_reminder:enterprise']);
    const timeline = (await t.request('GET', `/api/v1/alarms/${alarm.id}`, { token: officer })).body.timeline.map((e: { type: string; note: string }) => e.type);
    expect(timeline).toEqual(['opened', 'escalated', 'escalated', 'reminded', 'escalated', 'reminded', 'acknowledged']);
  });

  it('a silence: audited, validated; alarms during it are recorded but not notified or escalated', async () => {
    const sensor = await makeSensor(t.db, { enterpriseId });
    const until = new Date(Date.now() + 3_600_000).toISOString();
    expect((await t.request('POST', `/api/v1/sensors/${sensor.id}/silences`, { token: officer, body: { reason: '标校', until: new Date(Date.now() - 1000).toISOString() } })).status).toBe(400);
    expect((await t.request('POST', `/api/v1/sensors/${sensor.id}/silences`, { token: outsider, body: { reason: '标校', until } })).status).toBe(404);
    const silence = await t.request('POST', `/api/v1/sensors/${sensor.id}/silences`, { token: officer, body: { reason: '传感器标校（每15天）', until } });
    expect(silence.status).toBe(201);
    expect((await t.request('GET', `/api/v1/sensors/${sensor.id}`, { token: officer })).body.silencedUntil).toBe(new Date(until).toISOString());
    await feed(sensor.id, [1.6]);
    const { items } = await alarmsOf(sensor.id);
    expect(items).toHaveLength(2);
    await escalateAlarms(t.db, new Date(at(3600)));
    for (const a of items) expect(await notified(officer, a.id)).toEqual([]);
    expect(items.every((a: { silenced: boolean }) => a.silenced)).toBe(true);
    const audit = await t.db.selectFrom('audit_events').select('action').where('entity_id', '=', sensor.id).execute();
    expect(audit.map((a) => a.action)).toEqual(['silence']);
  });

  it('silences are listed latest end first; a cancelled one stops silencing at once; cancelling twice is a conflict', async () => {
    const sensor = await makeSensor(t.db, { enterpriseId });
    const soon = new Date(Date.now() + 3_600_000).toISOString();
    const later = new Date(Date.now() + 7_200_000).toISOString();
    const first = (await t.request('POST', `/api/v1/sensors/${sensor.id}/silences`, { token: officer, body: { reason: '标校', until: soon } })).body;
    const second = (await t.request('POST', `/api/v1/sensors/${sensor.id}/silences`, { token: officer, body: { reason: '检修', until: later } })).body;
    expect(second).toMatchObject({ state: 'in_force', cancelledAt: null, cancelledBy: null });
    const path = `/api/v1/sensors/${sensor.id}/silences`;
    expect((await t.request('POST', `${path}/${second.id}/cancel`, { token: inspector })).status).toBe(403);
    expect((await t.request('POST', `${path}/${second.id}/cancel`, { token: outsider })).status).toBe(404);
    const cancelled = await t.request('POST', `${path}/${second.id}/cancel`, { token: officer });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ id: second.id, state: 'cancelled', cancelledAt: expect.any(String), cancelledBy: expect.any(String) });
    expect((await t.request('POST', `${path}/${second.id}/cancel`, { token: officer })).status).toBe(409);
    // The other silence is still in force: the sensor shows its end, not the cancelled one's.
    expect((await t.request('GET', `/api/v1/sensors/${sensor.id}`, { token: officer })).body.silencedUntil).toBe(soon);
    const list = await t.request('GET', `${path}?pageSize=1`, { token: inspector });
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ total: 2, page: 1, pageSize: 1 });
    expect(list.body.items.map((x: { id: string; state: string }) => `${x.id === second.id ? 'second' : 'first'} ${x.state}`)).toEqual(['second cancelled']);
    expect((await t.request('GET', `${path}?page=2&pageSize=1`, { token: inspector })).body.items.map((x: { id: string }) => x.id)).toEqual([first.id]);
    expect((await t.request('GET', path, { token: outsider })).status).toBe(404);

    expect((await t.request('POST', `${path}/${first.id}/cancel`, { token: officer })).status).toBe(200);
    expect((await t.request('GET', `/api/v1/sensors/${sensor.id}`, { token: officer })).body.silencedUntil).toBeNull();
    await feed(sensor.id, [1.6]);
    const { items } = await alarmsOf(sensor.id);
    expect(items.map((a: { silenced: boolean }) => a.silenced)).toEqual([false, false]);
    await escalateAlarms(t.db, new Date(at(60)));
    for (const a of items) expect(await notified(officer, a.id)).toEqual(['alarm_escalated:enterprise']);
    const audit = await t.db.selectFrom('audit_events').select('action').where('entity_id', '=', sensor.id).orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['silence', 'silence', 'cancel_silence', 'cancel_silence']);
  });
});

describe('alarm → hazard bridge', () => {
  it('the M-th alarm within a day opens a monitoring hazard that cannot be closed while its alarm is active', async () => {
    const sensor = await makeSensor(t.db, { enterpriseId });
    await t.db.updateTable('sensors').set({ hazard_bridge: JSON.stringify({ repeatsPerDay: 3 }) }).where('id', '=', sensor.id).execute();
    t.app.alarms.invalidate(sensor.id);
    // Three threshold alarms (1.1 then back to 0.5) — the third opens the hazard.
    await feed(sensor.id, [1.1, 0.5, 1.1, 0.5]);
    expect((await alarmsOf(sensor.id)).items.every((a: { hazardId: string | null }) => a.hazardId === null)).toBe(true);
    await feed(sensor.id, [1.1], 120);
    const third = (await alarmsOf(sensor.id, officer, '&status=active')).items[0];
    expect(third.hazardId).toEqual(expect.any(String));
    const hazard = await t.request('GET', `/api/v1/hazards/${third.hazardId}`, { token: officer });
    expect(hazard.body).toMatchObject({ source: 'monitoring', enterpriseId, status: 'reported' });
    expect((await t.request('GET', `/api/v1/alarms/${third.id}`, { token: officer })).body.timeline.map((e: { type: string }) => e.type)).toEqual(['opened', 'hazard_opened']);

    const closing = await transition(t, officer, third.hazardId, { action: 'rectify_immediately', note: '已处理' });
    expect(closing.status).toBe(409);
    expect(closing.body.error.code).toBe('INVALID_TRANSITION');
    await feed(sensor.id, [0.2], 150);
    const closed = await transition(t, officer, third.hazardId, { action: 'rectify_immediately', note: '瓦斯已排放，浓度正常' });
    expect(closed.status).toBe(200);
    expect(closed.body.status).toBe('closed');
  });

  it('a power-off lasting longer than N minutes opens a hazard (scheduler job), once', async () => {
    const sensor = await makeSensor(t.db, { enterpriseId });
    await t.db.updateTable('sensors').set({ hazard_bridge: JSON.stringify({ powerOffMinutes: 10 }) }).where('id', '=', sensor.id).execute();
    await feed(sensor.id, [1.6]);
    expect(await bridgeLongPowerOffs(t.db, new Date(at(600)))).toEqual({ bridged: 0 });
    expect(await bridgeLongPowerOffs(t.db, new Date(at(601)))).toEqual({ bridged: 1 });
    expect(await bridgeLongPowerOffs(t.db, new Date(at(900)))).toEqual({ bridged: 0 });
    const powerOff = (await alarmsOf(sensor.id, officer, '&kind=power_off')).items[0];
    const hazard = await t.request('GET', `/api/v1/hazards/${powerOff.hazardId}`, { token: districtRegulator });
    expect(hazard.body).toMatchObject({ source: 'monitoring', status: 'reported' });
    expect(hazard.body.title).toContain('断电持续超过10分钟');
  });
});
