import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { readingsBucketSchema } from '../../../core/monitoring/reading-validation.ts';
import type { Db } from '../../db/database.ts';
import { sendJsonText } from '../../http/json-text.ts';
import { sensorReadingsJson } from './readings.service.ts';

const readingsQuery = z.object({
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
  bucket: readingsBucketSchema.default('raw'),
});

const item = z.union([
  z.object({ ts: z.string(), min: z.number(), max: z.number(), avg: z.number(), count: z.number().int() }),
  z.object({ ts: z.string(), value: z.number() }),
]);

export const readingsRoutes = (db: Db): FastifyPluginAsyncZod => async (app) => {
  app.get('/sensors/:id/readings', {
    config: { permission: 'monitoring.view' },
    schema: {
      tags: ['monitoring'],
      summary: 'A sensor’s readings in [from, to): raw {ts, value} or 1-minute / 1-hour buckets {ts, min, max, avg, count}',
      params: z.object({ id: z.uuid() }),
      querystring: readingsQuery,
      response: { 200: z.object({ items: z.array(item) }) },
    },
    handler: async (request, reply) => sendJsonText(reply, await sensorReadingsJson(db, request.actor, request.params.id, request.query)),
  });
};
