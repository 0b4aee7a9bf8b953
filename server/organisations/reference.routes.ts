import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { regionNodeSchema } from '../../core/organisations/regions.ts';
import { referenceData } from './reference-data.ts';

const industryRowSchema = z.object({
  code: z.string(),
  name: z.string(),
  level: z.number().int(),
  section: z.string(),
  parentCode: z.string().nullable(),
});

/** The city's district boundaries (GeoJSON, GCJ-02 as published; see data/SOURCE.md), read once, sent as is. */
let districtMap: string | undefined;
const districtMapJson = () => (districtMap ??= readFileSync(new URL('./data/districts-510100.geojson', import.meta.url), 'utf8'));

export const referenceRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/regions/map', {
    schema: {
      tags: ['organisations'],
      summary: 'District boundaries of the city as a GeoJSON FeatureCollection (properties.adcode = district code)',
    },
    handler: async (_request, reply) => {
      reply.header('cache-control', 'private, max-age=86400').type('application/geo+json; charset=utf-8');
      return reply.send(districtMapJson());
    },
  });


  app.get('/regions', {
    schema: {
      tags: ['organisations'],
      summary: 'The city’s districts and streets as a tree (GB/T 2260 / NBS 2023 division codes)',
      response: { 200: z.object({ items: z.array(regionNodeSchema) }) },
    },
    handler: async (_request, reply) => {
      reply.header('cache-control', 'private, max-age=3600');
      return { items: referenceData().regionTree };
    },
  });

  app.get('/industries', {
    schema: {
      tags: ['organisations'],
      summary: 'GB/T 4754-2017 industry classification (sections, divisions, groups, classes)',
      response: { 200: z.object({ items: z.array(industryRowSchema) }) },
    },
    handler: async (_request, reply) => {
      reply.header('cache-control', 'private, max-age=3600');
      return { items: referenceData().industries };
    },
  });
};
