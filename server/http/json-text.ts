import type { FastifyReply } from 'fastify';

/**
 * Sends a body that is already JSON text (built by PostgreSQL for a hot list): Fastify passes a string with a
 * JSON content type through as it is, skipping the response serializer. The route's response schema still
 * documents the shape; the route's tests must check the text against it, since nothing else does.
 */
export function sendJsonText(reply: FastifyReply, json: string): FastifyReply {
  // The typed reply expects the schema's object; the text is that object, serialised.
  return reply.type('application/json; charset=utf-8').send(json as never);
}
