import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  documentIssueSchema,
  documentSummarySchema,
  inspectionCreateSchema,
  inspectionDetailSchema,
  inspectionListQuerySchema,
  inspectionPlanCreateSchema,
  inspectionPlanSchema,
  inspectionSchema,
  reinspectionCreateSchema,
} from '../../core/inspections/inspection.schema.ts';
import { pageQuerySchema, pageSchema } from '../../core/shared/pagination.ts';
import type { Db } from '../db/database.ts';
import { documentPdf, issueDocument } from './document.service.ts';
import { drawRoutes } from './draw.routes.ts';
import { createInspectionPlan, getInspectionPlan, listInspectionPlans } from './inspection-plan.service.ts';
import { createInspection, createReinspection, getInspection, listInspections } from './inspection.service.ts';

const idParams = z.object({ id: z.uuid() });
const tags = ['inspections'];

export const inspectionRoutes = (db: Db): FastifyPluginAsyncZod => async (app) => {
  await app.register(drawRoutes(db));

  /** Tells the live stream an inspection was recorded, after commit (docs/adr/0013). */
  async function publishRecorded(type: string, inspectionId: string, enterpriseId: string) {
    const e = await db.selectFrom('enterprises').select(['region_path', 'industry_path']).where('id', '=', enterpriseId).executeTakeFirst();
    if (!e) return;
    app.events.publish({ type, at: new Date().toISOString(), subject: { id: enterpriseId, regionPath: e.region_path, industryPath: e.industry_path }, data: { inspectionId } });
  }

  app.get('/inspection-plans', {
    config: { permission: 'inspections.plans' },
    schema: { tags, summary: 'Annual inspection plans (年度监督检查计划) of the caller’s department', querystring: pageQuerySchema.extend({ year: z.coerce.number().int().optional() }), response: { 200: pageSchema(inspectionPlanSchema) } },
    handler: (request) => listInspectionPlans(db, request.actor, request.query),
  });

  app.post('/inspection-plans', {
    config: { permission: 'inspections.enforce' },
    schema: { tags, summary: 'Create an annual inspection plan', body: inspectionPlanCreateSchema, response: { 201: inspectionPlanSchema } },
    handler: async (request, reply) => reply.code(201).send(await createInspectionPlan(db, request.actor, request.body)),
  });

  app.get('/inspection-plans/:id', {
    config: { permission: 'inspections.plans' },
    schema: { tags, summary: 'One inspection plan', params: idParams, response: { 200: inspectionPlanSchema } },
    handler: (request) => getInspectionPlan(db, request.actor, request.params.id),
  });

  app.get('/inspections', {
    config: { permission: 'inspections.view' },
    schema: { tags, summary: 'Inspections of enterprises in the caller’s scope', querystring: inspectionListQuerySchema.extend(pageQuerySchema.shape), response: { 200: pageSchema(inspectionSchema) } },
    handler: (request) => listInspections(db, request.actor, request.query),
  });

  app.post('/inspections', {
    config: { permission: 'inspections.enforce' },
    schema: { tags, summary: 'Record an inspection; each finding becomes a hazard with source inspection', body: inspectionCreateSchema, response: { 201: inspectionDetailSchema } },
    handler: async (request, reply) => {
      const created = await createInspection(db, request.actor, request.body);
      await publishRecorded('inspection.recorded', created.id, created.enterpriseId);
      return reply.code(201).send(created);
    },
  });

  app.post('/inspections/re-inspections', {
    config: { permission: 'inspections.enforce' },
    schema: { tags, summary: 'Record a re-inspection (整改复查) of a rectification order; closes or reopens its hazards', body: reinspectionCreateSchema, response: { 201: inspectionDetailSchema } },
    handler: async (request, reply) => {
      const created = await createReinspection(db, request.actor, request.body);
      await publishRecorded('inspection.reinspected', created.id, created.enterpriseId);
      return reply.code(201).send(created);
    },
  });

  app.get('/inspections/:id', {
    config: { permission: 'inspections.view' },
    schema: { tags, summary: 'One inspection with participants, findings, measures and its documents', params: idParams, response: { 200: inspectionDetailSchema } },
    handler: (request) => getInspection(db, request.actor, request.params.id),
  });

  app.post('/inspections/:id/documents', {
    config: { permission: 'inspections.enforce' },
    schema: { tags, summary: 'Issue a statutory document (现场检查记录, 责令限期整改指令书, 整改复查意见书)', params: idParams, body: documentIssueSchema, response: { 201: documentSummarySchema } },
    handler: async (request, reply) => reply.code(201).send(await issueDocument(db, request.actor, request.params.id, request.body)),
  });

  app.get('/documents/:file', {
    config: { permission: 'inspections.view' },
    schema: {
      tags,
      summary: 'GET /documents/{id}.pdf: the issued document as PDF (404 outside the caller’s scope)',
      params: z.object({ file: z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.pdf$/i, 'must be {id}.pdf') }),
    },
    handler: async (request, reply) => {
      const { pdf, content } = await documentPdf(db, request.actor, request.params.file.slice(0, -4));
      const filename = encodeURIComponent(`${content.title}-${content.number}.pdf`);
      return reply.type('application/pdf').header('content-disposition', `inline; filename*=UTF-8''${filename}`).header('cache-control', 'private, max-age=3600').send(pdf);
    },
  });
};
