import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { accidentSchema } from '../../core/accidents/accident.schema.ts';
import { hazardSchema } from '../../core/hazards/hazard-view.schema.ts';
import { inspectionSchema } from '../../core/inspections/inspection.schema.ts';
import { alarmSchema } from '../../core/monitoring/alarm.schema.ts';
import { enterpriseSchema } from '../../core/organisations/enterprise.schema.ts';
import { changePageSchema, changesQuerySchema, type FeedDomain } from '../../core/partners/partner.schema.ts';
import type { Db } from '../db/database.ts';
import { feedScope } from './partner-auth.ts';
import { readChanges } from './feed.service.ts';

const records: Record<FeedDomain, z.ZodType> = {
  enterprises: enterpriseSchema,
  hazards: hazardSchema,
  alarms: alarmSchema,
  inspections: inspectionSchema,
  accidents: accidentSchema,
};

const description =
  'Changes in commit-safe order (docs/adr, change feeds): start without a cursor, then pass each nextCursor back. ' +
  'A change appears once, after every transaction that began writing before it has ended, so a sync that follows ' +
  'nextCursor misses nothing and repeats nothing while writes go on. `record` is the record as its own endpoint ' +
  'shows it at read time (null for a delete). Admins, and partner clients (secret as the bearer token) within their ' +
  'feeds, districts and industries; a cursor this feed did not issue is a 400.';

export const feedRoutes = (db: Db): FastifyPluginAsyncZod => async (app) => {
  for (const domain of Object.keys(records) as FeedDomain[]) {
    app.get(`/${domain}/changes`, {
      config: { permission: 'feeds.read', partner: true },
      schema: {
        tags: ['partners'],
        summary: `Change feed of ${domain}`,
        description,
        querystring: changesQuerySchema,
        response: { 200: changePageSchema(records[domain]) },
      },
      handler: async (request) => {
        const page = await readChanges(db, feedScope(request, domain), domain, request.query);
        request.partnerItems = page.items.length;
        return page;
      },
    });
  }
};
