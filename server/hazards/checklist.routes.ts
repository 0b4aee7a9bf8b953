import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { checklistCreateSchema, checklistListQuerySchema, checklistRefSchema, checklistSchema } from '../../core/hazards/checklist-api.schema.ts';
import { pageQuerySchema, pageSchema } from '../../core/shared/pagination.ts';
import type { Db } from '../db/database.ts';
import { createChecklist, getChecklist, searchChecklists } from './checklist.service.ts';

export const checklistRoutes = (db: Db): FastifyPluginAsyncZod => async (app) => {
  app.get('/checklists', {
    config: { permission: 'investigations.view' },
    schema: {
      tags: ['hazards'],
      summary: 'Checklists (检查表): the built-in libraries, then the custom lists the caller sees, with their items',
      querystring: checklistListQuerySchema.extend(pageQuerySchema.shape),
      response: { 200: pageSchema(checklistSchema) },
    },
    handler: (request) => searchChecklists(db, request.actor, request.query),
  });

  app.get('/checklists/:id', {
    config: { permission: 'investigations.view' },
    schema: {
      tags: ['hazards'],
      summary: 'One checklist: a built-in library id (industry-trade-2023) or a custom checklist’s id',
      params: z.object({ id: checklistRefSchema }),
      response: { 200: checklistSchema },
    },
    handler: (request) => getChecklist(db, request.actor, request.params.id),
  });

  app.post('/checklists', {
    config: { permission: 'checklists.write' },
    schema: { tags: ['hazards'], summary: 'Write a custom checklist', body: checklistCreateSchema, response: { 201: checklistSchema } },
    handler: async (request, reply) => reply.code(201).send(await createChecklist(db, request.actor, request.body)),
  });
};
