import { z } from 'zod';
import { alarmStatusSchema } from './alarm.schema.ts';
import { alarmKindSchema } from './sensor-rules.ts';
import { text } from '../shared/text.ts';

/** GET /api/v1/alarms filters: from / to bound the opening time (ISO instants). */
export const alarmListQuerySchema = z.object({
  sensorId: z.uuid().optional(),
  enterpriseId: z.uuid().optional(),
  kind: alarmKindSchema.optional(),
  status: alarmStatusSchema.optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
});
export type AlarmListQuery = z.infer<typeof alarmListQuerySchema>;

/** The body is optional: no body, {} or {note}. */
export const acknowledgeBodySchema = z.object({ note: text({ trim: true, multiline: true }).max(500).optional() }).nullish();
