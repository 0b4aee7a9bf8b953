import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { planCreateSchema, planListQuerySchema, planSchema } from '../../core/hazards/investigation-plan.schema.ts';
import { pageQuerySchema, pageSchema } from '../../core/shared/pagination.ts';
import type { Db } from '../db/database.ts';
import { createPlan, getPlan, searchPlans } from './plan.service.ts';

export const planRoutes = (db: Db): FastifyPluginAsyncZod => async (app) => {
  app.get('/investigation-plans', {
    config: { permission: 'investigations.view' },
    schema: {
      tags: ['hazards'],
      summary: 'Investigation plans (排查计划) that reach the caller’s scope, newest first',
      querystring: planListQuerySchema.extend(pageQuerySchema.shape),
      response: { 200: pageSchema(planSchema) },
    },
    handler: (request) => searchPlans(db, request.actor, request.query),
  });

  app.post('/investigation-plans', {
    config: { permission: 'investigations.plan' },
    schema: {
      tags: ['hazards'],
      summary: 'Make an investigation plan; its enterprises are resolved now and frozen, and the started period’s tasks made',
      body: planCreateSchema,
      response: { 201: planSchema },
    },
    handler: async (request, reply) => reply.code(201).send(await createPlan(db, request.actor, request.body)),
  });

  app.get('/investigation-plans/:id', {
    config: { permission: 'investigations.view' },
    schema: { tags: ['hazards'], summary: 'One investigation plan (404 outside the caller’s scope)', params: z.object({ id: z.uuid() }), response: { 200: planSchema } },
    handler: (request) => getPlan(db, request.actor, request.params.id),
  });
};
