import { sql, type Transaction } from 'kysely';
import type { Sample } from '../../core/monitoring/forecaster.ts';
import type { Db } from '../db/database.ts';
import type { Database } from '../db/schema.ts';
import type { StoredReading } from './reading-listener.ts';

/**
 * The judged watermark and the rest of the alarm engine's state that is not an alarm row (table sensor_judgement,
 * docs/adr/0029-judged-watermark.md).
 */
export interface Judgement {
  judgedThrough: number | null;
  pendingSince: Record<string, number>;
  lateReadings: number;
}

export interface JudgementWrite {
  sensorId: string;
  judgedThrough: number | null;
  pendingSince: Record<string, number>;
  /** Late readings counted since the last write (added to the stored count). */
  lateReadings: number;
}

/** Readings fetched per sensor at a time when catching up on unjudged ones. */
export const UNJUDGED_PAGE = 20_000;

const ms = (d: Date | null) => (d === null ? null : d.getTime());

export async function findJudgements(db: Db, sensorIds: readonly string[]): Promise<Map<string, Judgement>> {
  if (sensorIds.length === 0) return new Map();
  const rows = await db.selectFrom('sensor_judgement').select(['sensor_id', 'judged_through', 'pending_since', 'late_readings']).where('sensor_id', 'in', sensorIds).execute();
  return new Map(rows.map((r) => [r.sensor_id, { judgedThrough: ms(r.judged_through), pendingSince: r.pending_since ?? {}, lateReadings: r.late_readings }]));
}

/** One statement for any number of sensors; late counts add up. */
export async function saveJudgements(db: Db | Transaction<Database>, writes: readonly JudgementWrite[], now: Date): Promise<void> {
  if (writes.length === 0) return;
  const w = [...writes].sort((a, b) => (a.sensorId < b.sensorId ? -1 : 1)); // a fixed lock order
  await sql`
    INSERT INTO sensor_judgement (sensor_id, judged_through, pending_since, late_readings, updated_at)
    SELECT id, to_timestamp(through / 1000), pending, late, ${now}
    FROM unnest(${w.map((x) => x.sensorId)}::uuid[], ${w.map((x) => x.judgedThrough)}::float8[], ${w.map((x) => JSON.stringify(x.pendingSince))}::jsonb[],
                ${w.map((x) => x.lateReadings)}::int8[]) AS t(id, through, pending, late)
    ON CONFLICT (sensor_id) DO UPDATE SET
      judged_through = excluded.judged_through,
      pending_since = excluded.pending_since,
      late_readings = sensor_judgement.late_readings + excluded.late_readings,
      updated_at = excluded.updated_at`.execute(db);
}

/**
 * Stored readings after each sensor's watermark, oldest first: at most UNJUDGED_PAGE per sensor (a sensor that
 * returns a full page has more after it).
 */
export async function unjudgedReadings(db: Db, after: ReadonlyMap<string, number | null>): Promise<Map<string, StoredReading[]>> {
  const result = new Map<string, StoredReading[]>([...after.keys()].map((id) => [id, []]));
  if (after.size === 0) return result;
  const ids = [...after.keys()];
  const { rows } = await sql<{ id: string; ms: number; value: number; out_of_range: boolean }>`
    SELECT u.id, round(extract(epoch FROM r.ts) * 1000)::float8 AS ms, r.value, r.out_of_range
    FROM unnest(${ids}::uuid[], ${ids.map((id) => after.get(id) ?? null)}::float8[]) AS u(id, after_ms)
    JOIN sensors s ON s.id = u.id
    CROSS JOIN LATERAL (
      SELECT ts, value, out_of_range FROM readings
      WHERE sensor_num = s.num AND ts > coalesce(to_timestamp(u.after_ms / 1000), '-infinity')
      ORDER BY ts LIMIT ${UNJUDGED_PAGE}
    ) r
    ORDER BY u.id, r.ts`.execute(db);
  for (const r of rows) result.get(r.id)!.push({ sensorId: r.id, ts: r.ms, value: r.value, outOfRange: r.out_of_range });
  return result;
}

/**
 * The trend a restored engine starts from: the last in-range readings at or before each sensor's watermark, within
 * the hour before it, at most `limit` per sensor (0: none).
 */
export async function judgedHistory(db: Db, sensors: ReadonlyArray<{ id: string; through: number; limit: number }>): Promise<Map<string, Sample[]>> {
  const result = new Map<string, Sample[]>();
  const wanted = sensors.filter((s) => s.limit > 0);
  if (wanted.length === 0) return result;
  const { rows } = await sql<{ id: string; ms: number; value: number }>`
    SELECT u.id, round(extract(epoch FROM r.ts) * 1000)::float8 AS ms, r.value
    FROM unnest(${wanted.map((s) => s.id)}::uuid[], ${wanted.map((s) => s.through)}::float8[], ${wanted.map((s) => s.limit)}::int[]) AS u(id, through_ms, lim)
    JOIN sensors s ON s.id = u.id
    CROSS JOIN LATERAL (
      SELECT ts, value FROM readings
      WHERE sensor_num = s.num AND NOT out_of_range
        AND ts <= to_timestamp(u.through_ms / 1000) AND ts > to_timestamp((u.through_ms - 3600000) / 1000)
      ORDER BY ts DESC LIMIT u.lim
    ) r`.execute(db);
  for (const r of rows) {
    const list = result.get(r.id) ?? [];
    list.push({ ts: r.ms, value: r.value });
    result.set(r.id, list);
  }
  return result;
}

/**
 * Active sensors with a stored reading after their watermark whose timestamp is at or after `since` (the start-up
 * catch-up: readings stored but not judged when the platform stopped). `since` bounds the partitions probed.
 */
export async function sensorsWithUnjudgedReadings(db: Db, since: Date): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`
    SELECT s.id FROM sensors s
    LEFT JOIN sensor_judgement j ON j.sensor_id = s.id
    WHERE s.active AND EXISTS (
      SELECT 1 FROM readings r
      WHERE r.sensor_num = s.num AND r.ts >= ${since} AND r.ts > coalesce(j.judged_through, '-infinity')
    )`.execute(db);
  return rows.map((r) => r.id);
}
