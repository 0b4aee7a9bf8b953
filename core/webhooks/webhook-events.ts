import { z } from 'zod';

/**
 * The events the platform sends to outside systems, `<entity>.<what happened>`, by domain. Each is queued in the
 * transaction of the change it reports (an outbox, docs/adr/0012) and reaches only the subscriptions whose scope
 * covers the enterprise concerned (docs/adr/0041). Payloads: core/webhooks/webhook-payloads.ts.
 */
export const WEBHOOK_EVENTS_BY_DOMAIN = {
  hazards: ['hazard.reported', 'hazard.transitioned', 'hazard.escalated'],
  alarms: ['alarm.opened', 'alarm.acknowledged', 'alarm.cleared'],
  accidents: ['accident.reported', 'accident.revised'],
  inspections: ['inspection.created', 'inspection.order_issued', 'inspection.closed'],
} as const;

export type WebhookDomain = keyof typeof WEBHOOK_EVENTS_BY_DOMAIN;
export const WEBHOOK_DOMAINS = Object.keys(WEBHOOK_EVENTS_BY_DOMAIN) as WebhookDomain[];

export const WEBHOOK_EVENTS = Object.values(WEBHOOK_EVENTS_BY_DOMAIN).flat() as Array<(typeof WEBHOOK_EVENTS_BY_DOMAIN)[WebhookDomain][number]>;
export const webhookEventSchema = z.enum(WEBHOOK_EVENTS as [WebhookEvent, ...WebhookEvent[]]);
export type WebhookEvent = (typeof WEBHOOK_EVENTS_BY_DOMAIN)[WebhookDomain][number];

/** Sent only by "send test" (POST /webhooks/{id}/test), to that one webhook; nobody subscribes to it. */
export const WEBHOOK_TEST_EVENT = 'webhook.test';

export const domainOfEvent = (event: WebhookEvent): WebhookDomain =>
  WEBHOOK_DOMAINS.find((d) => (WEBHOOK_EVENTS_BY_DOMAIN[d] as readonly string[]).includes(event))!;
