import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { MAX_READINGS_PER_REQUEST } from '../../../core/monitoring/reading-validation.ts';
import { telemetryBodySchema, telemetryResultSchema } from '../../../core/monitoring/device-key.schema.ts';
import type { Db } from '../../db/database.ts';
import { AppError } from '../../http/errors.ts';
import { authenticateDevice, type AuthenticatedDevice } from '../device-keys/device-key-auth.ts';
import type { IngestPipeline } from './ingest-pipeline.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Authenticated by a device key (bearer) instead of a user session (server/monitoring/device-keys). */
    device?: boolean;
  }
  interface FastifyRequest {
    device?: AuthenticatedDevice;
  }
}

/** 10,000 readings of ~60 bytes are ~0.6 MB; long codes and ISO timestamps with offsets stay well below this. */
export const TELEMETRY_BODY_LIMIT = 4 * 1024 * 1024;

/**
 * POST /api/v1/telemetry — a device's batch of readings. Answered only after the accepted readings are committed
 * (an acknowledged reading is durable); duplicates are counted, never stored twice.
 */
export const telemetryRoutes = (db: Db, ingest: IngestPipeline): FastifyPluginAsyncZod => async (app) => {
  app.addHook('onClose', async () => ingest.drain());

  app.post('/telemetry', {
    config: { device: true },
    bodyLimit: TELEMETRY_BODY_LIMIT,
    // Before the body is read: an unknown key learns nothing and costs no parsing.
    onRequest: async (request) => {
      const header = request.headers.authorization;
      const key = header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
      const device = await authenticateDevice(db, key);
      if (!device) throw new AppError('UNAUTHENTICATED', 'Send a valid, unrevoked device key as the bearer token');
      request.device = device;
    },
    schema: {
      tags: ['monitoring'],
      summary: `Readings from a device (device key as bearer), at most ${MAX_READINGS_PER_REQUEST} a request`,
      body: telemetryBodySchema,
      response: { 200: telemetryResultSchema },
    },
    handler: async (request) => {
      const device = request.device!;
      const { readings } = request.body;
      if (readings.length > MAX_READINGS_PER_REQUEST) {
        throw new AppError('PAYLOAD_TOO_LARGE', `At most ${MAX_READINGS_PER_REQUEST} readings a request; this one has ${readings.length}. Split it into several requests.`);
      }
      const tokens = ingest.takeTokens(device, Math.max(1, readings.length));
      if (!tokens.ok) {
        await ingest.countRejected(device, 'rate_limited', readings.length);
        throw new AppError('RATE_LIMITED', `This device key sends more readings than its rate allows; retry in ${tokens.retryAfterMs} ms`, undefined, tokens.retryAfterMs / 1000);
      }
      return ingest.ingest(device, readings as never);
    },
  });
};
