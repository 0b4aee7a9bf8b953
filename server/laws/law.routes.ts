import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { lawChangesSchema, lawDetailSchema, lawIdSchema, lawImportBodySchema, lawImportQuerySchema, lawImportReportSchema, lawListQuerySchema, lawSchema } from '../../core/laws/law.schema.ts';
import { importReportSchema, MAX_IMPORT_ROWS, workbookImportBodySchema, workbookImportQuerySchema } from '../../core/shared/import-report.ts';
import { pageSchema } from '../../core/shared/pagination.ts';
import type { Db } from '../db/database.ts';
import { EXPORT_LANGUAGES, languageOf } from '../exports/export-labels.ts';
import { sendWorkbook } from '../exports/xlsx-export.ts';
import { templateWorkbook } from '../imports/workbook-import.ts';
import { articleImportColumns, importArticles } from './law-article-import.service.ts';
import { getLaw, getLawChanges, importLaws, listLaws } from './law.service.ts';

const idParams = z.object({ id: lawIdSchema });
const lang = z.object({ lang: z.enum(EXPORT_LANGUAGES).optional().describe('headers of the template and of the report; default: Accept-Language, else zh-CN') });
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

  app.get('/laws/articles/import-template.xlsx', {
    config: { permission: 'laws.manage' },
    schema: { tags, summary: 'The workbook to fill in for an article import (one row per article, paragraph or item), with a notes sheet', querystring: lang },
    handler: async (request, reply) => {
      const language = languageOf(request.query, request.headers['accept-language']);
      const name = language === 'en' ? 'law-article-import-template.xlsx' : '法规条文导入模板.xlsx';
      return sendWorkbook(reply, name, await templateWorkbook(language === 'en' ? 'articles' : '条文', articleImportColumns, language));
    },
  });

  app.post('/laws/articles/import', {
    config: { permission: 'laws.manage' },
    bodyLimit: 20 * 1024 * 1024,
    schema: {
      tags,
      summary:
        `Articles of acts in the library from an .xlsx (at most ${MAX_IMPORT_ROWS} rows): each row adds an article unit or replaces its subject ` +
        '(and its text when given); every row’s result; dryRun=true writes nothing; by default a file with a refused row writes nothing (400); mode=valid-only writes the good rows',
      querystring: workbookImportQuerySchema.extend(lang.shape),
      body: workbookImportBodySchema,
      response: { 200: importReportSchema, 201: importReportSchema },
    },
    handler: async (request, reply) => {
      const language = languageOf(request.query, request.headers['accept-language']);
      const report = await importArticles(db, request.actor, request.body.content, request.query, language);
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
