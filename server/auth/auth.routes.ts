import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { loginLockListSchema, loginUnlockResultSchema, loginUnlockSchema } from '../../core/auth/login-lock.schema.ts';
import { DEFAULT_LOGIN_THROTTLE, type LoginThrottlePolicy } from '../../core/auth/login-throttle.ts';
import { loginSchema, passwordChangeSchema, sessionSchema, userSchema } from '../../core/organisations/user.schema.ts';
import type { Db } from '../db/database.ts';
import { auditActorOf } from './actor.ts';
import { SESSION_COOKIE, tokenOf } from './authenticate.ts';
import { login, logout } from './auth.service.ts';
import { changeOwnPassword, listOwnSessions, requireToken, revokeOwnSession } from './account-session.service.ts';
import { listLoginLocks, unlockLogin } from './login-lock.service.ts';

const sessionUserSchema = userSchema.pick({ id: true, username: true, displayName: true, role: true, departmentId: true, enterpriseId: true, mustChangePassword: true });

export const authRoutes = (db: Db, throttle: LoginThrottlePolicy = DEFAULT_LOGIN_THROTTLE): FastifyPluginAsyncZod => async (app) => {
  app.post('/auth/login', {
    config: { public: true },
    schema: {
      tags: ['auth'],
      summary: 'Sign in; returns a bearer token and sets an httpOnly session cookie',
      description:
        'Throttled per account, per account and address, and per address (429 with Retry-After; ANQUAN_LOGIN_THROTTLE). An address the account has signed in from before is spared the account and address limits.',
      body: loginSchema,
      response: { 200: z.object({ token: z.string(), expiresAt: z.string(), user: sessionUserSchema }) },
    },
    handler: async (request, reply) => {
      const result = await login(db, throttle, request.body, request.ip, request.headers['user-agent']);
      reply.setCookie(SESSION_COOKIE, result.token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: request.protocol === 'https',
        expires: result.expiresAt,
      });
      return { token: result.token, expiresAt: result.expiresAt.toISOString(), user: result.user };
    },
  });

  app.post('/auth/logout', {
    config: { public: true },
    schema: { tags: ['auth'], summary: 'End the session of the presented token or cookie' },
    handler: async (request, reply) => {
      const token = tokenOf(request);
      if (token) await logout(db, token);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send();
    },
  });

  app.get('/auth/me', {
    config: { permission: 'app.use', beforePasswordChange: true },
    schema: {
      tags: ['auth'],
      summary: 'The signed-in user; mustChangePassword says a temporary password must be changed before anything else',
      response: { 200: z.object({ user: sessionUserSchema }) },
    },
    handler: async (request) => {
      const a = request.actor;
      return {
        user: {
          id: a.userId,
          username: a.username,
          displayName: a.displayName,
          role: a.role,
          departmentId: a.departmentId,
          enterpriseId: a.enterpriseId,
          mustChangePassword: a.mustChangePassword ?? false,
        },
      };
    },
  });

  app.post('/auth/password', {
    config: { permission: 'app.use', beforePasswordChange: true },
    schema: {
      tags: ['auth'],
      summary: 'Change one\'s own password (the current one required; the password policy applies); ends one\'s other sessions (audited)',
      body: passwordChangeSchema,
    },
    handler: async (request, reply) => {
      await changeOwnPassword(db, request.actor, requireToken(tokenOf(request)), request.body);
      return reply.code(204).send();
    },
  });

  app.get('/auth/sessions', {
    config: { permission: 'app.use' },
    schema: { tags: ['auth'], summary: 'One\'s own sessions, newest first; `current` marks this one', response: { 200: z.object({ items: z.array(sessionSchema) }) } },
    handler: (request) => listOwnSessions(db, request.actor, requireToken(tokenOf(request))),
  });

  app.delete('/auth/sessions/:id', {
    config: { permission: 'app.use' },
    schema: { tags: ['auth'], summary: 'End one of one\'s own sessions (audited)', params: z.object({ id: z.uuid() }) },
    handler: async (request, reply) => {
      await revokeOwnSession(db, request.actor, request.params.id);
      return reply.code(204).send();
    },
  });

  app.get('/auth/locks', {
    config: { permission: 'admin.loginLocks' },
    schema: { tags: ['auth'], summary: 'Sign-in locks that hold now: accounts, addresses, accounts from an address', response: { 200: loginLockListSchema } },
    handler: async () => ({ items: await listLoginLocks(db, throttle) }),
  });

  app.post('/auth/locks/unlock', {
    config: { permission: 'admin.loginLocks' },
    schema: {
      tags: ['auth'],
      summary: 'Lift the sign-in locks of an account, an address, or an account from an address (audited)',
      body: loginUnlockSchema,
      response: { 200: loginUnlockResultSchema },
    },
    handler: (request) => unlockLogin(db, auditActorOf(request.actor), request.body),
  });
};
