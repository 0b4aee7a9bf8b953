import { z } from 'zod';
import { domainOfEvent, WEBHOOK_EVENTS, WEBHOOK_TEST_EVENT } from '../../core/webhooks/webhook-events.ts';
import { WEBHOOK_PAYLOADS, webhookEnvelope, webhookTestPayload } from '../../core/webhooks/webhook-payloads.ts';

const headers = {
  'X-Anquan-Event': { description: 'the event name', schema: { type: 'string' } },
  'X-Anquan-Delivery': { description: 'the delivery id, the same on every retry (deduplicate by it)', schema: { type: 'string' } },
  'X-Anquan-Signature': { description: '`sha256=` + hex HMAC-SHA256 of the exact body with the webhook’s secret', schema: { type: 'string' } },
};

function operation(event: string, schema: z.ZodType, summary: string, tag: string) {
  return {
    post: {
      tags: ['webhooks', tag],
      summary,
      parameters: Object.entries(headers).map(([name, h]) => ({ name, in: 'header', required: true, ...h })),
      requestBody: { required: true, content: { 'application/json': { schema: z.toJSONSchema(webhookEnvelope(event, schema), { target: 'openapi-3.0' }) } } },
      responses: { '200': { description: 'Any 2xx: received. Anything else, or no answer within 10 s, is retried (1 min, 5 min, 30 min, 2 h, 12 h).' } },
    },
  };
}

/**
 * The events the platform POSTs to subscribed URLs, as the OpenAPI document's `x-webhooks` (the OpenAPI 3.0
 * extension that 3.1's `webhooks` standardised; Redoc shows it): one entry per event with its body.
 */
export function webhookDocs(): Record<string, unknown> {
  return {
    ...Object.fromEntries(WEBHOOK_EVENTS.map((event) => [event, operation(event, WEBHOOK_PAYLOADS[event], WEBHOOK_PAYLOADS[event].description ?? event, domainOfEvent(event))])),
    [WEBHOOK_TEST_EVENT]: operation(WEBHOOK_TEST_EVENT, webhookTestPayload, webhookTestPayload.description ?? WEBHOOK_TEST_EVENT, 'test'),
  };
}
