import type { ColumnType, Generated } from 'kysely';
import type { Timestamp } from './timestamp.ts';

/** Alarms, their timelines, escalations and silences (server/monitoring/alarm-*). */

export interface AlarmsTable {
  id: string;
  sensor_id: string;
  enterprise_id: string;
  rule_key: string;
  kind: string;
  status: string;
  severity: string;
  peak_severity: string;
  level_index: number | null;
  open_value: number | null;
  peak_value: number | null;
  limit_value: number | null;
  opened_at: Timestamp;
  acknowledged_at: Timestamp | null;
  acknowledged_by: string | null;
  acknowledged_by_id: string | null;
  cleared_at: Timestamp | null;
  hazard_id: string | null;
  silenced: Generated<boolean>;
  message: string;
  updated_at: Timestamp;
  /** Threshold alarms: the rule's direction; forecast alarms: the rule's horizon (20261203162100_alarm_rule_facts.sql). */
  direction: ColumnType<'high' | 'low' | null, 'high' | 'low' | null | undefined, 'high' | 'low' | null>;
  horizon_sec: ColumnType<number | null, number | null | undefined, number | null>;
}

export interface AlarmEventsTable {
  id: Generated<string>;
  alarm_id: string;
  at: Timestamp;
  type: string;
  severity: string | null;
  value: number | null;
  by_name: string | null;
  note: string | null;
}

export interface AlarmEscalationsTable {
  alarm_id: string;
  target: string;
  escalated_at: Timestamp;
}

export interface SensorSilencesTable {
  id: Generated<string>;
  sensor_id: string;
  reason: string;
  until: Timestamp;
  created_at: Timestamp;
  created_by: string | null;
  created_by_name: string;
  cancelled_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  cancelled_by_name: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface AlarmTables {
  alarms: AlarmsTable;
  alarm_events: AlarmEventsTable;
  alarm_escalations: AlarmEscalationsTable;
  sensor_silences: SensorSilencesTable;
}
