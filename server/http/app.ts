import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject, validatorCompiler } from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import type { AccountabilityThresholds } from '../../core/hazards/accountability.ts';
import { auditRoutes } from '../audit/audit.routes.ts';
import { calendarRoutes } from '../calendar/calendar.routes.ts';
import { enforcementCalculatorRoutes } from '../enforcement/enforcement-calculator.routes.ts';
import { accidentRoutes } from '../accidents/accident.routes.ts';
import { accidentStatisticsRoutes } from '../accidents/accident-statistics.routes.ts';
import { cockpitRoutes } from '../cockpit/cockpit.routes.ts';
import { checklistRoutes } from '../hazards/checklist.routes.ts';
import type { ProcedureRules } from '../../core/enforcement/procedure-rules.ts';
import { caseRoutes } from '../enforcement/case.routes.ts';
import { DEFAULT_CASE_PROCEDURE } from '../enforcement/case.service.ts';
import { inspectionRoutes } from '../inspections/inspection.routes.ts';
import { expertCampaignRoutes } from '../inspections/expert-campaign.routes.ts';
import { hazardRoutes } from '../hazards/hazard.routes.ts';
import { planRoutes } from '../hazards/plan.routes.ts';
import { taskRoutes } from '../hazards/task.routes.ts';
import { notificationRoutes } from '../notifications/notification.routes.ts';
import { notificationSettingsRoutes } from '../notifications/notification-settings.routes.ts';
import type { ChannelName } from '../../core/notifications/notification-preferences.ts';
import { photoRoutes } from '../photos/photo.routes.ts';
import { exportRoutes } from '../exports/export.routes.ts';
import { importRoutes } from '../imports/import.routes.ts';
import { searchRoutes } from '../search/search.routes.ts';
import { lawRoutes } from '../laws/law.routes.ts';
import { hazardRecordRoutes } from '../hazards/hazard-record.routes.ts';
import { EventBus } from '../events/event-bus.ts';
import { eventStreamRoutes } from '../events/event-stream.routes.ts';
import type { FileStorage } from '../storage/file-storage.ts';
import { webhookRoutes } from '../webhooks/webhook.routes.ts';
import { webhookDocs } from '../webhooks/webhook-docs.ts';
import { AlarmEvaluator } from '../monitoring/alarm-evaluator.ts';
import { alarmRoutes } from '../monitoring/alarm.routes.ts';
import { sensorRoutes } from '../monitoring/sensor.routes.ts';
import type { RiskLevelsConfig } from '../../core/risks/risk-evaluation.ts';
import { riskRoutes } from '../risks/risk.routes.ts';
import { majorHazardSourceRoutes } from '../major-hazards/major-hazard-source.routes.ts';
import { feedRoutes } from '../partners/feed.routes.ts';
import { partnerClientRoutes } from '../partners/partner-client.routes.ts';
import type { LoginThrottlePolicy } from '../../core/auth/login-throttle.ts';
import { authRoutes } from '../auth/auth.routes.ts';
import { registerAuthentication } from '../auth/authenticate.ts';
import type { Db } from '../db/database.ts';
import { isMigrated } from '../db/migrate.ts';
import { departmentRoutes } from '../organisations/department.routes.ts';
import { enterpriseRoutes } from '../organisations/enterprise.routes.ts';
import { referenceRoutes } from '../organisations/reference.routes.ts';
import { districtMapRoutes } from '../organisations/district-map.routes.ts';
import { DEFAULT_CITY, selectCity } from '../organisations/reference-data.ts';
import { userRoutes } from '../organisations/user.routes.ts';
import { deviceKeyRoutes } from '../monitoring/device-keys/device-key.routes.ts';
import { IngestPipeline, type IngestOptions } from '../monitoring/ingest/ingest-pipeline.ts';
import { telemetryRoutes } from '../monitoring/ingest/telemetry.routes.ts';
import { readingsRoutes } from '../monitoring/readings/readings.routes.ts';
import { registerErrorHandling } from './error-handler.ts';
import { registerSecurityHeaders } from './security-headers.ts';
import { registerRequestTextGuard } from './request-text-guard.ts';
import { serializerCompiler } from './serializer.ts';
import { serveWebApp } from './web-app.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** The live event bus (server/events/event-bus.ts); publish after commit. */
    events: EventBus;
    /** The alarm engine's reading listener (server/monitoring/alarm-evaluator.ts): give it to ingestion. */
    alarms: AlarmEvaluator;
    /** Reading ingestion shared by HTTP and MQTT; register alarm evaluation with `ingest.addListener`. */
    ingest: IngestPipeline;
    /** Every route as registered, with its config (who may call it): for tests that walk them (docs/adr/0040). */
    routeTable: RouteRecord[];
  }
}

export interface RouteRecord {
  method: string;
  url: string;
  config: { permission?: string; public?: boolean; device?: boolean; partner?: boolean };
}

const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

export interface AppOptions {
  db: Db;
  /** Where uploads go (photos). */
  storage: FileStorage;
  /** 排查不力 thresholds of the city (defaults: core/hazards/accountability.ts). */
  accountability?: AccountabilityThresholds;
  /** Periods and hearing thresholds of penalty cases (defaults: core/enforcement/procedure-rules.ts). */
  penaltyProcedure?: ProcedureRules;
  logger: Logger | false;
  /** Live events for the SSE stream; the platform shares one bus between the app and ingestion. */
  events?: EventBus;
  /** Score → level mappings of risk grading (defaults: core/risks/risk-evaluation.ts). */
  riskLevels?: RiskLevelsConfig;
  /** Serve the built web app (web/dist) when it exists. */
  serveWeb?: boolean;
  /** Ingestion tuning and retention (server/monitoring/ingest/ingest-pipeline.ts). */
  ingest?: IngestOptions;
  /** Sign-in throttling (defaults: core/auth/login-throttle.ts). */
  loginThrottle?: LoginThrottlePolicy;
  /** Web security (docs/adr/0033): ANQUAN_TRUSTED_PROXY and ANQUAN_PUBLIC_URL's origin. */
  web?: { trustedProxies?: readonly string[]; publicOrigin?: string | undefined };
  /** The city served (ANQUAN_CITY; default 510100 成都市): one city per process. */
  city?: string;
  /** Notification channels the platform is configured to send on (docs/adr/0039); none by default. */
  notificationChannels?: readonly ChannelName[];
}

export async function buildApp({ db, storage, logger, accountability, penaltyProcedure, riskLevels, events = new EventBus(), serveWeb = true, ingest: ingestOptions, loginThrottle, web = {}, city = DEFAULT_CITY, notificationChannels = [] }: AppOptions): Promise<FastifyInstance> {
  selectCity(city);
  const trustedProxies = web.trustedProxies ?? [];
  const app = Fastify({
    // X-Forwarded-Proto, -Host and -For are believed from these peers only (request.protocol, .host, .ip).
    trustProxy: trustedProxies.length > 0 ? [...trustedProxies] : false,
    ...(logger ? { loggerInstance: logger as FastifyBaseLogger } : { logger: false }),
    // api.md: request bodies over 1 MB → 413.
    bodyLimit: 1024 * 1024,
    // One access-log line per request (below) instead of Fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
  });
  registerSecurityHeaders(app);
  app.addHook('onResponse', async (request, reply) => {
    request.log.info({ method: request.method, url: request.url, status: reply.statusCode, ms: Math.round(reply.elapsedTime) }, 'request');
  });
  app.decorate('events', events);
  const ingest = new IngestPipeline(db, events, ingestOptions);
  ingest.onListenerError = (error) => app.log.error({ err: error }, 'reading listener failed');
  app.decorate('ingest', ingest);
  const alarms = new AlarmEvaluator(db, events, { writesStarted: () => ingest.writesStarted });
  alarms.onError = (error) => app.log.error({ err: error }, 'alarm evaluator flush failed');
  app.decorate('alarms', alarms);
  // Judged watermarks that moved are written before the database goes (docs/adr/0029).
  app.addHook('onClose', async () => {
    await ingest.drain();
    await alarms.close();
  });
  // Alarm evaluation follows every durable write of readings (server/monitoring/reading-listener.ts).
  ingest.addListener(alarms);
  const routeTable: RouteRecord[] = [];
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) if (method !== 'HEAD') routeTable.push({ method, url: route.url, config: { ...route.config } });
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const appShell = serveWeb && existsSync(path.join(webDist, 'index.html'));
  registerErrorHandling(app, { appShell });
  registerRequestTextGuard(app);

  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'Anquan open API', version: '1', description: 'City work-safety supervision platform (安全生产信息平台)' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer: [] }],
      // What the platform sends to webhooks (docs/adr/0041): each event with its body (an extension: typed apart).
      ...({ 'x-webhooks': webhookDocs() } as object),
    },
    transform: jsonSchemaTransform,
    // Schemas registered with an `id` (recursive ones must be) become components that the routes' $refs name.
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  app.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, async () => app.swagger());

  app.get('/api/health', { config: { public: true }, schema: { tags: ['platform'], summary: 'Ready when the database is migrated and requests are served' } }, async (_request, reply) => {
    const ready = await isMigrated(db).catch(() => false);
    return ready ? { status: 'ok' } : reply.code(503).send({ status: 'starting' });
  });

  await app.register(
    async (api) => {
      registerAuthentication(api, db, { publicOrigin: web.publicOrigin });
      await api.register(authRoutes(db, loginThrottle));
      await api.register(referenceRoutes);
      await api.register(districtMapRoutes(db));
      await api.register(departmentRoutes(db));
      await api.register(enterpriseRoutes(db));
      await api.register(userRoutes(db));
      await api.register(auditRoutes(db));
      await api.register(photoRoutes(db, storage));
      await api.register(hazardRoutes(db, accountability));
      await api.register(checklistRoutes(db));
      await api.register(planRoutes(db));
      await api.register(taskRoutes(db));
      await api.register(webhookRoutes(db));
      await api.register(notificationRoutes(db));
      await api.register(notificationSettingsRoutes(db, notificationChannels));
      await api.register(eventStreamRoutes(events));
      await api.register(sensorRoutes(db, alarms, events));
      await api.register(alarmRoutes(db, events));
      await api.register(deviceKeyRoutes(db));
      await api.register(telemetryRoutes(db, ingest));
      await api.register(readingsRoutes(db));
      await api.register(riskRoutes(db, riskLevels));
      await api.register(majorHazardSourceRoutes(db));
      await api.register(accidentRoutes(db));
      await api.register(accidentStatisticsRoutes(db));
      await api.register(cockpitRoutes(db));
      await api.register(inspectionRoutes(db));
      await api.register(caseRoutes(db, { ...DEFAULT_CASE_PROCEDURE, ...(penaltyProcedure && { rules: penaltyProcedure }) }));
      await api.register(expertCampaignRoutes(db));
      await api.register(partnerClientRoutes(db));
      await api.register(feedRoutes(db));
      await api.register(exportRoutes(db, accountability));
      await api.register(importRoutes(db));
      await api.register(searchRoutes(db));
      await api.register(hazardRecordRoutes(db, storage));
      await api.register(enforcementCalculatorRoutes());
      await api.register(calendarRoutes(db));
      await api.register(lawRoutes(db));
    },
    { prefix: '/api/v1' },
  );

  if (appShell) await serveWebApp(app, webDist);
  return app;
}
