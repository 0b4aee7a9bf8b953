import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { hazardCreateSchema } from '../../core/hazards/hazard.schema.ts';
import { hazardDetailSchema, hazardListQuerySchema, hazardSchema } from '../../core/hazards/hazard-view.schema.ts';
import { transitionBodySchema } from '../../core/hazards/hazard-transition.schema.ts';
import { hazardStatisticsQuerySchema, hazardStatisticsSchema } from '../../core/hazards/hazard-statistics.schema.ts';
import { pageQuerySchema, pageSchema } from '../../core/shared/pagination.ts';
import type { Db } from '../db/database.ts';
import { hazardStatistics } from './hazard-statistics.service.ts';
import { getHazard, hazardReporters, reportHazard, searchHazards, transitionHazard } from './hazard.service.ts';

const idParams = z.object({ id: z.uuid() });

export const hazardRoutes = (db: Db): FastifyPluginAsyncZod => async (app) => {
  app.get('/hazards', {
    schema: {
      tags: ['hazards'],
      summary: 'Hidden hazards in the caller’s scope, with filters and pagination',
      querystring: hazardListQuerySchema.extend(pageQuerySchema.shape),
      response: { 200: pageSchema(hazardSchema) },
    },
    handler: (request) => searchHazards(db, request.actor, request.query),
  });

  app.get('/hazards/statistics', {
    schema: {
      tags: ['hazards'],
      summary: 'Investigation and governance statistics per unit, with the 排查不力 flags and ranking',
      querystring: hazardStatisticsQuerySchema,
      response: { 200: hazardStatisticsSchema },
    },
    handler: (request) => hazardStatistics(db, request.actor, request.query),
  });

  app.post('/hazards', {
    config: { roles: hazardReporters },
    schema: { tags: ['hazards'], summary: 'Report a hidden hazard (隐患上报)', body: hazardCreateSchema, response: { 201: hazardDetailSchema } },
    handler: async (request, reply) => reply.code(201).send(await reportHazard(db, request.actor, request.body)),
  });

  app.get('/hazards/:id', {
    schema: { tags: ['hazards'], summary: 'One hazard with its timeline, photos and the actions the caller may take', params: idParams, response: { 200: hazardDetailSchema } },
    handler: (request) => getHazard(db, request.actor, request.params.id),
  });

  app.post('/hazards/:id/transitions', {
    schema: {
      tags: ['hazards'],
      summary: 'A lifecycle step {action, …}: 409 INVALID_TRANSITION when the state does not allow it',
      params: idParams,
      body: transitionBodySchema,
      response: { 200: hazardDetailSchema },
    },
    handler: (request) => transitionHazard(db, request.actor, request.params.id, request.body),
  });
};
