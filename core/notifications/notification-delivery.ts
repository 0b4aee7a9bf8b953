import { z } from 'zod';
import { channelSchema } from './notification-preferences.ts';

/**
 * When a failed e-mail or SMS is tried again: 1 min, 5 min, 30 min, 2 h after the attempts so far; after the
 * fifth failure it is given up (status failed). Shorter than the webhooks' 12 h tail: an escalation a day late
 * by SMS is noise. [L] configuration, not law.
 */
export const DELIVERY_RETRY_DELAYS_MS = [60_000, 300_000, 1_800_000, 7_200_000] as const;

/** The wait before the next attempt after `attemptsSoFar` failures, or null when the delivery is given up. */
export function nextDeliveryDelay(attemptsSoFar: number): number | null {
  if (attemptsSoFar < 1) return 0;
  return DELIVERY_RETRY_DELAYS_MS[attemptsSoFar - 1] ?? null;
}

export const deliveryStatusSchema = z.enum(['pending', 'sent', 'failed']);

export const notificationDeliverySchema = z.object({
  id: z.number().int(),
  notificationId: z.uuid(),
  kind: z.string(),
  title: z.string(),
  userId: z.uuid(),
  username: z.string(),
  channel: channelSchema,
  address: z.string(),
  status: deliveryStatusSchema,
  attempts: z.number().int(),
  /** For a pending delivery, when it is tried (again). */
  nextAttemptAt: z.string().nullable(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});
export type NotificationDelivery = z.infer<typeof notificationDeliverySchema>;
