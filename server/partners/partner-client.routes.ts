import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { partnerAccessSchema, partnerClientCreateSchema, partnerClientSchema, partnerClientUpdateSchema } from '../../core/partners/partner.schema.ts';
import { pageQuerySchema, pageSchema } from '../../core/shared/pagination.ts';
import type { Db } from '../db/database.ts';
import { issuePartnerClient, listPartnerAccess, listPartnerClients, revokePartnerClient, rotatePartnerSecret, updatePartnerClient } from './partner-client.service.ts';

const idParams = z.object({ id: z.uuid() });

export const partnerClientRoutes = (db: Db): FastifyPluginAsyncZod => async (app) => {
  app.get('/partner-clients', {
    config: { permission: 'admin.partners' },
    schema: { tags: ['partners'], summary: 'Partner clients (other departments, the provincial platform): active first, newest first', querystring: pageQuerySchema, response: { 200: pageSchema(partnerClientSchema) } },
    handler: (request) => listPartnerClients(db, request.query),
  });

  app.post('/partner-clients', {
    config: { permission: 'admin.partners' },
    schema: {
      tags: ['partners'],
      summary: 'Issue read-only credentials for a partner; the secret is returned once',
      description: 'The partner sends the secret as `Authorization: Bearer <secret>` to the change feeds it was given.',
      body: partnerClientCreateSchema,
      response: { 201: partnerClientSchema },
    },
    handler: async (request, reply) => reply.code(201).send(await issuePartnerClient(db, request.actor, request.body)),
  });

  app.patch('/partner-clients/:id', {
    config: { permission: 'admin.partners' },
    schema: { tags: ['partners'], summary: 'Change an active client’s name, feeds, districts, industries or rate (its secret stays)', params: idParams, body: partnerClientUpdateSchema, response: { 200: partnerClientSchema } },
    handler: (request) => updatePartnerClient(db, request.actor, request.params.id, request.body),
  });

  app.post('/partner-clients/:id/rotate', {
    config: { permission: 'admin.partners' },
    schema: { tags: ['partners'], summary: 'Replace the secret (the old one stops at once); the new one is returned once', params: idParams, response: { 200: partnerClientSchema } },
    handler: (request) => rotatePartnerSecret(db, request.actor, request.params.id),
  });

  app.post('/partner-clients/:id/revoke', {
    config: { permission: 'admin.partners' },
    schema: { tags: ['partners'], summary: 'Revoke a partner client for good', params: idParams, response: { 200: partnerClientSchema } },
    handler: (request) => revokePartnerClient(db, request.actor, request.params.id),
  });

  app.get('/partner-clients/:id/access', {
    config: { permission: 'admin.partners' },
    schema: {
      tags: ['partners'],
      summary: 'The calls of a partner client (its access log, refusals included), newest first',
      params: idParams,
      querystring: pageQuerySchema,
      response: { 200: pageSchema(partnerAccessSchema) },
    },
    handler: (request) => listPartnerAccess(db, request.params.id, request.query),
  });
};
