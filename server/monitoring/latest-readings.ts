import type { Sample } from '../../core/monitoring/forecaster.ts';
import type { Db } from '../db/database.ts';

/**
 * The last stored readings of each sensor, oldest first (at most `perSensor`): `lastReading` of the sensors API
 * and the history the alarm engine is restored with after a restart.
 *
 * MERGE NOTE (integrator): the readings storage belongs to the ingest branch. Until it merges this returns no
 * readings; point it at the readings table then, e.g.
 *   SELECT sensor_id, ts, value FROM (SELECT …, row_number() OVER (PARTITION BY sensor_id ORDER BY ts DESC) n
 *   FROM readings WHERE sensor_id = ANY($1)) r WHERE n <= $2   — one statement for all sensors (no N+1).
 */
export async function latestReadings(_db: Db, sensorIds: readonly string[], _perSensor = 1): Promise<Map<string, Sample[]>> {
  return new Map(sensorIds.map((id) => [id, []]));
}
