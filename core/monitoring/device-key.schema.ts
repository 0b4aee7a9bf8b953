import { z } from 'zod';
import { rejectionReasonSchema } from './reading-validation.ts';
import { text } from '../shared/text.ts';

export const deviceKeyCreateSchema = z.strictObject({
  enterpriseId: z.uuid(),
  name: text({ trim: true }).min(1).max(100),
  /** Readings per second this key may send; absent: the platform default. */
  ratePerSec: z.number().int().min(1).max(1_000_000).optional(),
});
export type DeviceKeyCreate = z.infer<typeof deviceKeyCreateSchema>;

export const deviceKeySchema = z.object({
  id: z.uuid(),
  enterpriseId: z.uuid(),
  name: z.string(),
  ratePerSec: z.number().int().nullable(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
  lastSeenAt: z.string().nullable(),
  /** What the key's devices sent: stored readings, duplicates ignored, rejections by reason. */
  counters: z.object({
    accepted: z.number().int(),
    duplicates: z.number().int(),
    rejected: z.number().int(),
    rejectedByReason: z.partialRecord(rejectionReasonSchema, z.number().int()),
  }),
});
export type DeviceKey = z.infer<typeof deviceKeySchema>;

/** The answer to a creation: the only time the key itself is shown. */
export const createdDeviceKeySchema = deviceKeySchema.extend({ key: z.string() });

export const telemetryBodySchema = z.object({
  readings: z.array(z.unknown()),
});

export const telemetryResultSchema = z.object({
  accepted: z.number().int(),
  duplicates: z.number().int(),
  rejected: z.array(z.object({ index: z.number().int(), reason: rejectionReasonSchema })),
});
