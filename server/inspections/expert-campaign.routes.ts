import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { expertCampaignCreateSchema, expertReportBodySchema } from '../../core/inspections/expert-assessment.ts';
import { pageQuerySchema, pageSchema } from '../../core/shared/pagination.ts';
import type { Db } from '../db/database.ts';
import { campaignSchema, createCampaign, getCampaign, getReport, listCampaigns, reportSchema, submitReport } from './expert-campaign.service.ts';

const idParams = z.object({ id: z.uuid() });
const tags = ['inspections'];
const listedCampaign = campaignSchema.omit({ assignments: true });

export const expertCampaignRoutes = (db: Db): FastifyPluginAsyncZod => async (app) => {
  app.get('/expert-campaigns', {
    config: { permission: 'expertCampaigns.view' },
    schema: { tags, summary: 'Expert assessment campaigns for key industries', querystring: pageQuerySchema, response: { 200: pageSchema(listedCampaign) } },
    handler: (request) => listCampaigns(db, request.actor, request.query),
  });

  app.post('/expert-campaigns', {
    config: { permission: 'expertCampaigns.create' },
    schema: { tags, summary: 'Create a campaign: experts assigned to enterprises of one key industry', body: expertCampaignCreateSchema, response: { 201: campaignSchema } },
    handler: async (request, reply) => reply.code(201).send(await createCampaign(db, request.actor, request.body)),
  });

  app.get('/expert-campaigns/:id', {
    config: { permission: 'expertCampaigns.view' },
    schema: { tags, summary: 'One campaign with its assignments and scores', params: idParams, response: { 200: campaignSchema } },
    handler: (request) => getCampaign(db, request.actor, request.params.id),
  });

  app.post('/expert-assignments/:id/report', {
    config: { permission: 'expertCampaigns.report' },
    schema: { tags, summary: 'The assigned expert’s scored findings and conclusion for one enterprise', params: idParams, body: expertReportBodySchema, response: { 201: reportSchema } },
    handler: async (request, reply) => reply.code(201).send(await submitReport(db, request.actor, request.params.id, request.body)),
  });

  app.get('/expert-assignments/:id/report', {
    config: { permission: 'inspections.view' },
    schema: { tags, summary: 'The report of one enterprise in a campaign', params: idParams, response: { 200: reportSchema } },
    handler: (request) => getReport(db, request.actor, request.params.id),
  });
};
