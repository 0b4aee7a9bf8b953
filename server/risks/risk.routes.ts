import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { checklistSchema } from '../../core/hazards/checklist-api.schema.ts';
import { DEFAULT_RISK_LEVELS, evaluateRisk, riskEvaluationInputSchema, riskEvaluationSchema, type RiskLevelsConfig } from '../../core/risks/risk-evaluation.ts';
import {
  riskChecklistCreateSchema,
  riskDistributionQuerySchema,
  riskDistributionSchema,
  riskPointCreateSchema,
  riskPointListQuerySchema,
  riskPointSchema,
  riskPointUpdateSchema,
} from '../../core/risks/risk-point.schema.ts';
import { riskPointDeactivateSchema, riskPointHistoryEntrySchema, riskReviewCreateSchema, riskReviewSchema } from '../../core/risks/risk-review.ts';
import { pageQuerySchema, pageSchema } from '../../core/shared/pagination.ts';
import type { Db } from '../db/database.ts';
import {
  changeRiskPoint,
  createRiskPoint,
  deactivateRiskPoint,
  getRiskPoint,
  reactivateRiskPoint,
  removeRiskPoint,
  reviewRiskPoint,
  riskPointHistory,
  riskRegister,
  searchRiskPointReviews,
  searchRiskPoints,
} from './risk-point.service.ts';
import { riskDistribution } from './risk-distribution.service.ts';
import { createRiskChecklist } from './risk-checklist.service.ts';
import { riskRegisterXlsx } from './risk-register.xlsx.ts';

const idParams = z.object({ id: z.uuid() });

export const riskRoutes = (db: Db, levels: RiskLevelsConfig = DEFAULT_RISK_LEVELS): FastifyPluginAsyncZod => async (app) => {
  app.post('/risks/evaluate', {
    config: { permission: 'risks.view' },
    schema: {
      tags: ['risks'],
      summary: 'Grade a risk by LEC (D = L×E×C) or the LS matrix (R = L×S): score, LEC band, level and colour',
      body: riskEvaluationInputSchema,
      response: { 200: riskEvaluationSchema },
    },
    handler: (request) => evaluateRisk(request.body, levels),
  });

  app.get('/risk-points', {
    config: { permission: 'risks.view' },
    schema: {
      tags: ['risks'],
      summary: 'Risk points (风险点) in the caller’s scope, highest level first',
      querystring: riskPointListQuerySchema.extend(pageQuerySchema.shape),
      response: { 200: pageSchema(riskPointSchema) },
    },
    handler: (request) => searchRiskPoints(db, request.actor, request.query),
  });

  app.get('/risk-points/distribution', {
    config: { permission: 'risks.view' },
    schema: {
      tags: ['risks'],
      summary: 'Four-colour distribution: risk points by level, per enterprise (by its highest risk) and per district',
      querystring: riskDistributionQuerySchema,
      response: { 200: riskDistributionSchema },
    },
    handler: (request) => riskDistribution(db, request.actor, request.query.enterpriseId),
  });

  app.get('/enterprises/:id/risk-register.xlsx', {
    config: { permission: 'risks.view' },
    schema: { tags: ['risks'], summary: 'The enterprise’s risk register (安全风险分级管控清单) as .xlsx', params: idParams },
    handler: async (request, reply) => {
      const register = await riskRegister(db, request.actor, request.params.id);
      const filename = encodeURIComponent(`${register.enterpriseName}-安全风险分级管控清单-${register.today}.xlsx`);
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename*=UTF-8''${filename}`)
        .send(await riskRegisterXlsx(register.enterpriseName, register.points, register.today));
    },
  });

  app.post('/risk-points', {
    config: { permission: 'risks.write' },
    schema: { tags: ['risks'], summary: 'Register a risk point; the server grades it', body: riskPointCreateSchema, response: { 201: riskPointSchema } },
    handler: async (request, reply) => reply.code(201).send(await createRiskPoint(db, request.actor, request.body, levels)),
  });

  app.get('/risk-points/:id', {
    config: { permission: 'risks.view' },
    schema: { tags: ['risks'], summary: 'One risk point', params: idParams, response: { 200: riskPointSchema } },
    handler: (request) => getRiskPoint(db, request.actor, request.params.id),
  });

  app.patch('/risk-points/:id', {
    config: { permission: 'risks.write' },
    schema: { tags: ['risks'], summary: 'Change a risk point; a new evaluation re-grades it', params: idParams, body: riskPointUpdateSchema, response: { 200: riskPointSchema } },
    handler: (request) => changeRiskPoint(db, request.actor, request.params.id, request.body, levels),
  });

  app.delete('/risk-points/:id', {
    config: { permission: 'risks.write' },
    schema: {
      tags: ['risks'],
      summary: 'Delete a risk point registered in error; one with reviews on record answers 409 (deactivate it instead)',
      params: idParams,
    },
    handler: async (request, reply) => {
      await removeRiskPoint(db, request.actor, request.params.id);
      return reply.code(204).send();
    },
  });

  app.post('/risk-points/:id/deactivate', {
    config: { permission: 'risks.write' },
    schema: {
      tags: ['risks'],
      summary: 'Take a risk point out of the register (设备拆除, 作业取消), keeping it and its history',
      params: idParams,
      body: riskPointDeactivateSchema,
      response: { 200: riskPointSchema },
    },
    handler: (request) => deactivateRiskPoint(db, request.actor, request.params.id, request.body.reason),
  });

  app.post('/risk-points/:id/reactivate', {
    config: { permission: 'risks.write' },
    schema: { tags: ['risks'], summary: 'Put a deactivated risk point back into the register', params: idParams, response: { 200: riskPointSchema } },
    handler: (request) => reactivateRiskPoint(db, request.actor, request.params.id),
  });

  app.get('/risk-points/:id/reviews', {
    config: { permission: 'risks.view' },
    schema: {
      tags: ['risks'],
      summary: 'A risk point’s reviews (复评), latest first',
      params: idParams,
      querystring: pageQuerySchema,
      response: { 200: pageSchema(riskReviewSchema) },
    },
    handler: (request) => searchRiskPointReviews(db, request.actor, request.params.id, request.query),
  });

  app.post('/risk-points/:id/reviews', {
    config: { permission: 'risks.write' },
    schema: {
      tags: ['risks'],
      summary: 'Record a review (复评): the next review falls due 12 months later (core/risks/risk-review.ts); a re-evaluation re-grades the point',
      params: idParams,
      body: riskReviewCreateSchema,
      response: { 201: z.object({ review: riskReviewSchema, point: riskPointSchema }) },
    },
    handler: async (request, reply) => reply.code(201).send(await reviewRiskPoint(db, request.actor, request.params.id, request.body, levels)),
  });

  app.get('/risk-points/:id/history', {
    config: { permission: 'risks.view' },
    schema: {
      tags: ['risks'],
      summary: 'A risk point’s history from the audit trail, newest first: who did what, which fields changed',
      params: idParams,
      querystring: pageQuerySchema,
      response: { 200: pageSchema(riskPointHistoryEntrySchema) },
    },
    handler: (request) => riskPointHistory(db, request.actor, request.params.id, request.query),
  });

  app.post('/risk-points/checklists', {
    config: { permission: 'checklists.write' },
    schema: {
      tags: ['risks'],
      summary: 'Make a checklist of an enterprise’s risk control measures, for an investigation plan',
      body: riskChecklistCreateSchema,
      response: { 201: checklistSchema },
    },
    handler: async (request, reply) => reply.code(201).send(await createRiskChecklist(db, request.actor, request.body.enterpriseId)),
  });
};
