import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { coversEnterprise } from '../../core/organisations/scope.ts';
import { text } from '../../core/shared/text.ts';
import type { EventBus, PlatformEvent } from './event-bus.ts';

const HEARTBEAT_MS = 15_000;
/** At most one `reading` event per sensor per interval on one stream (the chart does not need more). */
export const READING_THROTTLE_MS = 1_000;
const MAX_SUBSCRIBED_SENSORS = 200;

const streamQuery = z.object({
  sensors: text()
    .optional()
    .transform((value) => (value ? value.split(',').map((s) => s.trim()).filter(Boolean) : []))
    .refine((ids) => ids.length <= MAX_SUBSCRIBED_SENSORS, `At most ${MAX_SUBSCRIBED_SENSORS} sensors per stream`),
  types: text()
    .optional()
    .transform((value) => (value ? value.split(',').map((s) => s.trim()).filter(Boolean) : [])),
});

/**
 * GET /api/v1/events/stream — server-sent events in the caller's scope. `sensors=id,id` subscribes to
 * throttled readings of those sensors; `types=alarm.opened,…` narrows the event types (default: all).
 * Each message is `event: <type>` with `data: <json of the whole event>`.
 */
export const eventStreamRoutes = (bus: EventBus): FastifyPluginAsyncZod => async (app) => {
  // Streams never go idle: end them when the server closes, or close() would wait for them forever.
  const open = new Set<import('node:http').ServerResponse>();
  app.addHook('onClose', async () => {
    for (const res of open) res.end();
  });

  app.get('/events/stream', {
    config: { permission: 'app.use' },
    schema: {
      tags: ['events'],
      summary: 'Live events (server-sent events): alarms, throttled readings of subscribed sensors, major hazards, accidents',
      querystring: streamQuery,
    },
    handler: (request, reply) => {
      const { scope } = request.actor;
      const sensors = new Set(request.query.sensors);
      const types = new Set(request.query.types);
      const lastReadingAt = new Map<string, number>();

      reply.hijack();
      const res = reply.raw;
      // The headers hooks set so far (security headers, server/http/security-headers.ts): hijacking skips them.
      for (const [name, value] of Object.entries(reply.getHeaders())) if (value !== undefined) res.setHeader(name, value);
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      res.socket?.setNoDelay(true);
      res.write(`retry: 3000\n: connected\n\n`);
      open.add(res);

      const visible = (event: PlatformEvent) => {
        if (types.size > 0 && !types.has(event.type)) return false;
        if (event.type === 'reading') {
          if (!event.sensorId || !sensors.has(event.sensorId)) return false;
          const now = Date.now();
          if (now - (lastReadingAt.get(event.sensorId) ?? 0) < READING_THROTTLE_MS) return false;
          lastReadingAt.set(event.sensorId, now);
        }
        return event.subject === null || coversEnterprise(scope, event.subject);
      };
      const unsubscribe = bus.subscribe((event) => {
        if (!visible(event)) return;
        res.write(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
      });
      const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), HEARTBEAT_MS);
      heartbeat.unref();
      const close = () => {
        open.delete(res);
        clearInterval(heartbeat);
        unsubscribe();
      };
      request.raw.on('close', close);
      res.on('error', close);
    },
  });
};
