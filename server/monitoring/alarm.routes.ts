import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { acknowledgeBodySchema, alarmListQuerySchema } from '../../core/monitoring/alarm-api.schema.ts';
import { alarmDetailSchema, alarmSchema } from '../../core/monitoring/alarm.schema.ts';
import { pageQuerySchema, pageSchema } from '../../core/shared/pagination.ts';
import type { Db } from '../db/database.ts';
import type { EventBus } from '../events/event-bus.ts';
import { acknowledgeAlarm, getAlarm, searchAlarms } from './alarm.service.ts';

const idParams = z.object({ id: z.uuid() });

export const alarmRoutes = (db: Db, events: EventBus): FastifyPluginAsyncZod => async (app) => {
  app.get('/alarms', {
    config: { permission: 'monitoring.view' },
    schema: { tags: ['monitoring'], summary: 'Alarms in the caller’s scope, newest first', querystring: alarmListQuerySchema.extend(pageQuerySchema.shape), response: { 200: pageSchema(alarmSchema) } },
    handler: (request) => searchAlarms(db, request.actor, request.query),
  });

  app.get('/alarms/:id', {
    config: { permission: 'monitoring.view' },
    schema: { tags: ['monitoring'], summary: 'One alarm with its timeline', params: idParams, response: { 200: alarmDetailSchema } },
    handler: (request) => getAlarm(db, request.actor, request.params.id),
  });

  app.post('/alarms/:id/acknowledge', {
    config: { permission: 'alarms.acknowledge' },
    schema: { tags: ['monitoring'], summary: 'Acknowledge an alarm (note optional); 409 when already acknowledged', params: idParams, body: acknowledgeBodySchema, response: { 200: alarmDetailSchema } },
    handler: (request) => acknowledgeAlarm(db, events, request.actor, request.params.id, request.body?.note),
  });
};
