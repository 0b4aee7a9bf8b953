import { z } from 'zod';
import { hazardBridgeSchema } from './hazard-bridge.ts';
import { sensorKindSchema, sensorRuleSchema } from './sensor-rules.ts';
import { text } from '../shared/text.ts';

/** POST /api/v1/sensors (issue 4): either a template or explicit rules. */
export const sensorCreateSchema = z
  .object({
    enterpriseId: z.uuid(),
    code: z.string().trim().min(1).max(64).regex(/^[A-Za-z0-9._-]+$/, 'Letters, digits, dot, dash and underscore only (it is part of the MQTT topic)'),
    name: text({ trim: true }).min(1).max(100),
    kind: sensorKindSchema,
    unit: text({ trim: true }).min(1).max(20),
    rangeLow: z.number().finite().nullable().optional(),
    rangeHigh: z.number().finite().nullable().optional(),
    location: text({ trim: true }).max(200).optional(),
    expectedIntervalSec: z.number().int().min(1).max(86_400),
    template: text().min(1).max(80).optional(),
    rules: z.array(sensorRuleSchema).max(10).optional(),
    /** Extension (alarms): the values a template leaves to the point, e.g. tank {LL, L, H, HH} or toxic gas {oel}. */
    templateParams: z.record(text(), z.number().finite()).optional(),
    /** Extension (alarms): alarm → hazard bridge (core/monitoring/hazard-bridge.ts). */
    hazardBridge: hazardBridgeSchema.nullable().optional(),
  })
  .refine((s) => (s.template === undefined) !== (s.rules === undefined), { message: 'Give either a template or explicit rules', path: ['rules'] })
  .refine((s) => s.rangeLow == null || s.rangeHigh == null || s.rangeLow < s.rangeHigh, { message: 'rangeLow must be below rangeHigh', path: ['rangeHigh'] });
export type SensorCreate = z.infer<typeof sensorCreateSchema>;

/** A sensor as the API returns it (list items and detail). */
export const sensorSchema = z.object({
  id: z.uuid(),
  enterpriseId: z.uuid(),
  enterpriseName: z.string(),
  code: z.string(),
  name: z.string(),
  kind: sensorKindSchema,
  unit: z.string(),
  rangeLow: z.number().nullable(),
  rangeHigh: z.number().nullable(),
  location: z.string(),
  expectedIntervalSec: z.number().int(),
  template: z.string().nullable(),
  rules: z.array(sensorRuleSchema),
  /** Latest stored reading, if any. */
  lastReading: z.object({ ts: z.string(), value: z.number() }).nullable(),
  /** The most severe active alarm's severity, null when quiet. */
  alarmState: z.enum(['warning', 'alarm', 'critical']).nullable(),
  /** Alarms not yet cleared (active or acknowledged). */
  openAlarms: z.number().int(),
  createdAt: z.string(),
  /** Extension (alarms): alarm → hazard bridge, null when none. */
  hazardBridge: hazardBridgeSchema.nullable().optional(),
  /** Extension (alarms): end of the maintenance silence in force, null when none. */
  silencedUntil: z.string().nullable().optional(),
  /**
   * Extension (issue 12): how far the alarm engine has judged the sensor's readings — every stored reading at or
   * before `judgedThrough` was judged (as of the engine's last write, at most a few seconds behind) — and how many
   * readings arrived older than that and were stored without being judged (docs/adr/0029).
   */
  judgement: z.object({ judgedThrough: z.string().nullable(), lateReadings: z.number().int() }).optional(),
});
export type Sensor = z.infer<typeof sensorSchema>;
