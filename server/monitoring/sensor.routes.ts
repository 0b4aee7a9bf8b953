import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sensorListQuerySchema, sensorPatchSchema, silenceCreateSchema, silenceSchema } from '../../core/monitoring/sensor-api.schema.ts';
import { sensorCreateSchema, sensorSchema } from '../../core/monitoring/sensor.schema.ts';
import { SENSOR_TEMPLATES, sensorTemplateSchema } from '../../core/monitoring/templates/index.ts';
import { pageQuerySchema, pageSchema } from '../../core/shared/pagination.ts';
import type { Db } from '../db/database.ts';
import type { EventBus } from '../events/event-bus.ts';
import type { AlarmEvaluator } from './alarm-evaluator.ts';
import { cancelSilence, listSilences, silenceSensor } from './sensor-silence.service.ts';
import { createSensor, deactivateSensor, getSensor, searchSensors, updateSensor } from './sensor.service.ts';

const idParams = z.object({ id: z.uuid() });
const silenceParams = z.object({ id: z.uuid(), silenceId: z.uuid() });

export const sensorRoutes = (db: Db, evaluator: AlarmEvaluator, events: EventBus): FastifyPluginAsyncZod => async (app) => {
  app.get('/sensor-templates', {
    config: { permission: 'monitoring.view' },
    schema: { tags: ['monitoring'], summary: 'Alarm rule templates from the regulations (煤矿安全规程, GB/T 50493 …), each citing its source', response: { 200: z.object({ items: z.array(sensorTemplateSchema) }) } },
    handler: async () => ({ items: [...SENSOR_TEMPLATES] }),
  });

  app.get('/sensors', {
    config: { permission: 'monitoring.view' },
    schema: { tags: ['monitoring'], summary: 'Sensors in the caller’s scope', querystring: sensorListQuerySchema.extend(pageQuerySchema.shape), response: { 200: pageSchema(sensorSchema) } },
    handler: (request) => searchSensors(db, request.actor, request.query),
  });

  app.post('/sensors', {
    config: { permission: 'sensors.manage' },
    schema: { tags: ['monitoring'], summary: 'Register a sensor with a template or explicit rules (409 on a duplicate code)', body: sensorCreateSchema, response: { 201: sensorSchema } },
    handler: async (request, reply) => reply.code(201).send(await createSensor(db, request.actor, request.body)),
  });

  app.get('/sensors/:id', {
    config: { permission: 'monitoring.view' },
    schema: { tags: ['monitoring'], summary: 'One sensor', params: idParams, response: { 200: sensorSchema } },
    handler: (request) => getSensor(db, request.actor, request.params.id),
  });

  app.patch('/sensors/:id', {
    config: { permission: 'sensors.manage' },
    schema: { tags: ['monitoring'], summary: 'Change a sensor’s name, location, rules or hazard bridge', params: idParams, body: sensorPatchSchema, response: { 200: sensorSchema } },
    handler: (request) => updateSensor(db, request.actor, request.params.id, request.body, evaluator),
  });

  app.delete('/sensors/:id', {
    config: { permission: 'sensors.manage' },
    schema: {
      tags: ['monitoring'],
      summary: 'Deactivate a sensor: it leaves the lists and the ingest, its code is freed, its readings and alarms are kept (alarms still open are cleared)',
      params: idParams,
    },
    handler: async (request, reply) => {
      await deactivateSensor(db, events, request.actor, request.params.id, evaluator);
      return reply.code(204).send();
    },
  });

  app.get('/sensors/:id/silences', {
    config: { permission: 'monitoring.view' },
    schema: {
      tags: ['monitoring'],
      summary: 'A sensor’s maintenance silences, latest end first: in force, ended and cancelled',
      params: idParams,
      querystring: pageQuerySchema,
      response: { 200: pageSchema(silenceSchema) },
    },
    handler: (request) => listSilences(db, request.actor, request.params.id, request.query),
  });

  app.post('/sensors/:id/silences', {
    config: { permission: 'sensors.manage' },
    schema: {
      tags: ['monitoring'],
      summary: 'Maintenance silence: alarms are recorded and shown but not notified, escalated or turned into hazards until `until`',
      params: idParams,
      body: silenceCreateSchema,
      response: { 201: silenceSchema },
    },
    handler: async (request, reply) => reply.code(201).send(await silenceSensor(db, request.actor, request.params.id, request.body)),
  });

  app.post('/sensors/:id/silences/:silenceId/cancel', {
    config: { permission: 'sensors.manage' },
    schema: { tags: ['monitoring'], summary: 'End a silence now (409 when it has already ended or been cancelled)', params: silenceParams, response: { 200: silenceSchema } },
    handler: (request) => cancelSilence(db, request.actor, request.params.id, request.params.silenceId),
  });
};
