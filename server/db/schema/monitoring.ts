import type { ColumnType, Generated } from 'kysely';
import type { Timestamp } from './timestamp.ts';

/** Sensors, device keys, readings and their roll-ups (server/monitoring; docs/adr/0026). */

export interface SensorsTable {
  id: Generated<string>;
  num: Generated<number>;
  enterprise_id: string;
  code: string;
  name: string;
  kind: string;
  unit: string;
  range_low: number | null;
  range_high: number | null;
  location: Generated<string>;
  expected_interval_sec: number;
  template_id: string | null;
  /** core/monitoring/sensor-rules.ts SensorRule[] */
  rules: ColumnType<unknown, string, string>;
  active: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
  // Alarm engine columns (server/db/migrations/20261201110000_alarms.sql).
  template_params: ColumnType<unknown, string | null | undefined, string | null>;
  hazard_bridge: ColumnType<unknown, string | null | undefined, string | null>;
  // server/db/migrations/20261203162000_sensor_deactivation_and_silence_cancel.sql
  deactivated_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

export interface DeviceKeysTable {
  id: Generated<string>;
  enterprise_id: string;
  name: string;
  key_hash: string;
  rate_per_sec: number | null;
  accepted: Generated<number>;
  duplicates: Generated<number>;
  last_seen_at: Date | null;
  created_by: string | null;
  created_at: Timestamp;
  revoked_at: Date | null;
}

export interface DeviceKeyRejectionsTable {
  device_key_id: string;
  reason: string;
  count: Generated<number>;
}

export interface ReadingsTable {
  sensor_num: number;
  ts: Date;
  value: number;
  out_of_range: Generated<boolean>;
  status: string | null;
}

export interface ReadingRollupsTable {
  sensor_num: number;
  bucket: Date;
  min: number;
  max: number;
  sum: number;
  count: number;
}

/** One row: how far the roll-up job has come (docs/adr/0026). */
export interface ReadingRollupProgressTable {
  id: Generated<boolean>;
  watermark: Date;
  rolled_up_to: Date;
}

export interface ReadingRollupLateTable {
  sensor_num: number;
  bucket: Date;
}

/** The alarm engine's persisted state besides alarm rows (docs/adr/0029-judged-watermark.md). */
export interface SensorJudgementTable {
  sensor_id: string;
  judged_through: Timestamp | null;
  pending_since: ColumnType<Record<string, number>, string | undefined, string>;
  late_readings: ColumnType<number, number | undefined, number>;
  updated_at: Timestamp;
}

export interface MonitoringTables {
  sensors: SensorsTable;
  device_keys: DeviceKeysTable;
  device_key_rejections: DeviceKeyRejectionsTable;
  readings: ReadingsTable;
  readings_1m: ReadingRollupsTable;
  readings_1h: ReadingRollupsTable;
  readings_rollup_progress: ReadingRollupProgressTable;
  readings_rollup_late: ReadingRollupLateTable;
  readings_rollup_redo: ReadingRollupLateTable;
  sensor_judgement: SensorJudgementTable;
}
