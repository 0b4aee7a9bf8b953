import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  expertCampaignCreateSchema,
  expertCampaignListQuerySchema,
  expertCampaignSchema,
  expertCampaignSummarySchema,
  expertReportBodySchema,
  expertReportSchema,
  expertUserSchema,
  findingHazardBodySchema,
  findingMeasureBodySchema,
} from '../../core/inspections/expert-assessment.ts';
import { pageQuerySchema, pageSchema } from '../../core/shared/pagination.ts';
import { text } from '../../core/shared/text.ts';
import type { Db } from '../db/database.ts';
import { createCampaign, getCampaign, listCampaigns, listExperts } from './expert-campaign.service.ts';
import { findingToControlMeasure, findingToHazard } from './expert-finding.service.ts';
import { getReport, submitReport } from './expert-report.service.ts';

const idParams = z.object({ id: z.uuid() });
const tags = ['inspections'];

export const expertCampaignRoutes = (db: Db): FastifyPluginAsyncZod => async (app) => {
  app.get('/expert-campaigns', {
    config: { permission: 'expertCampaigns.view' },
    schema: {
      tags,
      summary: 'Expert assessment campaigns for key industries, newest first (an expert: those with an assignment of theirs)',
      querystring: expertCampaignListQuerySchema.extend(pageQuerySchema.shape),
      response: { 200: pageSchema(expertCampaignSummarySchema) },
    },
    handler: (request) => listCampaigns(db, request.actor, request.query),
  });

  app.post('/expert-campaigns', {
    config: { permission: 'expertCampaigns.create' },
    schema: {
      tags,
      summary: 'Create a campaign: dates, an optional checklist, experts assigned to enterprises of one key industry',
      body: expertCampaignCreateSchema,
      response: { 201: expertCampaignSchema },
    },
    handler: async (request, reply) => reply.code(201).send(await createCampaign(db, request.actor, request.body)),
  });

  app.get('/expert-campaigns/:id', {
    config: { permission: 'expertCampaigns.view' },
    schema: { tags, summary: 'One campaign with its assignments and scores', params: idParams, response: { 200: expertCampaignSchema } },
    handler: (request) => getCampaign(db, request.actor, request.params.id),
  });

  app.get('/experts', {
    config: { permission: 'expertCampaigns.create' },
    schema: {
      tags,
      summary: 'Active expert accounts a campaign may assign, by name',
      querystring: z.object({ q: text({ trim: true }).min(1).max(50).optional() }).extend(pageQuerySchema.shape),
      response: { 200: pageSchema(expertUserSchema) },
    },
    handler: (request) => listExperts(db, request.query),
  });

  app.post('/expert-assignments/:id/report', {
    config: { permission: 'expertCampaigns.report' },
    schema: {
      tags,
      summary: 'The assigned expert’s scored findings and conclusion for one enterprise, once',
      params: idParams,
      body: expertReportBodySchema,
      response: { 201: expertReportSchema },
    },
    handler: async (request, reply) => reply.code(201).send(await submitReport(db, request.actor, request.params.id, request.body)),
  });

  app.get('/expert-assignments/:id/report', {
    config: { permission: 'inspections.view' },
    schema: {
      tags,
      summary: 'The report of one enterprise in a campaign, with the checklist items that apply to it',
      params: idParams,
      response: { 200: expertReportSchema },
    },
    handler: (request) => getReport(db, request.actor, request.params.id),
  });

  app.post('/expert-findings/:id/hazard', {
    config: { permission: 'expertCampaigns.convert' },
    schema: {
      tags,
      summary: 'Turn a finding that is not compliant into a hazard of the enterprise (the campaign’s department, once)',
      params: idParams,
      body: findingHazardBodySchema,
      response: { 201: expertReportSchema },
    },
    handler: async (request, reply) => reply.code(201).send(await findingToHazard(db, request.actor, request.params.id, request.body)),
  });

  app.post('/expert-findings/:id/control-measure', {
    config: { permission: 'expertCampaigns.convert' },
    schema: {
      tags,
      summary: 'Turn a finding into a control measure on one of the enterprise’s risk points (the campaign’s department, once)',
      params: idParams,
      body: findingMeasureBodySchema,
      response: { 201: expertReportSchema },
    },
    handler: async (request, reply) => reply.code(201).send(await findingToControlMeasure(db, request.actor, request.params.id, request.body)),
  });
};
