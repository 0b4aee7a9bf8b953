import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { Config } from '../config/config.ts';
import { deleteExpiredSessions } from '../auth/session.repository.ts';
import { migrate } from '../db/migrate.ts';
import { SEED_LAWS } from '../laws/law-seed.ts';
import { seedLaws } from '../laws/law.service.ts';
import { DEMO_CITY, isEmptyCity, seedDemoCity, type DemoAccount } from '../demo/seed-demo-city.ts';
import { describeReport, mapStatus } from '../organisations/district-map.service.ts';
import { EventBus } from '../events/event-bus.ts';
import { buildApp } from '../http/app.ts';
import { platformJobs } from '../scheduler/investigation-jobs.ts';
import { startScheduler } from '../scheduler/scheduler.ts';
import { directoryStorage } from '../storage/file-storage.ts';
import { ensureAdminAccount } from './admin-account.ts';
import { openDatabase, type DatabaseRuntime } from './database-runtime.ts';
import { listen } from './listen.ts';
import { alarmJobs } from '../monitoring/alarm-jobs.ts';
import { startTelemetryIntake, type TelemetryIntake } from '../monitoring/mqtt/telemetry-intake.ts';
import { readingsJobs } from '../monitoring/readings/readings-jobs.ts';
import { mintSystemDeviceKey } from '../monitoring/device-keys/device-key.service.ts';
import { startDemoSimulator } from '../demo/demo-simulator.ts';
import { systemActor } from '../audit/audit.service.ts';
import { channelsFrom } from '../notifications/channels/channels.ts';
import { notificationJobs } from '../notifications/notification-jobs.ts';
import { partnerJobs } from '../partners/partner-jobs.ts';

export interface RunningPlatform {
  url: string;
  port: number;
  database: DatabaseRuntime;
  app: FastifyInstance;
  admin: { created: boolean; password?: string };
  demoAccounts: DemoAccount[];
  /** The embedded MQTT broker, the external broker's subscriber, or null when MQTT is off. */
  mqtt: TelemetryIntake | null;
  stop(): Promise<void>;
}

/** Database (embedded or external) → migrations → admin account → demo city → HTTP. */
export async function startPlatform(config: Config, logger: Logger): Promise<RunningPlatform> {
  const database = await openDatabase(config, (line) => logger.debug({ source: 'postgres' }, line));
  try {
    await migrate(database.db, (line) => logger.info(line));
    await deleteExpiredSessions(database.db);
    // The acts the platform cites, and the citations of free-text legal bases (docs/adr/0049).
    const laws = await seedLaws(database.db, SEED_LAWS);
    logger.info(`law library: ${laws.written} acts loaded, ${laws.cited} legal bases cited`);
    const admin = await ensureAdminAccount(database.db, config.adminPassword);
    let demoAccounts: DemoAccount[] = [];
    const demo = config.demo && config.city === DEMO_CITY;
    if (config.demo && !demo) logger.info(`the demo city is 成都市 (${DEMO_CITY}); ANQUAN_CITY=${config.city} starts empty`);
    if (demo && (await isEmptyCity(database.db))) {
      logger.info('seeding the demo city');
      demoAccounts = await seedDemoCity(database.db);
    }
    const events = new EventBus();
    // E-mail and SMS, each off until configured (docs/adr/0039).
    const channels = channelsFrom(config.notifications);
    const app = await buildApp({ db: database.db, events, storage: directoryStorage(path.join(config.dataDir, 'uploads')), logger, accountability: config.rules.accountability, penaltyProcedure: config.rules.penaltyProcedure, riskLevels: config.rules.riskLevels, ingest: { retention: config.ingest.retention }, loginThrottle: config.auth.loginThrottle, city: config.city, web: { trustedProxies: config.http.trustedProxies, publicOrigin: config.http.publicOrigin }, notificationChannels: channels.map((c) => c.name) });
    const map = await mapStatus(database.db);
    const complete = map.report !== null && map.report.missing.length + map.report.extra.length + map.report.invalid.length === 0;
    if (complete) logger.info(describeReport(map));
    else logger.warn(describeReport(map));
    const port = await listen(app, config.http.port, config.http.host);
    // Monitoring: the alarm engine's state is restored before the first reading arrives.
    await app.alarms.restoreAll();
    // After HTTP (device keys and the readings API are up); stopped before the database.
    const mqtt = await startTelemetryIntake(config, app.ingest, logger).catch(async (error: unknown) => {
      await app.close();
      throw error;
    });
    // Timed work (task generation, missed tasks, overdue escalation, stale sensors, the alarm ladder, partitions
    // and retention of readings); one instance at a time runs each job.
    const scheduler = startScheduler(database.db, logger, [
      ...platformJobs(config.rules.escalationLadder),
      ...alarmJobs(app.alarms, config.rules.alarmLadder),
      ...readingsJobs(config.ingest.retention),
      ...notificationJobs(channels, config.http.publicOrigin),
      ...partnerJobs(config.partners.changeLogRetentionDays),
    ]);
    // The demo city is alive on first start: the simulator publishes over MQTT with freshly minted demo keys.
    const simulator =
      demo && mqtt
        ? await startDemoSimulator(database.db, {
            url: mqtt.kind === 'embedded' ? `mqtt://127.0.0.1:${mqtt.port}` : mqtt.url,
            mintDeviceKey: (enterpriseId, name) => mintSystemDeviceKey(database.db, systemActor('demo-simulator'), enterpriseId, name),
            logger,
          }).catch((error: unknown) => {
            logger.error({ err: error }, 'the demo simulator did not start');
            return null;
          })
        : null;
    const host = config.http.host === '0.0.0.0' || config.http.host === '::' ? 'localhost' : config.http.host;
    return {
      url: `http://${host}:${port}`,
      port,
      database,
      app,
      admin,
      demoAccounts,
      mqtt,
      async stop() {
        await scheduler.stop();
        await Promise.all(channels.map((c) => c.close?.()));
        await simulator?.stop();
        await mqtt?.close();
        await app.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close().catch(() => undefined);
    throw error;
  }
}
