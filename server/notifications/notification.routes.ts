import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { text } from '../../core/shared/text.ts';
import { pageQuerySchema, pageSchema } from '../../core/shared/pagination.ts';
import type { Db } from '../db/database.ts';
import { listNotifications, markAllRead, markRead, notificationSchema } from './notification.service.ts';

export const notificationRoutes = (db: Db): FastifyPluginAsyncZod => async (app) => {
  app.get('/notifications', {
    config: { permission: 'app.use' },
    schema: {
      tags: ['notifications'],
      summary: 'In-app notifications for the caller’s enterprise or department, newest first',
      querystring: pageQuerySchema.extend({
        unread: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
        kind: text().max(64).optional().describe('hazard_overdue, alarm_escalated, alarm_reminder'),
      }),
      response: { 200: pageSchema(notificationSchema) },
    },
    handler: (request) => listNotifications(db, request.actor, request.query),
  });

  app.post('/notifications/read-all', {
    config: { permission: 'app.use' },
    schema: {
      tags: ['notifications'],
      summary: 'Mark every notification of the caller read (of one kind when given)',
      body: z.strictObject({ kind: text().max(64).optional() }).optional(),
      response: { 200: z.object({ marked: z.number().int() }) },
    },
    handler: (request) => markAllRead(db, request.actor, request.body?.kind),
  });

  app.post('/notifications/:id/read', {
    config: { permission: 'app.use' },
    schema: { tags: ['notifications'], summary: 'Mark a notification read for the caller', params: z.object({ id: z.uuid() }) },
    handler: async (request, reply) => {
      await markRead(db, request.actor, request.params.id);
      return reply.code(204).send();
    },
  });
};
