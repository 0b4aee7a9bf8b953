import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { text } from '../../core/shared/text.ts';
import { districtMapReportSchema } from '../../core/organisations/district-map-check.ts';
import { auditActorOf } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';
import { currentMapJson, mapStatus, removeUploadedMap, uploadMap } from './district-map.service.ts';

const mapStatusSchema = z.object({
  cityCode: z.string(),
  cityName: z.string(),
  source: z.enum(['uploaded', 'shipped', 'none']).describe('the map served: uploaded by an administrator, shipped with the platform, or none'),
  fileName: z.string().nullable(),
  uploadedAt: z.date().nullable(),
  uploadedBy: z.string().nullable(),
  report: districtMapReportSchema.nullable(),
});

/** A district map file may be large (a detailed city is a few MB); everything else keeps the 1 MB limit. */
const MAP_BODY_LIMIT = 20 * 1024 * 1024;

export const districtMapRoutes = (db: Db): FastifyPluginAsyncZod => async (app) => {
  // GeoJSON's own media type (RFC 7946 §12) is read as JSON.
  app.addContentTypeParser('application/geo+json', { parseAs: 'string' }, app.getDefaultJsonParser('error', 'error'));

  app.get('/regions/map', {
    config: { permission: 'app.use' },
    schema: {
      tags: ['organisations'],
      summary: 'District boundaries of the city as a GeoJSON FeatureCollection (properties.adcode = district code); current districts only, possibly none',
    },
    handler: async (_request, reply) => {
      // Not cached by the browser: an administrator may replace the map.
      reply.header('cache-control', 'private, no-cache').type('application/geo+json; charset=utf-8');
      return reply.send(await currentMapJson(db));
    },
  });

  app.get('/regions/map/report', {
    config: { permission: 'admin.cityMap' },
    schema: { tags: ['organisations'], summary: 'Which map is served and its check against the districts (missing, extra, unusable features)', response: { 200: mapStatusSchema } },
    handler: () => mapStatus(db),
  });

  app.put('/regions/map', {
    config: { permission: 'admin.cityMap' },
    bodyLimit: MAP_BODY_LIMIT,
    schema: {
      tags: ['organisations'],
      summary: 'Upload the district map (GeoJSON FeatureCollection, adcode per feature). Refused (400) when it draws no district; a partial map is stored and its report names what is missing',
      querystring: z.object({ fileName: text().max(200).optional() }),
      body: z.unknown().describe('a GeoJSON FeatureCollection (RFC 7946) of the city’s districts'),
      response: { 200: mapStatusSchema },
    },
    handler: (request) => uploadMap(db, auditActorOf(request.actor), request.body, request.query.fileName ?? null),
  });

  app.delete('/regions/map', {
    config: { permission: 'admin.cityMap' },
    schema: { tags: ['organisations'], summary: 'Remove the uploaded map: the shipped one (if any) is served again', response: { 200: mapStatusSchema } },
    handler: (request) => removeUploadedMap(db, auditActorOf(request.actor)),
  });
};
