import { z } from 'zod';

/** Events the platform sends to outside systems, `<entity>.<what happened>`. */
export const webhookEventSchema = z.enum(['hazard.reported', 'hazard.transitioned', 'hazard.escalated']);
export type WebhookEvent = z.infer<typeof webhookEventSchema>;

export const webhookCreateSchema = z.strictObject({
  url: z.url({ protocol: /^https?$/, message: 'must be an http:// or https:// URL' }).max(2000),
  events: z.array(webhookEventSchema).min(1).max(10),
});

export const webhookSchema = z.object({
  id: z.uuid(),
  url: z.string(),
  events: z.array(webhookEventSchema),
  active: z.boolean(),
  createdAt: z.string(),
  /** Shown once, at creation: the receiver checks `X-Anquan-Signature: sha256=<HMAC of the body>` with it. */
  secret: z.string().optional(),
});

export const webhookDeliverySchema = z.object({
  id: z.number().int(),
  event: webhookEventSchema,
  status: z.enum(['pending', 'delivered', 'failed']),
  attempts: z.number().int(),
  nextAttemptAt: z.string(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  deliveredAt: z.string().nullable(),
});

/**
 * When a failed delivery is tried again: 1 min, 5 min, 30 min, 2 h, 12 h after the attempts so far; after the
 * last, the delivery is given up (status failed). [L] configuration, not law.
 */
export const WEBHOOK_RETRY_DELAYS_MS = [60_000, 300_000, 1_800_000, 7_200_000, 43_200_000] as const;

export function nextAttemptDelay(attemptsSoFar: number): number | null {
  return WEBHOOK_RETRY_DELAYS_MS[attemptsSoFar - 1] ?? null;
}
