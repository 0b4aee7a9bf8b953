import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/database.ts';
import { EXPORT_LANGUAGES, languageOf } from '../exports/export-labels.ts';
import type { FileStorage } from '../storage/file-storage.ts';
import { printablePhotos, PRINTED_PHOTOS, renderHazardRecordPdf } from './hazard-record-pdf.ts';
import { getHazard } from './hazard.service.ts';

export const hazardRecordRoutes = (db: Db, storage: FileStorage): FastifyPluginAsyncZod => async (app) => {
  app.get('/hazards/:id/record.pdf', {
    config: { permission: 'hazards.view' },
    schema: {
      tags: ['hazards'],
      summary: `A hazard’s record to print (PDF): facts, rectification, plan, supervision, extensions, up to ${PRINTED_PHOTOS} photos and the lifecycle history; 404 outside the caller’s scope`,
      params: z.object({ id: z.uuid() }),
      querystring: z.object({ lang: z.enum(EXPORT_LANGUAGES).optional().describe('default: Accept-Language, else zh-CN') }),
    },
    handler: async (request, reply) => {
      const language = languageOf(request.query, request.headers['accept-language']);
      const hazard = await getHazard(db, request.actor, request.params.id);
      // The hazard is in scope, so are its photos (server/photos/photo.service.ts readPhoto).
      const keys = await db
        .selectFrom('hazard_photos as hp')
        .innerJoin('photos as p', 'p.id', 'hp.photo_id')
        .select('p.storage_key')
        .where('hp.hazard_id', '=', hazard.id)
        .orderBy('p.created_at')
        .limit(PRINTED_PHOTOS)
        .execute();
      const photos = await printablePhotos(await Promise.all(keys.map((k) => storage.get(k.storage_key))));
      const pdf = await renderHazardRecordPdf(hazard, photos, hazard.photos.length, language);
      const name = encodeURIComponent(`${language === 'en' ? 'hazard' : '隐患记录'}-${hazard.title}.pdf`);
      return reply.type('application/pdf').header('content-disposition', `inline; filename*=UTF-8''${name}`).header('cache-control', 'no-store').send(pdf);
    },
  });
};
