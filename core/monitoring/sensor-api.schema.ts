import { z } from 'zod';
import { alarmSeveritySchema, sensorKindSchema, sensorRuleSchema } from './sensor-rules.ts';
import { hazardBridgeSchema } from './hazard-bridge.ts';
import { text } from '../shared/text.ts';

/** GET /api/v1/sensors filters; alarmState `none` = no open alarm. */
export const sensorListQuerySchema = z.object({
  enterpriseId: z.uuid().optional(),
  kind: sensorKindSchema.optional(),
  alarmState: z.union([alarmSeveritySchema, z.literal('none')]).optional(),
});
export type SensorListQuery = z.infer<typeof sensorListQuerySchema>;

/** PATCH /api/v1/sensors/{id}: rules, name, location and the hazard bridge. */
export const sensorPatchSchema = z
  .object({
    name: text({ trim: true }).min(1).max(100).optional(),
    location: text({ trim: true }).max(200).optional(),
    rules: z.array(sensorRuleSchema).max(10).optional(),
    hazardBridge: hazardBridgeSchema.nullable().optional(),
  })
  .refine((p) => Object.values(p).some((v) => v !== undefined), { message: 'Give at least one of name, location, rules, hazardBridge' });
export type SensorPatch = z.infer<typeof sensorPatchSchema>;

/** Maintenance silence (issue 4): alarms are recorded but not notified or escalated until `until` (≤ 30 days). */
export const silenceCreateSchema = z.object({
  reason: text({ trim: true, multiline: true }).min(1).max(500),
  until: z.iso.datetime({ offset: true }),
});
/** A silence's state: in force until `until`, ended at `until`, or cancelled before it (cancelledAt). */
export const silenceStateSchema = z.enum(['in_force', 'ended', 'cancelled']);
export type SilenceState = z.infer<typeof silenceStateSchema>;

export const silenceSchema = z.object({
  id: z.uuid(),
  sensorId: z.uuid(),
  reason: z.string(),
  until: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
  cancelledAt: z.string().nullable(),
  cancelledBy: z.string().nullable(),
  state: silenceStateSchema,
});
export type Silence = z.infer<typeof silenceSchema>;
export const MAX_SILENCE_MS = 30 * 86_400_000;
