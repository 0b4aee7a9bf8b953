import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { Config } from '../config/config.ts';
import { deleteExpiredSessions } from '../auth/session.repository.ts';
import { migrate } from '../db/migrate.ts';
import { isEmptyCity, seedDemoCity, type DemoAccount } from '../demo/seed-demo-city.ts';
import { EventBus } from '../events/event-bus.ts';
import { buildApp } from '../http/app.ts';
import { platformJobs } from '../scheduler/investigation-jobs.ts';
import { startScheduler } from '../scheduler/scheduler.ts';
import { directoryStorage } from '../storage/file-storage.ts';
import { ensureAdminAccount } from './admin-account.ts';
import { openDatabase, type DatabaseRuntime } from './database-runtime.ts';
import { listen } from './listen.ts';
import { alarmJobs } from '../monitoring/alarm-jobs.ts';

export interface RunningPlatform {
  url: string;
  port: number;
  database: DatabaseRuntime;
  app: FastifyInstance;
  admin: { created: boolean; password?: string };
  demoAccounts: DemoAccount[];
  stop(): Promise<void>;
}

/** Database (embedded or external) → migrations → admin account → demo city → HTTP. */
export async function startPlatform(config: Config, logger: Logger): Promise<RunningPlatform> {
  const database = await openDatabase(config, (line) => logger.debug({ source: 'postgres' }, line));
  try {
    await migrate(database.db, (line) => logger.info(line));
    await deleteExpiredSessions(database.db);
    const admin = await ensureAdminAccount(database.db, config.adminPassword);
    let demoAccounts: DemoAccount[] = [];
    if (config.demo && (await isEmptyCity(database.db))) {
      logger.info('seeding the demo city');
      demoAccounts = await seedDemoCity(database.db);
    }
    const events = new EventBus();
    const app = await buildApp({ db: database.db, events, storage: directoryStorage(path.join(config.dataDir, 'uploads')), logger, accountability: config.rules.accountability, riskLevels: config.rules.riskLevels });
    const port = await listen(app, config.http.port, config.http.host);
    // Timed work (task generation, missed tasks, overdue escalation); one instance at a time runs each job.
    // Monitoring: restore the alarm engine's state, then its jobs (stale check, alarm ladder, long power-offs).
    await app.alarms.restoreAll();
    const scheduler = startScheduler(database.db, logger, [...platformJobs(config.rules.escalationLadder), ...alarmJobs(app.alarms, config.rules.alarmLadder)]);
    // TODO(merge, ingest): once the MQTT broker is up, run the demo simulator so the demo city is alive:
    //   const simulator = config.demo ? await startDemoSimulator(database.db, { url: `mqtt://127.0.0.1:${brokerPort}`,
    //     mintDeviceKey: (enterpriseId, name) => createDeviceKey(database.db, systemActor('demo-simulator'), { enterpriseId, name }), logger }) : null;
    //   and `await simulator?.stop()` in stop() before the broker closes (server/demo/demo-simulator.ts).
    const host = config.http.host === '0.0.0.0' || config.http.host === '::' ? 'localhost' : config.http.host;
    return {
      url: `http://${host}:${port}`,
      port,
      database,
      app,
      admin,
      demoAccounts,
      async stop() {
        await scheduler.stop();
        await app.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close().catch(() => undefined);
    throw error;
  }
}
