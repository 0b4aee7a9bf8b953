import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEnterprise } from '../../../test/support/factories.ts';
import { makeSensor } from '../../../test/support/monitoring-factories.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { writeJobs } from '../ingest/reading-writer.ts';
import { latestReadings } from '../latest-readings.ts';
import { createPartitionsAhead, dropExpiredPartitions } from './partitions.ts';
import { ROLLUP_GRACE_MS, rollUpReadings } from './rollups.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const partitions = async () =>
  (await sql<{ name: string }>`SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_class p ON p.oid = i.inhparent WHERE p.relname LIKE 'readings%' ORDER BY 1`.execute(t.db)).rows.map((r) => r.name);

describe('readings partitions and retention', () => {
  it('creates partitions ahead, on demand for an out-of-range timestamp, and drops whole partitions past retention', async () => {
    const now = new Date('2026-12-01T10:00:00Z');
    await createPartitionsAhead(t.db, now, 2);
    expect(await partitions()).toEqual(expect.arrayContaining(['readings_p20261201', 'readings_p20261202', 'readings_p20261203', 'readings_1m_p202612', 'readings_1h_p2026']));

    const enterpriseId = (await makeEnterprise(t.db)).id;
    const s = await makeSensor(t.db, { enterpriseId });
    const sensor = { id: s.id, num: s.num, enterpriseId, rangeLow: 0, rangeHigh: 4 };
    const old = Date.UTC(2026, 7, 15, 12); // no partition yet: created by the write
    await writeJobs(t.db, [{ deviceKeyId: null, readings: [{ sensor, ts: old, value: 0.3, outOfRange: false, status: null }, { sensor, ts: now.getTime(), value: 0.7, outOfRange: false, status: null }] }]);
    expect(await partitions()).toEqual(expect.arrayContaining(['readings_p20260815', 'readings_1m_p202608']));
    await rollUpReadings(t.db, new Date(now.getTime() + 60_000 + ROLLUP_GRACE_MS));

    expect(await latestReadings(t.db, [s.id], 1, now)).toEqual(new Map([[s.id, [{ ts: now.getTime(), value: 0.7 }]]]));

    const dropped = await dropExpiredPartitions(t.db, now, { raw: 90, rollups: 730 });
    expect(dropped).toEqual(['readings_p20260815']);
    expect(await partitions()).toContain('readings_1m_p202608'); // roll-ups are kept two years
    const left = await t.db.selectFrom('readings').select('value').where('sensor_num', '=', s.num).execute();
    expect(left.map((r) => r.value)).toEqual([0.7]);
    const minutes = await t.db.selectFrom('readings_1m').select('count').where('sensor_num', '=', s.num).execute();
    expect(minutes).toHaveLength(2);
  });
});
