import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { userCreateSchema, userSchema } from '../../core/organisations/user.schema.ts';
import { pageQuerySchema, pageSchema } from '../../core/shared/pagination.ts';
import { auditActorOf } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';
import { createUser, listUsers } from './user.service.ts';

export const userRoutes = (db: Db): FastifyPluginAsyncZod => async (app) => {
  app.get('/users', {
    config: { roles: ['admin'] },
    schema: { tags: ['organisations'], summary: 'Accounts', querystring: pageQuerySchema, response: { 200: pageSchema(userSchema) } },
    handler: (request) => listUsers(db, request.query),
  });

  app.post('/users', {
    config: { roles: ['admin'] },
    schema: { tags: ['organisations'], summary: 'Create an account', body: userCreateSchema, response: { 201: userSchema } },
    handler: async (request, reply) => reply.code(201).send(await createUser(db, auditActorOf(request.actor), request.body)),
  });
};
