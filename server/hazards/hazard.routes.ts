import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AccountabilityThresholds } from '../../core/hazards/accountability.ts';
import { hazardCreateSchema } from '../../core/hazards/hazard.schema.ts';
import { hazardDetailSchema, hazardListQuerySchema, hazardSchema } from '../../core/hazards/hazard-view.schema.ts';
import { transitionBodySchema } from '../../core/hazards/hazard-transition.schema.ts';
import { hazardStatisticsQuerySchema, hazardStatisticsSchema } from '../../core/hazards/hazard-statistics.schema.ts';
import { reportPeriodTextSchema, statisticalReportSchema } from '../../core/hazards/statistical-report.ts';
import { pageQuerySchema, pageSchema } from '../../core/shared/pagination.ts';
import type { Db } from '../db/database.ts';
import { hazardStatistics } from './hazard-statistics.service.ts';
import { statisticalReport, statisticalReportXlsx } from './statistical-report.service.ts';
import { getHazard, reportHazard, searchHazards, transitionHazard } from './hazard.service.ts';

const idParams = z.object({ id: z.uuid() });

export const hazardRoutes = (db: Db, accountability?: AccountabilityThresholds): FastifyPluginAsyncZod => async (app) => {
  app.get('/hazards', {
    config: { permission: 'hazards.view' },
    schema: {
      tags: ['hazards'],
      summary: 'Hidden hazards in the caller’s scope, with filters and pagination',
      querystring: hazardListQuerySchema.extend(pageQuerySchema.shape),
      response: { 200: pageSchema(hazardSchema) },
    },
    handler: (request) => searchHazards(db, request.actor, request.query),
  });

  app.get('/hazards/statistics', {
    config: { permission: 'hazards.statistics' },
    schema: {
      tags: ['hazards'],
      summary: 'Investigation and governance statistics per unit, with the 排查不力 flags and ranking',
      querystring: hazardStatisticsQuerySchema,
      response: { 200: hazardStatisticsSchema },
    },
    handler: (request) => hazardStatistics(db, request.actor, request.query, accountability),
  });

  const reportQuery = z.object({ period: reportPeriodTextSchema });

  app.get('/enterprises/:id/hazard-statistical-report', {
    config: { permission: 'hazards.view' },
    schema: {
      tags: ['hazards'],
      summary: 'The enterprise’s quarterly or annual hazard statistical table (16号令 Art. 14)',
      params: idParams,
      querystring: reportQuery,
      response: { 200: statisticalReportSchema },
    },
    handler: (request) => statisticalReport(db, request.actor, request.params.id, request.query.period),
  });

  app.get('/enterprises/:id/hazard-statistical-report.xlsx', {
    config: { permission: 'hazards.view' },
    schema: { tags: ['hazards'], summary: 'The same table as the .xlsx the principal signs', params: idParams, querystring: reportQuery },
    handler: async (request, reply) => {
      const report = await statisticalReport(db, request.actor, request.params.id, request.query.period);
      const filename = encodeURIComponent(`${report.enterpriseName}-隐患排查治理统计表-${report.period}.xlsx`);
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename*=UTF-8''${filename}`)
        .send(await statisticalReportXlsx(report));
    },
  });

  app.post('/hazards', {
    config: { permission: 'hazards.report' },
    schema: { tags: ['hazards'], summary: 'Report a hidden hazard (隐患上报)', body: hazardCreateSchema, response: { 201: hazardDetailSchema } },
    handler: async (request, reply) => reply.code(201).send(await reportHazard(db, request.actor, request.body, new Date(), app.events)),
  });

  app.get('/hazards/:id', {
    config: { permission: 'hazards.view' },
    schema: { tags: ['hazards'], summary: 'One hazard with its timeline, photos and the actions the caller may take', params: idParams, response: { 200: hazardDetailSchema } },
    handler: (request) => getHazard(db, request.actor, request.params.id),
  });

  app.post('/hazards/:id/transitions', {
    config: { permission: 'hazards.act' },
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
