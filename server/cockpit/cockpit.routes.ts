import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { cockpitQuerySchema, cockpitSchema } from '../../core/cockpit/cockpit.schema.ts';
import type { Db } from '../db/database.ts';
import { registerCockpitPanels } from './cockpit-panels.ts';
import { cockpit } from './cockpit.service.ts';

export const cockpitRoutes = (db: Db): FastifyPluginAsyncZod => async (app) => {
  registerCockpitPanels();
  app.get('/cockpit', {
    config: { permission: 'cockpit.view' },
    schema: {
      tags: ['cockpit'],
      summary: 'The leaders’ cockpit: a panel per domain that exists (KPIs year on year, map indicators, monthly trends, recent items)',
      querystring: cockpitQuerySchema,
      response: { 200: cockpitSchema },
    },
    handler: (request) => cockpit(db, request.actor, request.query.regionCode),
  });
};
