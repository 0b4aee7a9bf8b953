import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { photoSchema } from '../../core/hazards/hazard-view.schema.ts';
import type { Db } from '../db/database.ts';
import type { FileStorage } from '../storage/file-storage.ts';
import { MAX_PHOTO_BYTES, photoResponseHeaders, readPhoto, uploadPhoto } from './photo.service.ts';

/** Upload types: the declared type is only a hint, the service decides by content. */
const uploadTypes = ['image/jpeg', 'image/png', 'image/webp', 'application/octet-stream'];

export const photoRoutes = (db: Db, storage: FileStorage): FastifyPluginAsyncZod => async (app) => {
  app.addContentTypeParser(uploadTypes, { parseAs: 'buffer', bodyLimit: MAX_PHOTO_BYTES }, (_request, body, done) => done(null, body));

  app.post('/photos', {
    config: { permission: 'app.use' },
    bodyLimit: MAX_PHOTO_BYTES,
    schema: {
      tags: ['photos'],
      summary: 'Upload a photo: the raw JPEG, PNG or WebP bytes as the body (≤ 10 MB); stored re-encoded, without metadata (EXIF position)',
      response: { 201: photoSchema },
    },
    handler: async (request, reply) => {
      const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      return reply.code(201).send(await uploadPhoto(db, storage, request.actor, body));
    },
  });

  app.get('/photos/:id', {
    config: { permission: 'app.use' },
    schema: { tags: ['photos'], summary: 'A photo (its uploader, or anyone who sees its hazard)', params: z.object({ id: z.uuid() }) },
    handler: async (request, reply) => {
      const photo = await readPhoto(db, storage, request.actor, request.params.id);
      return reply.headers(photoResponseHeaders(request.params.id, photo.contentType)).header('cache-control', 'private, max-age=86400').send(photo.bytes);
    },
  });
};
