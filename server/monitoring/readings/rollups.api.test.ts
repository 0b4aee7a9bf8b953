import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEnterprise, signedIn } from '../../../test/support/factories.ts';
import { makeSensor } from '../../../test/support/monitoring-factories.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { waitFor } from '../../../test/support/wait-for.ts';
import type { AcceptedReading } from '../../../core/monitoring/reading-validation.ts';
import { writeJobs } from '../ingest/reading-writer.ts';
import { createPartitionsAhead } from './partitions.ts';
import { advanceWatermark, holdWatermarkShared, ROLLUP_GRACE_MS, ROLLUP_WATERMARK_LOCK, rollUpReadings } from './rollups.ts';

let t: TestApp;
let admin: string;
let enterpriseId: string;
/** Where the roll-ups stood when this file started: every timestamp below is relative to it. */
let start: number;
beforeAll(async () => {
  t = await createTestApp();
  admin = (await signedIn(t, 'admin')).token;
  enterpriseId = (await makeEnterprise(t.db)).id;
  start = (await progress()).rolled_up_to.getTime();
  await createPartitionsAhead(t.db, new Date(start - 86_400_000), 3);
});
afterAll(() => t.close());

const MINUTE = 60_000;
const progress = () => t.db.selectFrom('readings_rollup_progress').selectAll().executeTakeFirstOrThrow();
/** The job as the scheduler runs it, with the clock at `at`. */
const runJob = (at: number) => rollUpReadings(t.db, new Date(at + ROLLUP_GRACE_MS));

async function newSensor() {
  const s = await makeSensor(t.db, { enterpriseId, rangeHigh: 100 });
  return { ...s, ref: { id: s.id, num: s.num, enterpriseId, rangeLow: 0, rangeHigh: 100 } };
}
type Sensor = Awaited<ReturnType<typeof newSensor>>;

const write = (s: Sensor, readings: Array<[ts: number, value: number]>) =>
  writeJobs(t.db, [{ deviceKeyId: null, readings: readings.map(([ts, value]): AcceptedReading => ({ sensor: s.ref, ts, value, outOfRange: false, status: null })) }]);

const minutesOf = async (s: Sensor) =>
  (await t.db.selectFrom('readings_1m').select(['bucket', 'min', 'max', 'sum', 'count']).where('sensor_num', '=', s.num).orderBy('bucket').execute()).map(comparable);
/** Sums compared to 1e-9: floating-point addition depends on the order the rows were read in. */
const comparable = (r: { bucket: Date; min: number; max: number; sum: number; count: number }) => ({ ...r, bucket: r.bucket.getTime(), sum: Math.round(r.sum * 1e9) / 1e9 });
const hoursOf = async (s: Sensor) =>
  (await t.db.selectFrom('readings_1h').select(['bucket', 'sum', 'count']).where('sensor_num', '=', s.num).orderBy('bucket').execute()).map((r) => ({ ...r, bucket: r.bucket.getTime() }));

/** Roll-ups recomputed from the raw readings, for comparison. */
async function expectedMinutes(s: Sensor) {
  const { rows } = await sql<{ bucket: Date; min: number; max: number; sum: number; count: number }>`
    SELECT date_trunc('minute', ts, 'UTC') AS bucket, min(value) AS min, max(value) AS max, sum(value) AS sum, count(*)::int AS count
    FROM readings WHERE sensor_num = ${s.num} GROUP BY 1 ORDER BY 1`.execute(t.db);
  return rows.map(comparable);
}

describe('roll-ups behind the watermark', () => {
  it('folds closed minutes from the raw readings, late readings included, and running again changes nothing', async () => {
    const s = await newSensor();
    await write(s, [[start + MINUTE, 1], [start + MINUTE + 20_000, 3], [start + 2 * MINUTE + 5_000, 10], [start + 3 * MINUTE + 1_000, 7]]);
    expect(await minutesOf(s)).toEqual([]); // the writer leaves roll-ups to the job

    await runJob(start + 3 * MINUTE); // minutes before start + 3 min have closed
    expect((await progress()).rolled_up_to.getTime()).toBe(start + 3 * MINUTE);
    expect(await minutesOf(s)).toEqual([
      { bucket: start + MINUTE, min: 1, max: 3, sum: 4, count: 2 },
      { bucket: start + 2 * MINUTE, min: 10, max: 10, sum: 10, count: 1 },
    ]);

    // A reading for a minute already folded is marked late and folded again by the next run.
    await write(s, [[start + MINUTE + 40_000, 0.5]]);
    expect(await t.db.selectFrom('readings_rollup_late').select('bucket').where('sensor_num', '=', s.num).execute()).toEqual([{ bucket: new Date(start + MINUTE) }]);
    await runJob(start + 3 * MINUTE);
    expect((await minutesOf(s))[0]).toEqual({ bucket: start + MINUTE, min: 0.5, max: 3, sum: 4.5, count: 3 });
    expect(await t.db.selectFrom('readings_rollup_late').selectAll().execute()).toEqual([]);
    expect(await t.db.selectFrom('readings_rollup_redo').selectAll().execute()).toEqual([]);
    const hour = start + MINUTE - ((start + MINUTE) % 3_600_000);
    const hours = await hoursOf(s);
    expect(hours.reduce((n, h) => n + h.count, 0)).toBe(4);
    expect(hours[0]!.bucket).toBe(hour);

    const before = await minutesOf(s);
    await runJob(start + 3 * MINUTE);
    expect(await minutesOf(s)).toEqual(before);
  });

  it('serves buckets from the roll-ups before the watermark and from the raw readings after it', async () => {
    const s = await newSensor();
    const from = new Date(start).toISOString();
    const to = new Date(start + 8 * MINUTE).toISOString();
    // After the first test the roll-ups reach start + 3 min.
    await write(s, [[start + 4 * MINUTE + 1_000, 2], [start + 6 * MINUTE + 1_000, 4], [start + 6 * MINUTE + 2_000, 6]]);
    const get = async () => (await t.request('GET', `/api/v1/sensors/${s.id}/readings?bucket=1m&from=${from}&to=${to}`, { token: admin })).body.items;
    const expected = [
      { ts: new Date(start + 4 * MINUTE).toISOString(), min: 2, max: 2, avg: 2, count: 1 },
      { ts: new Date(start + 6 * MINUTE).toISOString(), min: 4, max: 6, avg: 5, count: 2 },
    ];
    expect(await get()).toEqual(expected); // nothing folded for these minutes yet: all from raw
    await runJob(start + 5 * MINUTE);
    expect(await get()).toEqual(expected); // the first from the roll-ups, the second from raw
    await runJob(start + 7 * MINUTE);
    expect(await get()).toEqual(expected); // both from the roll-ups
    const hours = (await t.request('GET', `/api/v1/sensors/${s.id}/readings?bucket=1h&from=${new Date(start - 3_600_000).toISOString()}&to=${to}`, { token: admin })).body.items;
    expect(hours.reduce((n: number, h: { count: number }) => n + h.count, 0)).toBe(3);
  });

  it('answers valid JSON for any finite value, tiny, negative or huge, raw and bucketed', async () => {
    const s = await newSensor();
    const values = [1e-7, -0.5, 1.5e21, 0.1 + 0.2];
    await write(s, values.map((v, i) => [start + 9 * MINUTE + i * 1_000, v]));
    const range = `from=${new Date(start + 9 * MINUTE).toISOString()}&to=${new Date(start + 10 * MINUTE).toISOString()}`;
    const raw = await t.request('GET', `/api/v1/sensors/${s.id}/readings?bucket=raw&${range}`, { token: admin });
    expect(raw.body.items.map((r: { value: number }) => r.value)).toEqual(values);
    expect(raw.body.items[1].ts).toBe(new Date(start + 9 * MINUTE + 1_000).toISOString());
    const minute = await t.request('GET', `/api/v1/sensors/${s.id}/readings?bucket=1m&${range}`, { token: admin });
    expect(minute.body.items).toEqual([{ ts: new Date(start + 9 * MINUTE).toISOString(), min: -0.5, max: 1.5e21, avg: values.reduce((a, b) => a + b) / 4, count: 4 }]);
    const empty = await t.request('GET', `/api/v1/sensors/${s.id}/readings?bucket=1h&from=2026-01-01T00:00:00Z&to=2026-01-02T00:00:00Z`, { token: admin });
    expect(empty.body).toEqual({ items: [] });
  });

  it('loses no reading when writers race the job across the moving watermark', async () => {
    const s = await newSensor();
    const base = (await progress()).rolled_up_to.getTime();
    let clock = base;
    let writing = true;
    const job = (async () => {
      while (writing) {
        clock += 20_000;
        await runJob(clock);
      }
    })();
    // Two writers; each write straddles the watermark the job is moving: some readings fresh, some already late.
    const writer = async (w: number) => {
      for (let i = 0; i < 25; i++) {
        const around = Math.max(base, clock - 30_000);
        await write(s, Array.from({ length: 20 }, (_, k) => [around + w * 3 + i * 7 + k * 3_001, i + k / 100] as [number, number]));
      }
    };
    await Promise.all([writer(0), writer(1)]);
    writing = false;
    await job;
    await runJob(clock + 10 * MINUTE);
    expect(await minutesOf(s)).toEqual(await expectedMinutes(s));
  });

  // Last: it moves the watermark an hour ahead.
  it('moves the watermark only once no writer that may have read the old one is in flight', async () => {
    let finishWriter = () => undefined as void;
    const writerDone = new Promise<void>((r) => (finishWriter = r));
    let writerHolds = () => undefined as void;
    const holding = new Promise<void>((r) => (writerHolds = r));
    const writer = t.db.transaction().execute(async (tx) => {
      await holdWatermarkShared(tx);
      writerHolds();
      await writerDone;
    });
    await holding;
    let moved = false;
    const advance = advanceWatermark(t.db, new Date(Date.now() + 3_600_000)).then(() => (moved = true));
    // The advance queues behind the writer's shared hold of the watermark lock.
    await waitFor(
      async () =>
        Number(
          (
            await sql<{ n: string }>`SELECT count(*) AS n FROM pg_locks
              WHERE locktype = 'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
                AND classid = ${ROLLUP_WATERMARK_LOCK[0]}::oid AND objid = ${ROLLUP_WATERMARK_LOCK[1]}::oid AND objsubid = 2`.execute(t.db)
          ).rows[0]!.n,
        ) > 0,
      { what: 'the advance to wait for the watermark lock' },
    );
    expect(moved).toBe(false);
    finishWriter();
    await writer;
    await advance;
    expect(moved).toBe(true);
  });
});
