import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AccountabilityThresholds } from '../../core/hazards/accountability.ts';
import { hazardStatisticsQuerySchema } from '../../core/hazards/hazard-statistics.schema.ts';
import { hazardListQuerySchema } from '../../core/hazards/hazard-view.schema.ts';
import { inspectionListQuerySchema } from '../../core/inspections/inspection.schema.ts';
import { alarmListQuerySchema } from '../../core/monitoring/alarm-api.schema.ts';
import { sensorListQuerySchema } from '../../core/monitoring/sensor-api.schema.ts';
import { enterpriseListQuerySchema, type Enterprise } from '../../core/organisations/enterprise.schema.ts';
import { userListQuerySchema } from '../../core/organisations/user.schema.ts';
import type { Db } from '../db/database.ts';
import { hazardStatistics } from '../hazards/hazard-statistics.service.ts';
import { searchHazards } from '../hazards/hazard.service.ts';
import { listInspections } from '../inspections/inspection.service.ts';
import { searchAlarms } from '../monitoring/alarm.service.ts';
import { searchSensors } from '../monitoring/sensor.service.ts';
import { listEnterprises } from '../organisations/enterprise.repository.ts';
import { industryNameOf, regionNameOf } from '../organisations/enterprise.service.ts';
import { listUsers } from '../organisations/user.service.ts';
import { EXPORT_LANGUAGES, languageOf, type ExportLanguage } from './export-labels.ts';
import {
  alarmColumns,
  enterpriseColumns,
  hazardColumns,
  hazardStatisticsColumns,
  inspectionColumns,
  sensorColumns,
  userColumns,
} from './list-columns.ts';
import { cityDayStamp, EXPORT_MAX_ROWS, refuseOverCap, sendWorkbook, workbookOf } from './xlsx-export.ts';

const lang = z.object({ lang: z.enum(EXPORT_LANGUAGES).optional().describe('headers and labels; default: Accept-Language, else zh-CN') });
const tags = ['exports'];
const summary = (what: string) =>
  `${what} as .xlsx, with the list’s own filters and scope: headers and labels in the caller’s language, times in Asia/Shanghai; ` +
  `400 when the filters match more than ${EXPORT_MAX_ROWS} rows`;

/** The whole list in one page: `EXPORT_MAX_ROWS`, refused past it. */
const all = { page: 1, pageSize: EXPORT_MAX_ROWS } as const;

const fileNames: Record<string, Record<ExportLanguage, string>> = {
  hazards: { 'zh-CN': '事故隐患清单', en: 'hazards' },
  enterprises: { 'zh-CN': '企业清单', en: 'enterprises' },
  inspections: { 'zh-CN': '监督检查记录', en: 'inspections' },
  alarms: { 'zh-CN': '报警记录', en: 'alarms' },
  sensors: { 'zh-CN': '监测测点清单', en: 'sensors' },
  users: { 'zh-CN': '用户清单', en: 'users' },
  statistics: { 'zh-CN': '隐患排查治理统计', en: 'hazard-statistics' },
};
const fileName = (what: string, language: ExportLanguage) => `${fileNames[what]![language]}-${cityDayStamp()}.xlsx`;

/**
 * Every list a person takes away, at `GET /api/v1/<list>/export.xlsx?<the list's filters>&lang=` (docs/adr/0047):
 * the same service call as the list, so the same scope (an enterprise exports only its own records).
 */
export const exportRoutes = (db: Db, accountability?: AccountabilityThresholds): FastifyPluginAsyncZod => async (app) => {
  app.get('/hazards/export.xlsx', {
    config: { permission: 'hazards.view' },
    schema: { tags, summary: summary('The hazard list'), querystring: hazardListQuerySchema.extend(lang.shape) },
    handler: async (request, reply) => {
      const language = languageOf(request.query, request.headers['accept-language']);
      const page = await searchHazards(db, request.actor, { ...request.query, ...all });
      refuseOverCap(page.total);
      return sendWorkbook(reply, fileName('hazards', language), await workbookOf(fileNames.hazards![language], hazardColumns, page.items, language));
    },
  });

  app.get('/hazards/statistics/export.xlsx', {
    config: { permission: 'hazards.statistics' },
    schema: { tags, summary: 'The hazard statistics table (the statistics page’s) as .xlsx, ranked as shown', querystring: hazardStatisticsQuerySchema.extend(lang.shape) },
    handler: async (request, reply) => {
      const language = languageOf(request.query, request.headers['accept-language']);
      const stats = await hazardStatistics(db, request.actor, request.query, accountability);
      const columns = hazardStatisticsColumns(request.query.groupBy);
      return sendWorkbook(reply, fileName('statistics', language), await workbookOf(fileNames.statistics![language], columns, stats.rows, language));
    },
  });

  app.get('/enterprises/export.xlsx', {
    config: { permission: 'enterprises.view' },
    schema: { tags, summary: summary('The enterprise list'), querystring: enterpriseListQuerySchema.extend(lang.shape) },
    handler: async (request, reply) => {
      const language = languageOf(request.query, request.headers['accept-language']);
      const { sort, lang: _lang, ...filter } = request.query;
      const { rows, total } = await listEnterprises(db, request.actor.scope, filter, sort, EXPORT_MAX_ROWS, 0);
      refuseOverCap(total);
      const items = rows.map((r) => ({ ...(JSON.parse(r.json) as Enterprise), industryName: industryNameOf(r.industry_code), regionName: regionNameOf(r.region_code) }));
      return sendWorkbook(reply, fileName('enterprises', language), await workbookOf(fileNames.enterprises![language], enterpriseColumns, items, language));
    },
  });

  app.get('/inspections/export.xlsx', {
    config: { permission: 'inspections.view' },
    schema: { tags, summary: summary('The inspection list'), querystring: inspectionListQuerySchema.extend(lang.shape) },
    handler: async (request, reply) => {
      const language = languageOf(request.query, request.headers['accept-language']);
      const page = await listInspections(db, request.actor, { ...request.query, ...all });
      refuseOverCap(page.total);
      return sendWorkbook(reply, fileName('inspections', language), await workbookOf(fileNames.inspections![language], inspectionColumns, page.items, language));
    },
  });

  app.get('/alarms/export.xlsx', {
    config: { permission: 'monitoring.view' },
    schema: { tags, summary: summary('The alarm history'), querystring: alarmListQuerySchema.extend(lang.shape) },
    handler: async (request, reply) => {
      const language = languageOf(request.query, request.headers['accept-language']);
      const page = await searchAlarms(db, request.actor, { ...request.query, ...all });
      refuseOverCap(page.total);
      return sendWorkbook(reply, fileName('alarms', language), await workbookOf(fileNames.alarms![language], alarmColumns, page.items, language));
    },
  });

  app.get('/sensors/export.xlsx', {
    config: { permission: 'monitoring.view' },
    schema: { tags, summary: summary('The sensor list'), querystring: sensorListQuerySchema.extend(lang.shape) },
    handler: async (request, reply) => {
      const language = languageOf(request.query, request.headers['accept-language']);
      const page = await searchSensors(db, request.actor, { ...request.query, ...all });
      refuseOverCap(page.total);
      return sendWorkbook(reply, fileName('sensors', language), await workbookOf(fileNames.sensors![language], sensorColumns, page.items, language));
    },
  });

  app.get('/users/export.xlsx', {
    config: { permission: 'admin.users' },
    schema: { tags, summary: summary('The account list (administrators)'), querystring: userListQuerySchema.omit({ page: true, pageSize: true }).extend(lang.shape) },
    handler: async (request, reply) => {
      const language = languageOf(request.query, request.headers['accept-language']);
      const page = await listUsers(db, { ...request.query, ...all });
      refuseOverCap(page.total);
      return sendWorkbook(reply, fileName('users', language), await workbookOf(fileNames.users![language], userColumns, page.items, language));
    },
  });
};
