import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { passwordResetSchema, userCreateSchema, userListItemSchema, userListQuerySchema, userSchema, userUpdateSchema } from '../../core/organisations/user.schema.ts';
import { pageSchema } from '../../core/shared/pagination.ts';
import { auditActorOf } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';
import { notFound } from '../http/errors.ts';
import { resetPassword, revokeUserSessions, setUserActive, updateUser } from './user-admin.service.ts';
import { createUser, listUsers, presentUser } from './user.service.ts';

const idParams = z.object({ id: z.uuid() });

export const userRoutes = (db: Db): FastifyPluginAsyncZod => async (app) => {
  app.get('/users', {
    config: { permission: 'admin.users' },
    schema: { tags: ['organisations'], summary: 'Accounts, filtered by role, department, enterprise, active, or part of the name', querystring: userListQuerySchema, response: { 200: pageSchema(userListItemSchema) } },
    handler: (request) => listUsers(db, request.query),
  });

  app.post('/users', {
    config: { permission: 'admin.users' },
    schema: { tags: ['organisations'], summary: 'Create an account', body: userCreateSchema, response: { 201: userSchema } },
    handler: async (request, reply) => reply.code(201).send(await createUser(db, auditActorOf(request.actor), request.body)),
  });

  app.get('/users/:id', {
    config: { permission: 'admin.users' },
    schema: { tags: ['organisations'], summary: 'An account', params: idParams, response: { 200: userSchema } },
    handler: async (request) => {
      const row = await db.selectFrom('users').selectAll().where('id', '=', request.params.id).executeTakeFirst();
      if (!row) throw notFound('User');
      return presentUser(row);
    },
  });

  app.patch('/users/:id', {
    config: { permission: 'admin.users' },
    schema: {
      tags: ['organisations'],
      summary: 'Edit an account: display name, role, department or enterprise (audited). 409 when it would leave no active administrator',
      params: idParams,
      body: userUpdateSchema,
      response: { 200: userSchema },
    },
    handler: (request) => updateUser(db, request.actor, request.params.id, request.body),
  });

  app.post('/users/:id/deactivate', {
    config: { permission: 'admin.users' },
    schema: { tags: ['organisations'], summary: 'Deactivate an account and end its sessions (audited). 409 for the last active administrator', params: idParams, response: { 200: userSchema } },
    handler: (request) => setUserActive(db, request.actor, request.params.id, false),
  });

  app.post('/users/:id/reactivate', {
    config: { permission: 'admin.users' },
    schema: { tags: ['organisations'], summary: 'Reactivate an account (audited)', params: idParams, response: { 200: userSchema } },
    handler: (request) => setUserActive(db, request.actor, request.params.id, true),
  });

  app.post('/users/:id/reset-password', {
    config: { permission: 'admin.users' },
    schema: {
      tags: ['organisations'],
      summary: 'Set a temporary password: the account\'s sessions end and it must change the password at its next sign-in (audited, the password never)',
      params: idParams,
      body: passwordResetSchema,
      response: { 200: userSchema },
    },
    handler: (request) => resetPassword(db, request.actor, request.params.id, request.body.temporaryPassword),
  });

  app.delete('/users/:id/sessions', {
    config: { permission: 'admin.users' },
    schema: { tags: ['organisations'], summary: 'End every session of an account (audited)', params: idParams, response: { 200: z.object({ ended: z.number().int() }) } },
    handler: (request) => revokeUserSessions(db, request.actor, request.params.id),
  });
};
