import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { accidentImportReportSchema, columnMappingSchema, importModeSchema } from '../../core/accidents/accident-import.ts';
import {
  accidentCreateSchema,
  accidentDetailSchema,
  accidentFlagSchema,
  accidentListQuerySchema,
  accidentRevisionCreateSchema,
  accidentSchema,
  reportingRecordSchema,
} from '../../core/accidents/accident.schema.ts';
import { investigationActionSchema } from '../../core/accidents/investigation.ts';
import { pageQuerySchema, pageSchema } from '../../core/shared/pagination.ts';
import type { Db } from '../db/database.ts';
import { accidentListXlsx, XLSX_TYPE } from './accident-export.ts';
import { importAccidents, MAX_IMPORT_ROWS } from './accident-import.service.ts';
import { renderAccidentPdf } from './accident-pdf.ts';
import { reviseAccident } from './accident-revision.service.ts';
import {
  advanceInvestigation,
  flagAccident,
  getAccident,
  recordChainReport,
  reportAccident,
  searchAccidents,
} from './accident.service.ts';
import { text } from '../../core/shared/text.ts';

const idParams = z.object({ id: z.uuid() });
const attachment = (name: string) => `attachment; filename*=UTF-8''${encodeURIComponent(name)}`;

const importBodySchema = z.strictObject({
  format: z.enum(['csv', 'xlsx']),
  content: text({ multiline: true }).min(1).describe('the CSV text, or the .xlsx file in base64'),
  mapping: columnMappingSchema.optional().describe('field → {column, values?} | {value} | {template}; default: columns named as the fields'),
});


export const accidentRoutes = (db: Db): FastifyPluginAsyncZod => async (app) => {
  app.get('/accidents', {
    config: { permission: 'accidents.view' },
    schema: { tags: ['accidents'], summary: 'Accidents in the caller’s scope, with filters and pagination', querystring: accidentListQuerySchema.extend(pageQuerySchema.shape), response: { 200: pageSchema(accidentSchema) } },
    handler: (request) => searchAccidents(db, request.actor, request.query),
  });

  app.get('/accidents/export.xlsx', {
    config: { permission: 'accidents.view' },
    schema: { tags: ['accidents'], summary: `The filtered list as .xlsx (at most ${MAX_IMPORT_ROWS} rows; the headers import again)`, querystring: accidentListQuerySchema },
    handler: async (request, reply) => {
      const page = await searchAccidents(db, request.actor, { ...request.query, page: 1, pageSize: MAX_IMPORT_ROWS });
      return reply.type(XLSX_TYPE).header('content-disposition', attachment('生产安全事故.xlsx')).send(await accidentListXlsx(page.items));
    },
  });

  app.post('/accidents', {
    config: { permission: 'accidents.report' },
    schema: { tags: ['accidents'], summary: 'Report an accident: graded (493号令 Art. 3) with its reporting chain and supplementary window', body: accidentCreateSchema, response: { 201: accidentDetailSchema } },
    handler: async (request, reply) => reply.code(201).send(await reportAccident(db, request.actor, request.body, app.events)),
  });

  app.post('/accidents/import', {
    config: { permission: 'accidents.import' },
    bodyLimit: 20 * 1024 * 1024,
    schema: {
      tags: ['accidents'],
      summary:
        'Import historical accidents from CSV or .xlsx: each row accepted or refused with its reasons; by default a file with a bad row writes nothing; dryRun=true checks only (200)',
      querystring: z.object({
        mode: importModeSchema.default('all-or-nothing'),
        dryRun: z.enum(['true', 'false']).default('false').transform((v) => v === 'true').describe('check and report each row, write nothing'),
      }),
      body: importBodySchema,
      response: { 200: accidentImportReportSchema, 201: accidentImportReportSchema },
    },
    handler: async (request, reply) => {
      const report = await importAccidents(db, request.actor, request.body, request.query.mode, { dryRun: request.query.dryRun });
      return reply.code(report.dryRun ? 200 : 201).send(report);
    },
  });

  app.get('/accidents/:id', {
    config: { permission: 'accidents.view' },
    schema: { tags: ['accidents'], summary: 'One accident with its revision history', params: idParams, response: { 200: accidentDetailSchema } },
    handler: (request) => getAccident(db, request.actor, request.params.id),
  });

  app.get('/accidents/:id/record.pdf', {
    config: { permission: 'accidents.view' },
    schema: {
      tags: ['accidents'],
      summary: 'The accident’s record as PDF (basic facts, grade, casualties and losses, reporting chain with 迟报, revisions); 404 outside scope',
      params: idParams,
    },
    handler: async (request, reply) => {
      const accident = await getAccident(db, request.actor, request.params.id);
      const pdf = await renderAccidentPdf(accident, new Date());
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(`生产安全事故记录-${accident.number}.pdf`)}`)
        .header('cache-control', 'private, no-store')
        .send(pdf);
    },
  });

  app.post('/accidents/:id/revisions', {
    config: { permission: 'accidents.report' },
    schema: {
      tags: ['accidents'],
      summary: 'A supplementary report (补报, Art. 13): re-grades, extends the reporting chain, flags one outside the window',
      params: idParams,
      body: accidentRevisionCreateSchema,
      response: { 201: accidentDetailSchema },
    },
    handler: async (request, reply) => reply.code(201).send(await reviseAccident(db, request.actor, request.params.id, request.body, app.events)),
  });

  app.post('/accidents/:id/reporting', {
    config: { permission: 'accidents.chain' },
    schema: {
      tags: ['accidents'],
      summary: 'Record a level’s report up the chain (493号令 Art. 11): the step is done from then on, 迟报 when after its deadline',
      params: idParams,
      body: reportingRecordSchema,
      response: { 200: accidentDetailSchema },
    },
    handler: (request) => recordChainReport(db, request.actor, request.params.id, request.body),
  });

  app.post('/accidents/:id/flags', {
    config: { permission: 'accidents.investigate' },
    schema: { tags: ['accidents'], summary: 'Record 瞒报 (concealed) or 谎报 (false_report) with evidence', params: idParams, body: accidentFlagSchema, response: { 200: accidentDetailSchema } },
    handler: (request) => flagAccident(db, request.actor, request.params.id, request.body),
  });

  app.post('/accidents/:id/investigation', {
    config: { permission: 'accidents.investigate' },
    schema: {
      tags: ['accidents'],
      summary: 'Investigation progress: extend (once, ≤ 60 days), submit_report, reply (493号令 Arts. 29, 32)',
      params: idParams,
      body: investigationActionSchema,
      response: { 200: accidentDetailSchema },
    },
    handler: (request) => advanceInvestigation(db, request.actor, request.params.id, request.body),
  });
};
