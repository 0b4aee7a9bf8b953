import type { Alarm, AlarmDetail, AlarmStatus } from '../../../../core/monitoring/alarm.schema.ts';
import type { AlarmKind, AlarmSeverity, SensorRule } from '../../../../core/monitoring/sensor-rules.ts';
import type { Sensor } from '../../../../core/monitoring/sensor.schema.ts';

export type { Alarm, AlarmDetail, AlarmKind, AlarmSeverity, AlarmStatus, Sensor, SensorRule };

export const ALARM_KINDS: readonly AlarmKind[] = ['threshold', 'power_off', 'rate_of_change', 'stale', 'sensor_fault', 'forecast'];
export const ALARM_STATUSES: readonly AlarmStatus[] = ['active', 'acknowledged', 'cleared'];
export const ALARM_SEVERITIES: readonly AlarmSeverity[] = ['warning', 'alarm', 'critical'];

export const isAlarmKind = (v: unknown): v is AlarmKind => (ALARM_KINDS as readonly unknown[]).includes(v);
export const isAlarmStatus = (v: unknown): v is AlarmStatus => (ALARM_STATUSES as readonly unknown[]).includes(v);

/** GET /api/v1/sensors/{id}/readings: raw points, or roll-up buckets. */
export interface RawReading {
  ts: string;
  value: number;
}
export interface ReadingBucket {
  ts: string;
  min: number;
  max: number;
  avg: number;
  count: number;
}

/** The `reading` event's data on the live stream. */
export interface LiveReading {
  sensorId: string;
  ts: string | number;
  value: number;
}

export const ALARM_EVENT_TYPES = ['alarm.opened', 'alarm.changed', 'alarm.cleared', 'alarm.acknowledged'] as const;
export type AlarmEventType = (typeof ALARM_EVENT_TYPES)[number];
