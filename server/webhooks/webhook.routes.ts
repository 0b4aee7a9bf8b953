import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageSchema } from '../../core/shared/pagination.ts';
import { WEBHOOK_EVENTS, domainOfEvent, WEBHOOK_TEST_EVENT } from '../../core/webhooks/webhook-events.ts';
import { WEBHOOK_PAYLOADS } from '../../core/webhooks/webhook-payloads.ts';
import {
  webhookCreateSchema,
  webhookDeliverySchema,
  webhookEventSchema,
  webhookListQuerySchema,
  webhookSchema,
  webhookUpdateSchema,
} from '../../core/webhooks/webhook.schema.ts';
import type { Db } from '../db/database.ts';
import { listDeliveries, sendTestDelivery } from './webhook-delivery.ts';
import { createWebhook, deleteWebhook, getWebhook, listWebhooks, rotateWebhookSecret, updateWebhook } from './webhook.service.ts';

const idParams = z.object({ id: z.uuid() });
const tags = ['webhooks'];

const catalogueSchema = z.object({
  items: z.array(z.object({ event: webhookEventSchema, domain: z.string(), description: z.string() })),
  testEvent: z.string().describe('sent only by "send test"'),
});

const deliveryNote =
  'Each delivery is a POST of `{"event", "at", "data"}` with headers X-Anquan-Event, X-Anquan-Delivery (the same id on ' +
  'retries) and X-Anquan-Signature: sha256=<HMAC-SHA256 of the body with the secret>. A non-2xx answer is retried ' +
  'after 1 min, 5 min, 30 min, 2 h and 12 h. The events and their `data` are listed under `x-webhooks`.';

export const webhookRoutes = (db: Db): FastifyPluginAsyncZod => async (app) => {
  app.get('/webhooks', {
    config: { permission: 'admin.webhooks' },
    schema: { tags, summary: 'Webhooks to outside systems, newest first, each with its latest delivery', querystring: webhookListQuerySchema, response: { 200: pageSchema(webhookSchema) } },
    handler: (request) => listWebhooks(db, request.query),
  });

  app.get('/webhooks/events', {
    config: { permission: 'admin.webhooks' },
    schema: { tags, summary: 'The events a webhook can subscribe to, by domain', description: deliveryNote, response: { 200: catalogueSchema } },
    handler: () => ({
      items: WEBHOOK_EVENTS.map((event) => ({ event, domain: domainOfEvent(event), description: WEBHOOK_PAYLOADS[event].description ?? '' })),
      testEvent: WEBHOOK_TEST_EVENT,
    }),
  });

  app.post('/webhooks', {
    config: { permission: 'admin.webhooks' },
    schema: {
      tags,
      summary: 'Subscribe a URL to events within a scope; the signing secret is returned once',
      description: `Scope: the enterprise concerned must lie in one of \`regionCodes\` and one of \`industryCodes\` (empty: no restriction) and be \`enterpriseId\` when given. ${deliveryNote}`,
      body: webhookCreateSchema,
      response: { 201: webhookSchema },
    },
    handler: async (request, reply) => reply.code(201).send(await createWebhook(db, request.actor, request.body)),
  });

  app.get('/webhooks/:id', {
    config: { permission: 'admin.webhooks' },
    schema: { tags, summary: 'One webhook', params: idParams, response: { 200: webhookSchema } },
    handler: (request) => getWebhook(db, request.params.id),
  });

  app.patch('/webhooks/:id', {
    config: { permission: 'admin.webhooks' },
    schema: { tags, summary: 'Change a webhook’s URL, events or scope, or pause / resume it (`active`)', params: idParams, body: webhookUpdateSchema, response: { 200: webhookSchema } },
    handler: (request) => updateWebhook(db, request.actor, request.params.id, request.body),
  });

  app.delete('/webhooks/:id', {
    config: { permission: 'admin.webhooks' },
    schema: { tags, summary: 'Delete a webhook and its delivery history (pending deliveries are not sent)', params: idParams },
    handler: async (request, reply) => {
      await deleteWebhook(db, request.actor, request.params.id);
      return reply.code(204).send();
    },
  });

  app.post('/webhooks/:id/rotate-secret', {
    config: { permission: 'admin.webhooks' },
    schema: { tags, summary: 'Replace the signing secret; the new one is returned once', params: idParams, response: { 200: webhookSchema } },
    handler: (request) => rotateWebhookSecret(db, request.actor, request.params.id),
  });

  app.post('/webhooks/:id/test', {
    config: { permission: 'admin.webhooks' },
    schema: { tags, summary: `Send a signed \`${WEBHOOK_TEST_EVENT}\` now (once, no retries) and return the delivery with the receiver’s answer`, params: idParams, response: { 200: webhookDeliverySchema } },
    handler: (request) => sendTestDelivery(db, request.actor, request.params.id),
  });

  app.get('/webhooks/:id/deliveries', {
    config: { permission: 'admin.webhooks' },
    schema: { tags, summary: 'The latest 50 deliveries of a webhook, newest first', params: idParams, response: { 200: z.object({ items: z.array(webhookDeliverySchema) }) } },
    handler: (request) => listDeliveries(db, request.params.id),
  });
};
