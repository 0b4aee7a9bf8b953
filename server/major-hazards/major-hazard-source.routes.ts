import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { assessInputSchema, assessmentSchema } from '../../core/major-hazards/assess.ts';
import {
  checkHazardLinkSchema,
  guarantorCheckListQuerySchema,
  guarantorCheckRecordSchema,
  guarantorCheckSchema,
  majorHazardSourceCreateSchema,
  majorHazardSourceListQuerySchema,
  majorHazardSourceSchema,
  majorHazardSourceUpdateSchema,
} from '../../core/major-hazards/major-hazard-source.schema.ts';
import { pageQuerySchema, pageSchema } from '../../core/shared/pagination.ts';
import type { Db } from '../db/database.ts';
import {
  assess,
  createSource,
  getGuarantorCheck,
  getSource,
  linkCheckHazard,
  recordGuarantorCheck,
  searchChecks,
  searchSources,
  updateMajorHazardSource,
} from './major-hazard-source.service.ts';

const idParams = z.object({ id: z.uuid() });

export const majorHazardSourceRoutes = (db: Db): FastifyPluginAsyncZod => async (app) => {
  app.post('/major-hazard-sources/assess', {
    config: { permission: 'majorHazards.view' },
    schema: {
      tags: ['major hazard sources'],
      summary: 'Identify and grade a unit by GB 18218-2018: S = Σq/Q (major when S ≥ 1), R = α·Σβq/Q, level 1–4',
      body: assessInputSchema,
      response: { 200: assessmentSchema },
    },
    handler: (request) => assess(request.body),
  });

  app.get('/major-hazard-sources', {
    config: { permission: 'majorHazards.view' },
    schema: {
      tags: ['major hazard sources'],
      summary: 'Registered major hazard sources in the caller’s scope, level 1 first',
      querystring: majorHazardSourceListQuerySchema.extend(pageQuerySchema.shape),
      response: { 200: pageSchema(majorHazardSourceSchema) },
    },
    handler: (request) => searchSources(db, request.actor, request.query),
  });

  app.post('/major-hazard-sources', {
    config: { permission: 'majorHazards.write' },
    schema: { tags: ['major hazard sources'], summary: 'Register a unit; the server assesses it', body: majorHazardSourceCreateSchema, response: { 201: majorHazardSourceSchema } },
    handler: async (request, reply) => reply.code(201).send(await createSource(db, request.actor, request.body)),
  });

  app.get('/major-hazard-sources/:id', {
    config: { permission: 'majorHazards.view' },
    schema: { tags: ['major hazard sources'], summary: 'One source with its assessment step by step', params: idParams, response: { 200: majorHazardSourceSchema } },
    handler: (request) => getSource(db, request.actor, request.params.id),
  });

  app.patch('/major-hazard-sources/:id', {
    config: { permission: 'majorHazards.write' },
    schema: {
      tags: ['major hazard sources'],
      summary: 'Change a source; new quantities or exposed population re-assess it in the same write',
      params: idParams,
      body: majorHazardSourceUpdateSchema,
      response: { 200: majorHazardSourceSchema },
    },
    handler: (request) => updateMajorHazardSource(db, request.actor, request.params.id, request.body),
  });

  app.post('/major-hazard-sources/:id/checks', {
    config: { permission: 'majorHazards.write' },
    schema: {
      tags: ['major hazard sources'],
      summary: 'Record a 包保责任人’s check of the source: who, when, what was checked, problems found; the next is due by CHECK_INTERVAL_DAYS',
      params: idParams,
      body: guarantorCheckSchema,
      response: { 201: z.object({ check: guarantorCheckRecordSchema, source: majorHazardSourceSchema }) },
    },
    handler: async (request, reply) => reply.code(201).send(await recordGuarantorCheck(db, request.actor, request.params.id, request.body)),
  });

  app.get('/major-hazard-sources/:id/checks', {
    config: { permission: 'majorHazards.view' },
    schema: {
      tags: ['major hazard sources'],
      summary: 'The source’s 包保 checks, newest first (all roles or one)',
      params: idParams,
      querystring: guarantorCheckListQuerySchema.extend(pageQuerySchema.shape),
      response: { 200: pageSchema(guarantorCheckRecordSchema) },
    },
    handler: (request) => searchChecks(db, request.actor, request.params.id, request.query),
  });

  app.get('/major-hazard-sources/:id/checks/:checkId', {
    config: { permission: 'majorHazards.view' },
    schema: {
      tags: ['major hazard sources'],
      summary: 'One 包保 check of the source',
      params: z.object({ id: z.uuid(), checkId: z.uuid() }),
      response: { 200: guarantorCheckRecordSchema },
    },
    handler: (request) => getGuarantorCheck(db, request.actor, request.params.id, request.params.checkId),
  });

  app.post('/major-hazard-sources/:id/checks/:checkId/hazard', {
    config: { permission: 'majorHazards.write' },
    schema: {
      tags: ['major hazard sources'],
      summary: 'Link the hazard reported from a check’s problems to the check',
      params: z.object({ id: z.uuid(), checkId: z.uuid() }),
      body: checkHazardLinkSchema,
      response: { 200: guarantorCheckRecordSchema },
    },
    handler: (request) => linkCheckHazard(db, request.actor, request.params.id, request.params.checkId, request.body.hazardId),
  });
};
