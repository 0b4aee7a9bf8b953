import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createdDeviceKeySchema, deviceKeyCreateSchema, deviceKeySchema } from '../../../core/monitoring/device-key.schema.ts';
import { pageQuerySchema, pageSchema } from '../../../core/shared/pagination.ts';
import type { Db } from '../../db/database.ts';
import { createDeviceKey, getDeviceKey, listDeviceKeys, revokeDeviceKey } from './device-key.service.ts';

const idParams = z.object({ id: z.uuid() });

/** Device keys of enterprises (HTTP bearer of POST /telemetry, MQTT password), with per-key ingestion counters. */
export const deviceKeyRoutes = (db: Db): FastifyPluginAsyncZod => async (app) => {
  app.post('/device-keys', {
    config: { permission: 'deviceKeys.manage' },
    schema: { tags: ['monitoring'], summary: 'A device key for an enterprise; the key is returned once and stored hashed', body: deviceKeyCreateSchema, response: { 201: createdDeviceKeySchema } },
    handler: async (request, reply) => reply.code(201).send(await createDeviceKey(db, request.actor, request.body)),
  });

  app.get('/device-keys', {
    config: { permission: 'deviceKeys.manage' },
    schema: {
      tags: ['monitoring'],
      summary: 'Device keys in scope (never the keys) with accepted, duplicate and rejected counts by reason',
      querystring: pageQuerySchema.extend({ enterpriseId: z.uuid().optional() }),
      response: { 200: pageSchema(deviceKeySchema) },
    },
    handler: (request) => listDeviceKeys(db, request.actor, request.query),
  });

  app.get('/device-keys/:id', {
    config: { permission: 'deviceKeys.manage' },
    schema: { tags: ['monitoring'], summary: 'One device key with its counters', params: idParams, response: { 200: deviceKeySchema } },
    handler: (request) => getDeviceKey(db, request.actor, request.params.id),
  });

  app.post('/device-keys/:id/revoke', {
    config: { permission: 'deviceKeys.manage' },
    schema: { tags: ['monitoring'], summary: 'Revoke a device key: its devices are refused from now on', params: idParams, response: { 200: deviceKeySchema } },
    handler: (request) => revokeDeviceKey(db, request.actor, request.params.id),
  });

  app.delete('/device-keys/:id', {
    config: { permission: 'deviceKeys.manage' },
    schema: { tags: ['monitoring'], summary: 'Same as POST …/revoke (the key is kept, revoked, for its counters and audit trail)', params: idParams },
    handler: async (request, reply) => {
      await revokeDeviceKey(db, request.actor, request.params.id);
      return reply.code(204).send();
    },
  });
};
