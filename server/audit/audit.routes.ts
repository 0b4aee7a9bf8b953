import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditEventSchema, auditQuerySchema, auditVerifySchema } from '../../core/audit/audit.schema.ts';
import { pageSchema } from '../../core/shared/pagination.ts';
import type { Db } from '../db/database.ts';
import { listAuditEvents, verifyAuditChain } from './audit.service.ts';


export const auditRoutes = (db: Db): FastifyPluginAsyncZod => async (app) => {
  app.get('/audit', {
    config: { permission: 'admin.audit' },
    schema: {
      tags: ['audit'],
      summary: 'The audit trail, newest first',
      description: 'Filters combine with AND: entity type and id, actor (id, or the start of the name in any case), action, enterprise (its own events and its records’), time range [from, to).',
      querystring: auditQuerySchema,
      response: { 200: pageSchema(auditEventSchema) },
    },
    handler: (request) => listAuditEvents(db, request.query),
  });

  app.post('/audit/verify', {
    config: { permission: 'admin.audit' },
    schema: {
      tags: ['audit'],
      summary: 'Recompute the hash chain from the first row (as `anquan audit verify` does) and name the first broken row',
      response: { 200: auditVerifySchema },
    },
    handler: async () => ({ ...(await verifyAuditChain(db)), checkedAt: new Date().toISOString() }),
  });
};
