import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { accidentStatisticsQuerySchema, accidentStatisticsSchema } from '../../core/accidents/accident-statistics.schema.ts';
import type { Db } from '../db/database.ts';
import { referenceData } from '../organisations/reference-data.ts';
import { accidentStatisticsXlsx, XLSX_TYPE } from './accident-export.ts';
import { denominatorRowSchema, denominatorSchema, listDenominators, putDenominator } from './accident-denominators.service.ts';
import { accidentStatistics } from './accident-statistics.service.ts';

export const accidentStatisticsRoutes = (db: Db): FastifyPluginAsyncZod => async (app) => {
  app.get('/statistics/accidents', {
    config: { permission: 'accidents.view' },
    schema: {
      tags: ['accidents'],
      summary: 'Accidents, deaths, serious injuries and direct loss by region, industry, grade, category or month, year on year, with rates',
      querystring: accidentStatisticsQuerySchema,
      response: { 200: accidentStatisticsSchema },
    },
    handler: (request) => accidentStatistics(db, request.actor, request.query),
  });

  app.get('/statistics/accidents.xlsx', {
    config: { permission: 'accidents.view' },
    schema: { tags: ['accidents'], summary: 'The same statistics table as .xlsx', querystring: accidentStatisticsQuerySchema },
    handler: async (request, reply) => {
      const s = await accidentStatistics(db, request.actor, request.query);
      const ref = referenceData();
      const labelOf = (key: string) => (s.groupBy === 'region' ? (ref.region(key)?.name ?? key) : s.groupBy === 'industry' ? (ref.industry(key)?.row.name ?? key) : key);
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(`事故统计-${s.groupBy}-${s.from}-${s.to}.xlsx`)}`)
        .send(await accidentStatisticsXlsx(s, labelOf));
    },
  });

  app.get('/statistics/accident-denominators', {
    config: { permission: 'accidents.view' },
    schema: { tags: ['accidents'], summary: 'Configured GDP and workforce per region and year (denominators of the rates)', response: { 200: z.object({ items: z.array(denominatorRowSchema) }) } },
    handler: async () => ({ items: await listDenominators(db) }),
  });

  app.put('/statistics/accident-denominators', {
    config: { permission: 'accidents.denominators' },
    schema: { tags: ['accidents'], summary: 'Set GDP (yuan) and workers of a region and year (audited, with the values before)', body: denominatorSchema, response: { 200: denominatorSchema } },
    handler: (request) => putDenominator(db, request.actor, request.body),
  });
};
