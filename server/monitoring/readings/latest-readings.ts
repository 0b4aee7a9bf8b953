import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';

export interface LatestReading {
  ts: string;
  value: number;
  outOfRange: boolean;
}

/**
 * The latest stored reading of each sensor (for the sensors API and the wall). Looks back `lookbackDays` (default
 * 7): each day partition costs one index probe per sensor, and an older reading means the sensor is stale anyway.
 * One query for all sensors: a LATERAL index probe per sensor on (sensor_num, ts).
 */
export async function latestReadings(db: Db, sensorIds: readonly string[], options: { now?: Date; lookbackDays?: number } = {}): Promise<Map<string, LatestReading>> {
  const result = new Map<string, LatestReading>();
  if (sensorIds.length === 0) return result;
  const now = options.now ?? new Date();
  const since = new Date(now.getTime() - (options.lookbackDays ?? 7) * 86_400_000);
  const { rows } = await sql<{ id: string; ts: Date; value: number; out_of_range: boolean }>`
    SELECT s.id, r.ts, r.value, r.out_of_range
    FROM sensors s
    CROSS JOIN LATERAL (
      SELECT ts, value, out_of_range FROM readings
      WHERE sensor_num = s.num AND ts >= ${since} AND ts <= ${new Date(now.getTime() + 10 * 60_000)}
      ORDER BY ts DESC LIMIT 1
    ) r
    WHERE s.id = ANY(${[...sensorIds]}::uuid[])`.execute(db);
  for (const r of rows) result.set(r.id, { ts: r.ts.toISOString(), value: r.value, outOfRange: r.out_of_range });
  return result;
}
