import { sql } from 'kysely';
import type { Sample } from '../../core/monitoring/forecaster.ts';
import type { Db } from '../db/database.ts';

/** How far back a sensor's last readings are looked for: older means the sensor is stale anyway. */
const LOOKBACK_DAYS = 7;

/**
 * The last stored readings of each sensor, oldest first (at most `perSensor`): `lastReading` of the sensors API
 * and the history the alarm engine is restored with after a restart. One statement for all sensors: a LATERAL
 * probe of the (sensor_num, ts) key per sensor, bounded to the recent partitions.
 */
export async function latestReadings(db: Db, sensorIds: readonly string[], perSensor = 1, now = new Date()): Promise<Map<string, Sample[]>> {
  const result = new Map<string, Sample[]>(sensorIds.map((id) => [id, []]));
  if (sensorIds.length === 0) return result;
  const since = new Date(now.getTime() - LOOKBACK_DAYS * 86_400_000);
  const { rows } = await sql<{ id: string; ts: Date; value: number }>`
    SELECT s.id, r.ts, r.value
    FROM sensors s
    CROSS JOIN LATERAL (
      SELECT ts, value FROM readings
      WHERE sensor_num = s.num AND ts >= ${since}
      ORDER BY ts DESC LIMIT ${perSensor}
    ) r
    WHERE s.id = ANY(${[...sensorIds]}::uuid[])
    ORDER BY s.id, r.ts`.execute(db);
  for (const r of rows) result.get(r.id)!.push({ ts: r.ts.getTime(), value: r.value });
  return result;
}
