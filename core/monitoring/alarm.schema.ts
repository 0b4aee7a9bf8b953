import { z } from 'zod';
import { alarmKindSchema, alarmSeveritySchema } from './sensor-rules.ts';

export const alarmStatusSchema = z.enum(['active', 'acknowledged', 'cleared']);
export type AlarmStatus = z.infer<typeof alarmStatusSchema>;

/** One step of an alarm's life: opened, severity raised or lowered, acknowledged, reminded, escalated, cleared. */
export const alarmTimelineEntrySchema = z.object({
  at: z.string(),
  type: z.enum(['opened', 'severity_changed', 'acknowledged', 'reminded', 'escalated', 'cleared', 'hazard_opened']),
  severity: alarmSeveritySchema.nullable(),
  value: z.number().nullable(),
  by: z.string().nullable(),
  note: z.string().nullable(),
});

/** An alarm as GET /api/v1/alarms and GET /api/v1/alarms/{id} return it. */
export const alarmSchema = z.object({
  id: z.uuid(),
  sensorId: z.uuid(),
  sensorCode: z.string(),
  sensorName: z.string(),
  unit: z.string(),
  enterpriseId: z.uuid(),
  enterpriseName: z.string(),
  kind: alarmKindSchema,
  status: alarmStatusSchema,
  severity: alarmSeveritySchema,
  peakSeverity: alarmSeveritySchema,
  /** Value at opening, the peak value, and the limit that was crossed (null for stale). */
  openValue: z.number().nullable(),
  peakValue: z.number().nullable(),
  limit: z.number().nullable(),
  openedAt: z.string(),
  acknowledgedAt: z.string().nullable(),
  acknowledgedBy: z.string().nullable(),
  clearedAt: z.string().nullable(),
  /** The hazard opened from this alarm (alarm → hazard bridge), if any. */
  hazardId: z.uuid().nullable(),
  /**
   * A one-line English description for logs and machine readers ("forecast 0.8 %CH4 → 1"); screens render the
   * alarm in the reader's language from the fields (kind, values, limit, unit, direction, horizonSec) instead.
   */
  message: z.string(),
  /** Threshold alarms: high (opens at ≥ limit) or low (≤ limit); null for other kinds. */
  direction: z.enum(['high', 'low']).nullable(),
  /** Forecast alarms: the value is predicted to reach `limit` within this many seconds; null for other kinds. */
  horizonSec: z.number().int().nullable(),
  /** Opened during a maintenance silence: recorded and shown, never notified, escalated or bridged. */
  silenced: z.boolean(),
});
export type Alarm = z.infer<typeof alarmSchema>;

/** What a screen needs to word an alarm in the reader's language (the cockpit's feed carries only this). */
export const alarmFactsSchema = alarmSchema.pick({ kind: true, severity: true, openValue: true, limit: true, unit: true, direction: true, horizonSec: true });
export type AlarmFacts = z.infer<typeof alarmFactsSchema>;

export const alarmDetailSchema = alarmSchema.extend({ timeline: z.array(alarmTimelineEntrySchema) });
export type AlarmDetail = z.infer<typeof alarmDetailSchema>;
