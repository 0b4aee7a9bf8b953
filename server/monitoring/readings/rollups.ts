import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { periodOf } from './partitions.ts';

/**
 * Roll-ups behind a watermark (docs/adr/0026). Writers never touch readings_1m / readings_1h; they only mark the
 * minutes of readings older than the watermark as late. The job moves the watermark forward to the last minute
 * that closed at least `ROLLUP_GRACE_MS` ago, then folds every minute between `rolled_up_to` and the watermark
 * (and every late minute) from the raw readings, replacing whatever the roll-ups held: exact and idempotent.
 *
 * Why the lock: a writer that read the old watermark may still be inserting readings of minutes the job is about
 * to fold without marking them late, and a writer whose late mark was already there (ON CONFLICT DO NOTHING) may
 * not have committed its reading yet. Writers hold this advisory lock shared for their whole transaction; the job
 * takes it exclusively to move the watermark and take the late marks, so every writer that saw the old
 * watermark, or relies on a mark taken, has committed before the job reads the raw readings; every later writer
 * sees the new watermark and marks anew.
 */
export const ROLLUP_WATERMARK_LOCK = [72_616_004, 1] as const;

/** How long after a minute closes the job waits for its stragglers (readings in flight, device clocks). */
export const ROLLUP_GRACE_MS = 15_000;

/** The most raw time one roll-up transaction folds; a job run after an outage catches up window by window. */
const MAX_WINDOW_MS = 60 * 60_000;

const MINUTE_MS = 60_000;

/** Held shared by every write transaction of readings, before it reads the watermark (see above). */
export async function holdWatermarkShared(tx: Db): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock_shared(${ROLLUP_WATERMARK_LOCK[0]}::int, ${ROLLUP_WATERMARK_LOCK[1]}::int)`.execute(tx);
}

/**
 * Moves the watermark to the start of the last minute that closed `ROLLUP_GRACE_MS` before `now` (never back),
 * and hands the writers' late marks to the job: with no writer in flight, every marked reading has committed.
 */
export async function advanceWatermark(db: Db, now: Date): Promise<Date> {
  const target = new Date(Math.floor((now.getTime() - ROLLUP_GRACE_MS) / MINUTE_MS) * MINUTE_MS);
  return db.transaction().execute(async (tx) => {
    await sql`SELECT pg_advisory_xact_lock(${ROLLUP_WATERMARK_LOCK[0]}::int, ${ROLLUP_WATERMARK_LOCK[1]}::int)`.execute(tx);
    await sql`
      WITH taken AS (DELETE FROM readings_rollup_late RETURNING sensor_num, bucket)
      INSERT INTO readings_rollup_redo (sensor_num, bucket) SELECT * FROM taken ORDER BY 1, 2 ON CONFLICT DO NOTHING`.execute(tx);
    const row = await tx
      .updateTable('readings_rollup_progress')
      .set({ watermark: sql<Date>`greatest(watermark, ${target})` })
      .returning('watermark')
      .executeTakeFirstOrThrow();
    return row.watermark;
  });
}

export interface RollupOutcome {
  /** Minute buckets written (new and recomputed). */
  minutes: number;
  /** Late minutes recomputed. */
  late: number;
  rolledUpTo: Date;
}

/**
 * Folds one window [rolled_up_to, min(watermark, rolled_up_to + 1 h)) and the late minutes before its end into
 * readings_1m, then recomputes the touched hours of readings_1h from readings_1m, in one transaction.
 */
export async function rollUpWindow(db: Db): Promise<RollupOutcome & { caughtUp: boolean }> {
  return db.transaction().execute(async (tx) => {
    const progress = await tx.selectFrom('readings_rollup_progress').select(['watermark', 'rolled_up_to']).forUpdate().executeTakeFirstOrThrow();
    const from = progress.rolled_up_to;
    const to = new Date(Math.min(progress.watermark.getTime(), from.getTime() + MAX_WINDOW_MS));
    await summarizeNewRanges(tx, from, to);
    // Marks in readings_rollup_redo were taken with no writer in flight: their readings are all visible here.
    const { rows } = await sql<{ sensor_num: number; hour: Date; late: boolean; minutes: number }>`
      WITH late AS (
        DELETE FROM readings_rollup_redo WHERE bucket < ${to} RETURNING sensor_num, bucket
      ), fresh AS (
        SELECT sensor_num, date_trunc('minute', ts, 'UTC') AS bucket, min(value) AS min, max(value) AS max, sum(value) AS sum, count(*)::int AS count
        FROM readings WHERE ts >= ${from} AND ts < ${to} GROUP BY 1, 2
      ), redo AS (
        SELECT l.sensor_num, l.bucket, min(r.value) AS min, max(r.value) AS max, sum(r.value) AS sum, count(*)::int AS count
        FROM late l JOIN readings r ON r.sensor_num = l.sensor_num AND r.ts >= l.bucket AND r.ts < l.bucket + interval '1 minute'
        WHERE l.bucket < ${from} GROUP BY 1, 2
      ), written AS (
        INSERT INTO readings_1m AS m (sensor_num, bucket, min, max, sum, count)
        SELECT * FROM fresh UNION ALL SELECT * FROM redo ORDER BY 1, 2
        ON CONFLICT (sensor_num, bucket) DO UPDATE SET min = EXCLUDED.min, max = EXCLUDED.max, sum = EXCLUDED.sum, count = EXCLUDED.count
        RETURNING sensor_num, bucket
      )
      SELECT sensor_num, date_trunc('hour', bucket, 'UTC') AS hour, bool_or(bucket < ${from}) AS late, count(*)::int AS minutes
      FROM written GROUP BY 1, 2 ORDER BY 1, 2`.execute(tx);
    let minutes = 0;
    let late = 0;
    for (const r of rows) {
      minutes += r.minutes;
      if (r.late) late += 1;
    }
    if (rows.length > 0) {
      await sql`
        INSERT INTO readings_1h AS h (sensor_num, bucket, min, max, sum, count)
        SELECT m.sensor_num, a.hour, min(m.min), max(m.max), sum(m.sum), sum(m.count)::int
        FROM unnest(${rows.map((r) => r.sensor_num)}::int[], ${rows.map((r) => r.hour)}::timestamptz[]) AS a(sensor_num, hour)
        JOIN readings_1m m ON m.sensor_num = a.sensor_num AND m.bucket >= a.hour AND m.bucket < a.hour + interval '1 hour'
        GROUP BY 1, 2 ORDER BY 1, 2
        ON CONFLICT (sensor_num, bucket) DO UPDATE SET min = EXCLUDED.min, max = EXCLUDED.max, sum = EXCLUDED.sum, count = EXCLUDED.count`.execute(tx);
    }
    await tx.updateTable('readings_rollup_progress').set({ rolled_up_to: to }).execute();
    return { minutes, late, rolledUpTo: to, caughtUp: to.getTime() === progress.watermark.getTime() };
  });
}

/**
 * The BRIN index finds the window only over page ranges it has summarized; autovacuum summarizes new ranges
 * late (a minute or more), and an unsummarized range is read whole. Summarizing the window's partitions first
 * costs only the pages written since the last run.
 */
async function summarizeNewRanges(tx: Db, from: Date, to: Date): Promise<void> {
  // The window spans at most an hour: the partitions of its first and last instant.
  const names = [...new Set([from.getTime(), to.getTime() - 1].map((ms) => `${periodOf('readings', ms).name}_ts_idx`))];
  await sql`SELECT brin_summarize_new_values(i) FROM unnest(${names}::text[]) AS n, to_regclass(n) AS i WHERE i IS NOT NULL`.execute(tx);
}

/** One job run: move the watermark, then fold windows until the roll-ups reach it. */
export async function rollUpReadings(db: Db, now: Date): Promise<RollupOutcome> {
  await advanceWatermark(db, now);
  const total: RollupOutcome = { minutes: 0, late: 0, rolledUpTo: now };
  for (;;) {
    const step = await rollUpWindow(db);
    total.minutes += step.minutes;
    total.late += step.late;
    total.rolledUpTo = step.rolledUpTo;
    if (step.caughtUp) return total;
  }
}
