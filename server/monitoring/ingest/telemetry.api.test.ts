import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEnterprise, signedIn } from '../../../test/support/factories.ts';
import { makeSensor } from '../../../test/support/monitoring-factories.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import type { StoredReading } from '../reading-listener.ts';
import { rollUpReadings } from '../readings/rollups.ts';

let t: TestApp;
let admin: string;
let enterpriseId: string;
let otherEnterpriseId: string;
let sensor: Awaited<ReturnType<typeof makeSensor>>;
let otherSensor: Awaited<ReturnType<typeof makeSensor>>;
let key: string;
let keyId: string;
const heard: StoredReading[][] = [];

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();

async function newKey(enterprise: string, extra: Record<string, unknown> = {}) {
  const created = await t.request('POST', '/api/v1/device-keys', { token: admin, body: { enterpriseId: enterprise, name: '采集网关', ...extra } });
  expect(created.status).toBe(201);
  return created.body as { id: string; key: string };
}

const send = (bearer: string, readings: unknown[]) => t.request('POST', '/api/v1/telemetry', { token: bearer, body: { readings } });

beforeAll(async () => {
  t = await createTestApp();
  admin = (await signedIn(t, 'admin')).token;
  enterpriseId = (await makeEnterprise(t.db)).id;
  otherEnterpriseId = (await makeEnterprise(t.db)).id;
  sensor = await makeSensor(t.db, { enterpriseId });
  otherSensor = await makeSensor(t.db, { enterpriseId: otherEnterpriseId });
  ({ key, id: keyId } = await newKey(enterpriseId));
  t.app.ingest.addListener({ onReadings: (readings) => void heard.push([...readings]) });
});
afterAll(() => t.close());

describe('POST /api/v1/telemetry', () => {
  it('stores readings before answering, ignores duplicates, stores out-of-order readings in place', async () => {
    const first = await send(key, [
      { sensor: sensor.code, ts: minutesAgo(3), value: 0.4 },
      { sensor: sensor.code, ts: minutesAgo(1), value: 0.6 },
    ]);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ accepted: 2, duplicates: 0, rejected: [] });
    // Durable on answer: the rows are there as soon as the 200 arrives.
    const stored = await t.db.selectFrom('readings').select(['ts', 'value']).where('sensor_num', '=', sensor.num).orderBy('ts').execute();
    expect(stored.map((r) => r.value)).toEqual([0.4, 0.6]);

    const again = await send(key, [
      { sensor: sensor.code, ts: minutesAgo(3).replace(/\.\d+Z$/, (m) => m), value: 9 }, // not the same ms → new
      { sensor: sensor.code, ts: stored[0]!.ts.toISOString(), value: 0.4 }, // same sensor and ts → duplicate
      { sensor: sensor.code, ts: minutesAgo(2), value: 0.5, status: 'ok' }, // between the two: out of order
    ]);
    expect(again.body.duplicates).toBe(1);
    expect(again.body.accepted).toBe(2);
    const after = await t.db.selectFrom('readings').select(['value']).where('sensor_num', '=', sensor.num).orderBy('ts').execute();
    expect(after).toHaveLength(4);
    expect(after.map((r) => r.value)).toContain(0.5);
  });

  it('rejects each bad reading with its reason and stores the rest; values outside the range are stored flagged', async () => {
    const response = await send(key, [
      { sensor: 'NO-SUCH-SENSOR', ts: minutesAgo(1), value: 1 },
      { sensor: sensor.code, ts: minutesAgo(1), value: 'high' },
      { sensor: sensor.code, ts: minutesAgo(1), value: null },
      { sensor: sensor.code, ts: new Date(Date.now() + 10 * 60_000).toISOString(), value: 1 },
      { sensor: sensor.code, ts: 'yesterday', value: 1 },
      { sensor: otherSensor.code, ts: minutesAgo(1), value: 1 },
      { sensor: sensor.code, ts: new Date(Date.now() - 200 * 86_400_000).toISOString(), value: 1 },
      'not an object',
      { sensor: sensor.code, ts: Date.now() - 5_000, value: 7.5 },
    ]);
    expect(response.status).toBe(200);
    expect(response.body.accepted).toBe(1);
    expect(response.body.rejected).toEqual([
      { index: 0, reason: 'unknown_sensor' },
      { index: 1, reason: 'not_a_number' },
      { index: 2, reason: 'not_a_number' },
      { index: 3, reason: 'future_timestamp' },
      { index: 4, reason: 'invalid_timestamp' },
      { index: 5, reason: 'other_enterprise' },
      { index: 6, reason: 'too_old' },
      { index: 7, reason: 'invalid_reading' },
    ]);
    const flagged = await t.db.selectFrom('readings').select(['value', 'out_of_range']).where('sensor_num', '=', sensor.num).where('value', '=', 7.5).executeTakeFirstOrThrow();
    expect(flagged.out_of_range).toBe(true);
    // Listeners (alarm evaluation first, then this one) run after the answer: wait for them.
    await t.app.ingest.drain();
    expect(heard.flat().find((r) => r.value === 7.5)).toMatchObject({ sensorId: sensor.id, outOfRange: true });
    // NaN cannot travel in JSON; a NaN in the raw text is malformed JSON.
    const nan = await t.request('POST', '/api/v1/telemetry', { token: key, body: `{"readings":[{"sensor":"${sensor.code}","ts":1,"value":NaN}]}` });
    expect(nan.status).toBe(400);
  });

  it('counts accepted, duplicate and rejected readings per device key for the UI', async () => {
    const list = await t.request('GET', `/api/v1/device-keys?enterpriseId=${enterpriseId}`, { token: admin });
    expect(list.status).toBe(200);
    const mine = list.body.items.find((k: { id: string }) => k.id === keyId);
    expect(mine.key).toBeUndefined();
    expect(mine.counters).toEqual({
      accepted: 5,
      duplicates: 1,
      rejected: 8,
      rejectedByReason: { unknown_sensor: 1, not_a_number: 2, future_timestamp: 1, invalid_timestamp: 1, other_enterprise: 1, too_old: 1, invalid_reading: 1 },
    });
    expect(mine.lastSeenAt).not.toBeNull();
  });

  it('tells the listeners only after the write, sorted by sensor then time, without duplicates', async () => {
    await t.app.ingest.drain();
    const all = heard.flat().filter((r) => r.sensorId === sensor.id);
    expect(all).toHaveLength(5);
    for (const batch of heard) {
      const sorted = [...batch].sort((a, b) => a.sensorId.localeCompare(b.sensorId) || a.ts - b.ts);
      expect(batch).toEqual(sorted);
    }
  });

  it('maintains the 1-minute and 1-hour roll-ups and serves them by bucket', async () => {
    const s = await makeSensor(t.db, { enterpriseId });
    const base = Date.UTC(2026, 10, 30, 8, 0, 0) ;
    const now = Date.now();
    const start = Math.min(base, now - 3 * 3_600_000);
    const hour = start - (start % 3_600_000);
    const readings = [0, 10_000, 20_000, 70_000].map((d, i) => ({ sensor: s.code, ts: hour + d, value: [1, 3, 2, 10][i] }));
    expect((await send(key, readings)).body.accepted).toBe(4);
    await rollUpReadings(t.db, new Date()); // the scheduler's job, every few seconds
    const from = new Date(hour).toISOString();
    const to = new Date(hour + 3_600_000).toISOString();
    const minutes = await t.request('GET', `/api/v1/sensors/${s.id}/readings?bucket=1m&from=${from}&to=${to}`, { token: admin });
    expect(minutes.status).toBe(200);
    expect(minutes.body.items).toEqual([
      { ts: new Date(hour).toISOString(), min: 1, max: 3, avg: 2, count: 3 },
      { ts: new Date(hour + 60_000).toISOString(), min: 10, max: 10, avg: 10, count: 1 },
    ]);
    const hours = await t.request('GET', `/api/v1/sensors/${s.id}/readings?bucket=1h&from=${from}&to=${to}`, { token: admin });
    expect(hours.body.items).toEqual([{ ts: new Date(hour).toISOString(), min: 1, max: 10, avg: 4, count: 4 }]);
    const raw = await t.request('GET', `/api/v1/sensors/${s.id}/readings?bucket=raw&from=${from}&to=${to}`, { token: admin });
    expect(raw.body.items.map((r: { value: number }) => r.value)).toEqual([1, 3, 2, 10]);
    // A duplicate does not count twice in the roll-ups.
    await send(key, readings.slice(0, 1));
    await rollUpReadings(t.db, new Date());
    const again = await t.request('GET', `/api/v1/sensors/${s.id}/readings?bucket=1h&from=${from}&to=${to}`, { token: admin });
    expect(again.body.items[0].count).toBe(4);
    const tooWide = await t.request('GET', `/api/v1/sensors/${s.id}/readings?bucket=raw&from=2026-01-01T00:00:00Z&to=2026-03-01T00:00:00Z`, { token: admin });
    expect(tooWide.status).toBe(400);
  });

  it('answers 404 for a sensor outside the caller’s scope', async () => {
    const officer = (await signedIn(t, 'enterprise', { enterpriseId: otherEnterpriseId })).token;
    expect((await t.request('GET', `/api/v1/sensors/${sensor.id}/readings`, { token: officer })).status).toBe(404);
    expect((await t.request('GET', `/api/v1/sensors/${otherSensor.id}/readings`, { token: officer })).status).toBe(200);
  });

  it('refuses more than 10,000 readings a request with 413 and a clear message, and accepts exactly 10,000', async () => {
    const s = await makeSensor(t.db, { enterpriseId });
    const start = Date.now() - 20_000_000;
    const many = Array.from({ length: 10_001 }, (_, i) => ({ sensor: s.code, ts: start + i * 1000, value: 0.1 }));
    const tooMany = await send(key, many);
    expect(tooMany.status).toBe(413);
    expect(tooMany.body.error.message).toMatch(/At most 10000 readings/);
    const exactly = await send(key, many.slice(1));
    expect(exactly.status).toBe(200);
    expect(exactly.body.accepted).toBe(10_000);
  });

  it('answers 413 for a body over the telemetry limit, before reading it all', async () => {
    const huge = `{"readings":[${'{"sensor":"x","ts":1,"value":1},'.repeat(150_000)}{"sensor":"x","ts":1,"value":1}]}`;
    const response = await t.request('POST', '/api/v1/telemetry', { token: key, body: huge });
    expect(response.status).toBe(413);
    expect(response.body.error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('publishes the latest reading of each sensor of a write as a `reading` event for subscribed streams', async () => {
    const s = await makeSensor(t.db, { enterpriseId });
    const events: Array<{ type: string; sensorId?: string; subject: unknown; data: unknown }> = [];
    const unsubscribe = t.app.events.subscribe((e) => void events.push(e));
    try {
      const ts = Date.now() - 10_000;
      await send(key, [{ sensor: s.code, ts, value: 0.2 }, { sensor: s.code, ts: ts + 1000, value: 0.3 }]);
      await t.app.ingest.drain();
    } finally {
      unsubscribe();
    }
    const mine = events.filter((e) => e.type === 'reading' && e.sensorId === s.id);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.data).toMatchObject({ sensorId: s.id, value: 0.3, outOfRange: false });
    expect(mine[0]!.subject).toMatchObject({ id: enterpriseId });
  });

  it('refuses an unknown or revoked key, and a user session', async () => {
    expect((await send('not-a-key', [])).status).toBe(401);
    expect((await send(admin, [])).status).toBe(401);
    const { id, key: doomed } = await newKey(enterpriseId);
    expect((await send(doomed, [])).status).toBe(200);
    const revoked = await t.request('POST', `/api/v1/device-keys/${id}/revoke`, { token: admin });
    expect(revoked.status).toBe(200);
    expect(revoked.body.revokedAt).not.toBeNull();
    expect((await send(doomed, [])).status).toBe(401);
    const audit = await t.db.selectFrom('audit_events').select('action').where('entity', '=', 'device_key').where('entity_id', '=', id).execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['create', 'revoke']);
  });

  it('lets a key feed only its own enterprise and creates keys only in the caller’s scope', async () => {
    const { key: otherKey } = await newKey(otherEnterpriseId);
    const response = await send(otherKey, [{ sensor: sensor.code, ts: minutesAgo(1), value: 0.2 }]);
    expect(response.body).toEqual({ accepted: 0, duplicates: 0, rejected: [{ index: 0, reason: 'other_enterprise' }] });
    const officer = (await signedIn(t, 'enterprise', { enterpriseId: otherEnterpriseId })).token;
    expect((await t.request('POST', '/api/v1/device-keys', { token: officer, body: { enterpriseId, name: 'x' } })).status).toBe(404);
    expect((await t.request('POST', '/api/v1/device-keys', { token: officer, body: { enterpriseId: otherEnterpriseId, name: 'x' } })).status).toBe(201);
    const listed = await t.request('GET', '/api/v1/device-keys', { token: officer });
    expect(listed.body.items.every((k: { enterpriseId: string }) => k.enterpriseId === otherEnterpriseId)).toBe(true);
  });

  it('rate-limits a flooding key with 429 while another key of the same enterprise is unaffected', async () => {
    const s = await makeSensor(t.db, { enterpriseId });
    const { key: slow } = await newKey(enterpriseId, { ratePerSec: 100 });
    const { key: calm } = await newKey(enterpriseId);
    const start = Date.now() - 3_000_000;
    const batch = (offset: number) => Array.from({ length: 150 }, (_, i) => ({ sensor: s.code, ts: start + (offset + i) * 1000, value: 0.2 }));
    const statuses: number[] = [];
    const waits: string[] = [];
    for (let i = 0; i < 3; i++) {
      const sent = await send(slow, batch(i * 150));
      statuses.push(sent.status);
      if (sent.status === 429) waits.push(sent.headers.get('retry-after') ?? 'none');
    }
    expect(statuses[0]).toBe(200);
    expect(statuses).toContain(429);
    // The bucket's own wait, in whole seconds: 150 readings at 100 a second refill in at most 2 s.
    for (const wait of waits) expect(['1', '2']).toContain(wait);
    const ok = await send(calm, batch(1000));
    expect(ok.status).toBe(200);
    expect(ok.body.accepted).toBe(150);
  });
});
