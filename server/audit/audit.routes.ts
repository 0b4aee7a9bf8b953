import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { offsetOf, pageQuerySchema, pageSchema } from '../../core/shared/pagination.ts';
import type { Db } from '../db/database.ts';

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
  entity: z.string().max(50).optional(),
  entityId: z.string().max(100).optional(),
  actorId: z.uuid().optional(),
});

export const auditRoutes = (db: Db): FastifyPluginAsyncZod => async (app) => {
  app.get('/audit', {
    config: { roles: ['admin'] },
    schema: { tags: ['audit'], summary: 'The audit trail, newest first', querystring: auditQuerySchema, response: { 200: pageSchema(auditEventSchema) } },
    handler: async (request) => {
      const q = request.query;
      let base = db.selectFrom('audit_events');
      if (q.entity) base = base.where('entity', '=', q.entity);
      if (q.entityId) base = base.where('entity_id', '=', q.entityId);
      if (q.actorId) base = base.where('actor_id', '=', q.actorId);
      const [rows, count] = await Promise.all([
        base.selectAll().orderBy('id', 'desc').limit(q.pageSize).offset(offsetOf(q)).execute(),
        base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return {
        items: rows.map((r) => ({
          id: r.id,
          at: r.at.toISOString(),
          actorId: r.actor_id,
          actorName: r.actor_name,
          action: r.action,
          entity: r.entity,
          entityId: r.entity_id,
          before: r.before,
          after: r.after,
          ip: r.ip,
          hash: r.hash,
        })),
        total: Number(count.n),
        page: q.page,
        pageSize: q.pageSize,
      };
    },
  });
};
