import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { importReportSchema, MAX_IMPORT_ROWS, workbookImportBodySchema, workbookImportQuerySchema } from '../../core/shared/import-report.ts';
import type { Db } from '../db/database.ts';
import { EXPORT_LANGUAGES, languageOf, type ExportLanguage } from '../exports/export-labels.ts';
import { sendWorkbook } from '../exports/xlsx-export.ts';
import { enterpriseImportColumns, importEnterprises } from './enterprise-import.service.ts';
import { importSensors, sensorImportColumns } from './sensor-import.service.ts';
import { templateWorkbook } from './workbook-import.ts';

const lang = z.object({ lang: z.enum(EXPORT_LANGUAGES).optional().describe('headers of the template and of the report; default: Accept-Language, else zh-CN') });
const tags = ['imports'];
const importSummary = (what: string) =>
  `Register ${what} from an .xlsx (at most ${MAX_IMPORT_ROWS} rows): every row’s result (created / refused with column and reason); ` +
  'dryRun=true checks and writes nothing; by default a file with a refused row writes nothing (400 with every problem); mode=valid-only writes the good rows';

const sheetNames: Record<string, Record<ExportLanguage, string>> = {
  enterprises: { 'zh-CN': '企业', en: 'enterprises' },
  sensors: { 'zh-CN': '监测测点', en: 'sensors' },
};

/**
 * Imports of enterprises and sensors (docs/adr/0047), on the model of the accident import: a template to fill in,
 * a dry run, then the import; who may import is who may register one (POST /enterprises, POST /sensors).
 */
export const importRoutes = (db: Db): FastifyPluginAsyncZod => async (app) => {
  app.get('/enterprises/import-template.xlsx', {
    config: { permission: 'enterprises.create' },
    schema: { tags, summary: 'The workbook to fill in for an enterprise import, with a notes sheet', querystring: lang },
    handler: async (request, reply) => {
      const language = languageOf(request.query, request.headers['accept-language']);
      const name = language === 'en' ? 'enterprise-import-template.xlsx' : '企业导入模板.xlsx';
      return sendWorkbook(reply, name, await templateWorkbook(sheetNames.enterprises![language], enterpriseImportColumns, language));
    },
  });

  app.post('/enterprises/import', {
    config: { permission: 'enterprises.create' },
    bodyLimit: 20 * 1024 * 1024,
    schema: { tags, summary: importSummary('enterprises'), querystring: workbookImportQuerySchema.extend(lang.shape), body: workbookImportBodySchema, response: { 200: importReportSchema, 201: importReportSchema } },
    handler: async (request, reply) => {
      const language = languageOf(request.query, request.headers['accept-language']);
      const report = await importEnterprises(db, request.actor, request.body.content, request.query, language);
      return reply.code(report.dryRun ? 200 : 201).send(report);
    },
  });

  app.get('/sensors/import-template.xlsx', {
    config: { permission: 'sensors.manage' },
    schema: { tags, summary: 'The workbook to fill in for a sensor import, with a notes sheet', querystring: lang },
    handler: async (request, reply) => {
      const language = languageOf(request.query, request.headers['accept-language']);
      const name = language === 'en' ? 'sensor-import-template.xlsx' : '监测测点导入模板.xlsx';
      return sendWorkbook(reply, name, await templateWorkbook(sheetNames.sensors![language], sensorImportColumns, language));
    },
  });

  app.post('/sensors/import', {
    config: { permission: 'sensors.manage' },
    bodyLimit: 20 * 1024 * 1024,
    schema: { tags, summary: importSummary('sensors'), querystring: workbookImportQuerySchema.extend(lang.shape), body: workbookImportBodySchema, response: { 200: importReportSchema, 201: importReportSchema } },
    handler: async (request, reply) => {
      const language = languageOf(request.query, request.headers['accept-language']);
      const report = await importSensors(db, request.actor, request.body.content, request.query, language);
      return reply.code(report.dryRun ? 200 : 201).send(report);
    },
  });
};
