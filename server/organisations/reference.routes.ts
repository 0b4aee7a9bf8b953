import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
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

export const referenceRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/regions', {
    config: { permission: 'app.use' },
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
    config: { permission: 'app.use' },
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
