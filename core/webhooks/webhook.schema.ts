import { z } from 'zod';
import { pageQuerySchema } from '../shared/pagination.ts';
import { industryCode, regionCode } from '../partners/partner.schema.ts';
import { WEBHOOK_TEST_EVENT, webhookEventSchema } from './webhook-events.ts';

export { webhookEventSchema, type WebhookEvent } from './webhook-events.ts';

const url = z.url({ protocol: /^https?$/, message: 'must be an http:// or https:// URL' }).max(2000);

/**
 * A subscription's scope (docs/adr/0041): an event reaches it only when the enterprise concerned lies in one of
 * the districts (or streets) AND one of the industries, and is the enterprise when one is named. An empty list
 * does not restrict: no districts = the whole city, no industries = every industry.
 */
const scopeFields = {
  regionCodes: z.array(regionCode).max(500).default([]),
  industryCodes: z.array(industryCode).max(2000).default([]),
  enterpriseId: z.uuid().nullable().default(null),
};

export const webhookCreateSchema = z.strictObject({
  url,
  events: z.array(webhookEventSchema).min(1).max(20),
  ...scopeFields,
});
export type WebhookCreate = z.output<typeof webhookCreateSchema>;

/** PATCH: any of the fields; `active` pauses or resumes. */
export const webhookUpdateSchema = z
  .strictObject({
    url: url.optional(),
    events: z.array(webhookEventSchema).min(1).max(20).optional(),
    regionCodes: scopeFields.regionCodes.unwrap().optional(),
    industryCodes: scopeFields.industryCodes.unwrap().optional(),
    enterpriseId: z.uuid().nullable().optional(),
    active: z.boolean().optional(),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), { message: 'give at least one field to change' });
export type WebhookUpdate = z.output<typeof webhookUpdateSchema>;

export const webhookDeliveryStatusSchema = z.enum(['pending', 'delivered', 'failed']);

export const webhookSchema = z.object({
  id: z.uuid(),
  url: z.string(),
  events: z.array(webhookEventSchema),
  regionCodes: z.array(z.string()),
  industryCodes: z.array(z.string()),
  enterpriseId: z.uuid().nullable(),
  enterpriseName: z.string().nullable(),
  active: z.boolean(),
  createdAt: z.string(),
  /** The latest delivery, to show whether the receiver is answering. */
  lastDelivery: z
    .object({ status: webhookDeliveryStatusSchema, event: z.string(), attempts: z.number().int(), createdAt: z.string(), lastError: z.string().nullable() })
    .nullable(),
  /** Shown once, at creation and rotation: the receiver checks `X-Anquan-Signature: sha256=<HMAC of the body>` with it. */
  secret: z.string().optional(),
});
export type Webhook = z.infer<typeof webhookSchema>;

/** Newest first; a city has a handful of webhooks, so the list needs no filters. */
export const webhookListQuerySchema = pageQuerySchema;

export const webhookDeliverySchema = z.object({
  id: z.number().int(),
  /** A subscribed event, or `webhook.test` for "send test". */
  event: z.union([webhookEventSchema, z.literal(WEBHOOK_TEST_EVENT)]),
  status: webhookDeliveryStatusSchema,
  attempts: z.number().int(),
  nextAttemptAt: z.string(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  deliveredAt: z.string().nullable(),
});
export type WebhookDelivery = z.infer<typeof webhookDeliverySchema>;

/**
 * When a failed delivery is tried again: 1 min, 5 min, 30 min, 2 h, 12 h after the attempts so far; after the
 * last, the delivery is given up (status failed). [L] configuration, not law.
 */
export const WEBHOOK_RETRY_DELAYS_MS = [60_000, 300_000, 1_800_000, 7_200_000, 43_200_000] as const;

export function nextAttemptDelay(attemptsSoFar: number): number | null {
  return WEBHOOK_RETRY_DELAYS_MS[attemptsSoFar - 1] ?? null;
}
