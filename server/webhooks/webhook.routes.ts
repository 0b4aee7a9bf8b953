import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { webhookCreateSchema, webhookDeliverySchema, webhookSchema } from '../../core/shared/webhook.schema.ts';
import type { Db } from '../db/database.ts';
import { createWebhook, listDeliveries, listWebhooks, setWebhookActive } from './webhook.service.ts';

const idParams = z.object({ id: z.uuid() });

export const webhookRoutes = (db: Db): FastifyPluginAsyncZod => async (app) => {
  app.get('/webhooks', {
    config: { permission: 'admin.webhooks' },
    schema: { tags: ['webhooks'], summary: 'Webhooks to outside systems', response: { 200: z.object({ items: z.array(webhookSchema) }) } },
    handler: () => listWebhooks(db),
  });

  app.post('/webhooks', {
    config: { permission: 'admin.webhooks' },
    schema: { tags: ['webhooks'], summary: 'Subscribe a URL to events; the signing secret is returned once', body: webhookCreateSchema, response: { 201: webhookSchema } },
    handler: async (request, reply) => reply.code(201).send(await createWebhook(db, request.actor, request.body)),
  });

  app.patch('/webhooks/:id', {
    config: { permission: 'admin.webhooks' },
    schema: { tags: ['webhooks'], summary: 'Pause or resume a webhook', params: idParams, body: z.strictObject({ active: z.boolean() }), response: { 200: webhookSchema } },
    handler: (request) => setWebhookActive(db, request.actor, request.params.id, request.body.active),
  });

  app.get('/webhooks/:id/deliveries', {
    config: { permission: 'admin.webhooks' },
    schema: { tags: ['webhooks'], summary: 'The latest 100 deliveries of a webhook', params: idParams, response: { 200: z.object({ items: z.array(webhookDeliverySchema) }) } },
    handler: (request) => listDeliveries(db, request.params.id),
  });
};
