import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { lawChangesSchema, lawDetailSchema, lawIdSchema, lawImportBodySchema, lawImportQuerySchema, lawImportReportSchema, lawListQuerySchema, lawSchema } from '../../core/laws/law.schema.ts';
import { pageSchema } from '../../core/shared/pagination.ts';
import type { Db } from '../db/database.ts';
import { getLaw, getLawChanges, importLaws, listLaws } from './law.service.ts';

const idParams = z.object({ id: lawIdSchema });
const tags = ['laws'];
const publicTags = ['public'];

/**
 * The law library (法规库, docs/adr/0049): every signed-in user reads it (`laws.view`), the public reads the same
 * under /public/laws (法规宣传), administrators import acts (`laws.manage`).
 */
export const lawRoutes = (db: Db): FastifyPluginAsyncZod => async (app) => {
  app.get('/laws', {
    config: { permission: 'laws.view' },
    schema: { tags, summary: 'Acts of the library: search by title, 文号, article subject or text; filter by level and status', querystring: lawListQuerySchema, response: { 200: pageSchema(lawSchema) } },
    handler: (request) => listLaws(db, request.query),
  });

  app.get('/laws/:id', {
    config: { permission: 'laws.view' },
    schema: { tags, summary: 'One act with its articles (text only where imported)', params: idParams, response: { 200: lawDetailSchema } },
    handler: (request) => getLaw(db, request.params.id),
  });

  app.get('/laws/:id/changes', {
    config: { permission: 'laws.view' },
    schema: { tags, summary: 'What changed when the act was amended, article by article, and the act that replaced it', params: idParams, response: { 200: lawChangesSchema } },
    handler: (request) => getLawChanges(db, request.params.id),
  });

  app.post('/laws/import', {
    config: { permission: 'laws.manage' },
    bodyLimit: 20 * 1024 * 1024,
    schema: {
      tags,
      summary:
        'Import acts as JSON (each replaces the act of the same id whole, with its articles and amendments): every act’s result; ' +
        'dryRun=true checks and writes nothing; a file with a refused act writes nothing (400 with every problem)',
      querystring: lawImportQuerySchema,
      body: lawImportBodySchema,
      response: { 200: lawImportReportSchema, 201: lawImportReportSchema },
    },
    handler: async (request, reply) => {
      const report = await importLaws(db, request.actor, request.body.laws, request.query);
      return reply.code(report.dryRun ? 200 : 201).send(report);
    },
  });

  app.get('/public/laws', {
    config: { public: true },
    schema: { tags: publicTags, security: [], summary: 'The law library for the public (法规宣传); no sign-in', querystring: lawListQuerySchema, response: { 200: pageSchema(lawSchema) } },
    handler: (request) => listLaws(db, request.query),
  });

  app.get('/public/laws/:id', {
    config: { public: true },
    schema: { tags: publicTags, security: [], summary: 'One act with its articles; no sign-in', params: idParams, response: { 200: lawDetailSchema } },
    handler: (request) => getLaw(db, request.params.id),
  });

  app.get('/public/laws/:id/changes', {
    config: { public: true },
    schema: { tags: publicTags, security: [], summary: 'What changed when the act was amended; no sign-in', params: idParams, response: { 200: lawChangesSchema } },
    handler: (request) => getLawChanges(db, request.params.id),
  });
};
