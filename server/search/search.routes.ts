import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { searchQuerySchema, searchResultSchema } from '../../core/search/search.schema.ts';
import type { Db } from '../db/database.ts';
import { search } from './search.service.ts';

export const searchRoutes = (db: Db): FastifyPluginAsyncZod => async (app) => {
  app.get('/search', {
    config: { permission: 'app.use' },
    schema: {
      tags: ['search'],
      summary: 'The header’s search: enterprises (name, credit code), hazards (title, id), inspections, accidents, documents (number) in the caller’s scope, grouped',
      querystring: searchQuerySchema,
      response: { 200: searchResultSchema },
    },
    handler: (request) => search(db, request.actor, request.query.q),
  });
};
