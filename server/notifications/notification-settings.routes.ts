import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { deliveryStatusSchema, notificationDeliverySchema } from '../../core/notifications/notification-delivery.ts';
import { channelSchema, notificationSettingsSchema, notificationSettingsUpdateSchema, type ChannelName } from '../../core/notifications/notification-preferences.ts';
import { pageQuerySchema, pageSchema } from '../../core/shared/pagination.ts';
import type { Db } from '../db/database.ts';
import { getNotificationSettings, listDeliveries, updateNotificationSettings } from './notification-settings.service.ts';

/** Notification preferences and deliveries beyond the browser (docs/adr/0039). */
export const notificationSettingsRoutes = (db: Db, availableChannels: readonly ChannelName[]): FastifyPluginAsyncZod => async (app) => {
  app.get('/notification-preferences', {
    config: { permission: 'app.use' },
    schema: {
      tags: ['notifications'],
      summary: 'The caller’s e-mail address, phone number and, per notification kind and channel, whether it is sent there',
      response: { 200: notificationSettingsSchema },
    },
    handler: (request) => getNotificationSettings(db, request.actor, availableChannels),
  });

  app.put('/notification-preferences', {
    config: { permission: 'app.use' },
    schema: {
      tags: ['notifications'],
      summary: 'Set the caller’s contact addresses (null clears) and any preferences; what is left out stays',
      body: notificationSettingsUpdateSchema,
      response: { 200: notificationSettingsSchema },
    },
    handler: (request) => updateNotificationSettings(db, request.actor, request.body, availableChannels),
  });

  app.get('/notification-deliveries', {
    config: { permission: 'app.use' },
    schema: {
      tags: ['notifications'],
      summary: 'E-mail and SMS deliveries with their attempts, newest first: the caller’s own; an admin sees everyone’s',
      querystring: pageQuerySchema.extend({
        status: deliveryStatusSchema.optional(),
        channel: channelSchema.optional(),
        userId: z.uuid().optional().describe('admins only: one user’s deliveries'),
      }),
      response: { 200: pageSchema(notificationDeliverySchema) },
    },
    handler: (request) => listDeliveries(db, request.actor, request.query),
  });
};
