import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  enterpriseCreateSchema,
  enterpriseListQuerySchema,
  enterprisePatchSchema,
  enterpriseSchema,
} from '../../core/organisations/enterprise.schema.ts';
import { pageQuerySchema, pageSchema } from '../../core/shared/pagination.ts';
import type { Db } from '../db/database.ts';
import { sendJsonText } from '../http/json-text.ts';
import { createEnterprise, getEnterprise, patchEnterprise, searchEnterprises } from './enterprise.service.ts';

const idParams = z.object({ id: z.uuid() });

export const enterpriseRoutes = (db: Db): FastifyPluginAsyncZod => async (app) => {
  app.get('/enterprises', {
    config: { permission: 'enterprises.view' },
    schema: {
      tags: ['organisations'],
      summary: 'Enterprises in the caller’s scope, with search, filters and pagination',
      querystring: enterpriseListQuerySchema.extend(pageQuerySchema.shape),
      response: { 200: pageSchema(enterpriseSchema) },
    },
    // The page arrives as JSON text (enterprise.repository.ts); enterprise.api.test.ts holds it to the schema.
    handler: async (request, reply) => sendJsonText(reply, await searchEnterprises(db, request.actor, request.query)),
  });

  app.get('/enterprises/:id', {
    config: { permission: 'enterprises.view' },
    schema: { tags: ['organisations'], summary: 'One enterprise (404 outside the caller’s scope)', params: idParams, response: { 200: enterpriseSchema } },
    handler: (request) => getEnterprise(db, request.actor, request.params.id),
  });

  app.post('/enterprises', {
    config: { permission: 'enterprises.create' },
    schema: { tags: ['organisations'], summary: 'Register an enterprise', body: enterpriseCreateSchema, response: { 201: enterpriseSchema } },
    handler: async (request, reply) => reply.code(201).send(await createEnterprise(db, request.actor, request.body)),
  });

  app.patch('/enterprises/:id', {
    config: { permission: 'enterprises.edit' },
    schema: { tags: ['organisations'], summary: 'Change an enterprise’s record', params: idParams, body: enterprisePatchSchema, response: { 200: enterpriseSchema } },
    handler: (request) => patchEnterprise(db, request.actor, request.params.id, request.body),
  });
};
