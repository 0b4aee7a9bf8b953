import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageQuerySchema, pageSchema } from '../../core/shared/pagination.ts';
import type { Db } from '../db/database.ts';
import { listAuditEvents } from './audit.service.ts';
import { text } from '../../core/shared/text.ts';

const auditEventSchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  ip: z.string().nullable(),
  hash: z.string(),
});

const auditQuerySchema = pageQuerySchema.extend({
  entity: text().max(50).optional(),
  entityId: text().max(100).optional(),
  actorId: z.uuid().optional(),
});

export const auditRoutes = (db: Db): FastifyPluginAsyncZod => async (app) => {
  app.get('/audit', {
    config: { permission: 'admin.audit' },
    schema: { tags: ['audit'], summary: 'The audit trail, newest first', querystring: auditQuerySchema, response: { 200: pageSchema(auditEventSchema) } },
    handler: (request) => listAuditEvents(db, request.query),
  });
};
