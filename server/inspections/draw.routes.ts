import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { drawCreateSchema, drawSchema, drawVerificationSchema, publicDrawSchema } from '../../core/inspections/inspection.schema.ts';
import { pageQuerySchema, pageSchema } from '../../core/shared/pagination.ts';
import type { Db } from '../db/database.ts';
import { publishDraw } from './draw-publication.service.ts';
import { createDraw, getDraw, getPublicDraw, listDraws, verifyStoredDraw } from './draw.service.ts';

const idParams = z.object({ id: z.uuid() });
const tags = ['inspections'];
const publicTags = ['public'];

/**
 * 双随机一公开 (docs/adr/0019, 0032): the drawing department and those above it read a draw from the start; the
 * public and every other role once it is published. Unpublished is 404 to whoever may not read it.
 */
export const drawRoutes = (db: Db): FastifyPluginAsyncZod => async (app) => {
  app.post('/inspections/draws', {
    config: { permission: 'inspections.enforce' },
    schema: { tags, summary: 'Random draw (双随机): enterprises and inspectors, reproducible from the seed; unpublished until published', body: drawCreateSchema, response: { 201: drawSchema } },
    handler: async (request, reply) => reply.code(201).send(await createDraw(db, request.actor, request.body)),
  });

  app.get('/inspections/draws', {
    config: { permission: 'inspections.view' },
    schema: { tags, summary: 'Draws the caller may read: published ones, and unpublished ones of the caller’s department or those below it; newest first', querystring: pageQuerySchema, response: { 200: pageSchema(drawSchema) } },
    handler: (request) => listDraws(db, request.actor, request.query),
  });

  app.get('/inspections/draws/:id', {
    config: { permission: 'inspections.view' },
    schema: { tags, summary: 'One draw (404 when unpublished and not the caller’s to read)', params: idParams, response: { 200: drawSchema } },
    handler: (request) => getDraw(db, request.actor, request.params.id),
  });

  app.get('/inspections/draws/:id/verify', {
    config: { permission: 'inspections.view' },
    schema: { tags, summary: 'Re-runs the draw from its seed and frozen candidate lists (as readable as the draw)', params: idParams, response: { 200: drawVerificationSchema } },
    handler: (request) => verifyStoredDraw(db, request.actor, request.params.id),
  });

  app.post('/inspections/draws/:id/publish', {
    config: { permission: 'inspections.enforce' },
    schema: { tags, summary: 'Publish the draw (一公开); the drawing department only, once (409 when already published)', params: idParams, response: { 200: drawSchema } },
    handler: (request) => publishDraw(db, request.actor, request.params.id),
  });

  app.get('/public/draws', {
    config: { public: true },
    schema: { tags: publicTags, security: [], summary: 'Published draws (一公开), latest publication first; no sign-in', querystring: pageQuerySchema, response: { 200: pageSchema(drawSchema) } },
    handler: (request) => listDraws(db, null, request.query),
  });

  app.get('/public/draws/:id', {
    config: { public: true },
    schema: { tags: publicTags, security: [], summary: 'One published draw with its results per drawn enterprise; no sign-in', params: idParams, response: { 200: publicDrawSchema } },
    handler: (request) => getPublicDraw(db, request.params.id),
  });

  app.get('/public/draws/:id/verify', {
    config: { public: true },
    schema: { tags: publicTags, security: [], summary: 'Re-runs a published draw from its seed and frozen candidate lists; no sign-in', params: idParams, response: { 200: drawVerificationSchema } },
    handler: (request) => verifyStoredDraw(db, null, request.params.id),
  });
};
