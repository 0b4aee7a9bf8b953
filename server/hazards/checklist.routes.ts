import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { checklistCreateSchema, checklistListQuerySchema, checklistRefSchema, checklistSchema } from '../../core/hazards/checklist-api.schema.ts';
import { pageQuerySchema, pageSchema } from '../../core/shared/pagination.ts';
import type { Db } from '../db/database.ts';
import { retireChecklistById, updateChecklist } from './checklist-change.service.ts';
import { createChecklist, getChecklist, searchChecklists } from './checklist.service.ts';

const params = z.object({ id: checklistRefSchema });

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
      params,
      response: { 200: checklistSchema },
    },
    handler: (request) => getChecklist(db, request.actor, request.params.id),
  });

  app.post('/checklists', {
    config: { permission: 'checklists.write' },
    schema: { tags: ['hazards'], summary: 'Write a custom checklist', body: checklistCreateSchema, response: { 201: checklistSchema } },
    handler: async (request, reply) => reply.code(201).send(await createChecklist(db, request.actor, request.body)),
  });

  app.put('/checklists/:id', {
    config: { permission: 'checklists.write' },
    schema: {
      tags: ['hazards'],
      summary: 'Rewrite a custom checklist of one’s own (name, industries, items) while no plan or campaign uses it (409 otherwise)',
      params,
      body: checklistCreateSchema,
      response: { 200: checklistSchema },
    },
    handler: (request) => updateChecklist(db, request.actor, request.params.id, request.body),
  });

  app.post('/checklists/:id/retire', {
    config: { permission: 'checklists.write' },
    schema: {
      tags: ['hazards'],
      summary: 'Retire a custom checklist of one’s own: no longer offered for new plans and campaigns; those using it go on',
      params,
      response: { 200: checklistSchema },
    },
    handler: (request) => retireChecklistById(db, request.actor, request.params.id),
  });
};
