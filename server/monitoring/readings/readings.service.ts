import { MAX_RANGE_MS, type ReadingsBucket } from '../../../core/monitoring/reading-validation.ts';
import { sql } from 'kysely';
import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/database.ts';
import { isoUtc } from '../../db/sql-iso.ts';
import { invalid, notFound } from '../../http/errors.ts';
import { inScope } from '../../organisations/scope-condition.ts';

export interface ReadingsQuery {
  from?: Date;
  to?: Date;
  bucket: ReadingsBucket;
}

/** The default window when `from` is absent: the last hour of raw readings, a day of minutes, a month of hours. */
const DEFAULT_WINDOW_MS: Record<ReadingsBucket, number> = { raw: 3_600_000, '1m': 86_400_000, '1h': 30 * 86_400_000 };


/**
 * A sensor's readings in [from, to) for the caller's scope (out of scope → 404), raw or from a roll-up, as the
 * JSON text of `{items}` (raw `{ts, value}`, buckets `{ts, min, max, avg, count}`; readings.routes.ts): built by PostgreSQL in the statement that reads them, so a
 * day of raw readings (86,400 items) or of minutes costs Node nothing per item (docs/adr/0027).
 */
export async function sensorReadingsJson(db: Db, actor: Actor, sensorId: string, q: ReadingsQuery, now = new Date()): Promise<string> {
  const to = q.to ?? now;
  const from = q.from ?? new Date(to.getTime() - DEFAULT_WINDOW_MS[q.bucket]);
  if (from >= to) throw invalid([{ path: 'from', message: 'must be before to' }]);
  if (to.getTime() - from.getTime() > MAX_RANGE_MS[q.bucket]) {
    throw invalid([{ path: 'from', message: `the range may span at most ${MAX_RANGE_MS[q.bucket] / 3_600_000} hours with bucket=${q.bucket}; use a coarser bucket` }]);
  }
  const sensor = await db
    .selectFrom('sensors')
    .innerJoin('enterprises', 'enterprises.id', 'sensors.enterprise_id')
    .select('sensors.num')
    .where('sensors.id', '=', sensorId)
    .where(inScope(actor.scope, 'enterprises'))
    .executeTakeFirst();
  if (!sensor) throw notFound('Sensor');

  if (q.bucket === 'raw') {
    const { rows } = await sql<{ json: string }>`
      SELECT coalesce(json_agg(json_build_object('ts', ${isoUtc('ts')}, 'value', value) ORDER BY ts), '[]')::text AS json
      FROM readings WHERE sensor_num = ${sensor.num} AND ts >= ${from} AND ts < ${to}`.execute(db);
    return `{"items":${rows[0]!.json}}`;
  }
  // Roll-ups hold every bucket before the job's progress; later readings are aggregated here (docs/adr/0026).
  const size = BUCKET_MS[q.bucket];
  const { rolled_up_to: rolledUpTo } = await db.selectFrom('readings_rollup_progress').select('rolled_up_to').executeTakeFirstOrThrow();
  const rawFrom = new Date(Math.max(rolledUpTo.getTime(), ceilTo(from.getTime(), size)));
  const rawTo = new Date(ceilTo(to.getTime(), size));
  const table = q.bucket === '1m' ? 'readings_1m' : 'readings_1h';
  const unit = q.bucket === '1m' ? 'minute' : 'hour';
  // Built with string_agg rather than json_build_object (twice as fast for a day of minutes): buckets are whole
  // minutes or hours, so their ISO text always ends in ".000Z"; the values are finite float8 (ingestion rejects
  // anything else), whose text form is a valid JSON number.
  const { rows } = await sql<{ json: string | null }>`
    SELECT '[' || string_agg(
      '{"ts":"' || (to_json(bucket AT TIME ZONE 'UTC') #>> '{}') || '.000Z","min":' || min || ',"max":' || max
        || ',"avg":' || (sum / count) || ',"count":' || count || '}', ',' ORDER BY bucket) || ']' AS json
    FROM (
      SELECT bucket, min(min) AS min, max(max) AS max, sum(sum) AS sum, sum(count)::int AS count FROM (
        SELECT bucket, min, max, sum, count FROM ${sql.table(table)}
        WHERE sensor_num = ${sensor.num} AND bucket >= ${from} AND bucket < ${to} AND bucket < ${rolledUpTo}
        UNION ALL
        SELECT date_trunc(${unit}::text, ts, 'UTC'), min(value), max(value), sum(value), count(*) FROM readings
        WHERE sensor_num = ${sensor.num} AND ts >= ${rawFrom} AND ts < ${rawTo} GROUP BY 1
      ) AS parts
      GROUP BY bucket
    ) AS buckets`.execute(db);
  return `{"items":${rows[0]?.json ?? '[]'}}`;
}

const BUCKET_MS = { '1m': 60_000, '1h': 3_600_000 } as const;
const ceilTo = (ms: number, size: number) => Math.ceil(ms / size) * size;
