import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { sql } from 'kysely';
import { pino } from 'pino';
import { buildApp } from '../../server/http/app.ts';
import type { EventBus } from '../../server/events/event-bus.ts';
import { hashDeviceKey } from '../../server/monitoring/device-keys/device-key-auth.ts';
import { createPartitionsAhead } from '../../server/monitoring/readings/partitions.ts';
import { startEmbeddedBroker } from '../../server/monitoring/mqtt/embedded-broker.ts';
import { readingsJobs } from '../../server/monitoring/readings/readings-jobs.ts';
import { startScheduler } from '../../server/scheduler/scheduler.ts';
import { DEFAULT_RETENTION_DAYS } from '../../core/monitoring/reading-validation.ts';
import { directoryStorage } from '../../server/storage/file-storage.ts';
import type { Db } from '../../server/db/database.ts';
import { benchDatabase, insertSyntheticEnterprises } from '../support/bench-database.ts';

/** `count` sensors of one enterprise (codes B-0 … B-{count-1}, 0–100 range) and a device key without a rate limit. */
export async function insertBenchSensors(db: Db, enterpriseId: string, count: number) {
  await sql`
    INSERT INTO sensors (enterprise_id, code, name, kind, unit, range_low, range_high, expected_interval_sec, rules)
    SELECT ${enterpriseId}::uuid, 'B-' || i, '基准传感器 ' || i, 'methane', '%CH4', 0, 100, 1, '[]'
    FROM generate_series(0, ${count - 1}::int) AS i`.execute(db);
  const rows = await db.selectFrom('sensors').select(['id', 'num', 'code']).where('enterprise_id', '=', enterpriseId).orderBy('num').execute();
  const key = randomBytes(32).toString('base64url');
  await db.insertInto('device_keys').values({ enterprise_id: enterpriseId, name: 'bench', key_hash: hashDeviceKey(key), rate_per_sec: 1_000_000 }).execute();
  return { sensors: rows, key };
}

/**
 * A migrated bench database with one enterprise and `sensorCount` sensors, the real app on a loopback port
 * (HTTP) and, when asked, the embedded MQTT broker on another: the paths the figures measure, nothing mocked.
 */
export async function ingestBench(options: { sensors: number; mqtt?: boolean; events?: EventBus }) {
  const bench = await benchDatabase();
  const { db } = bench;
  const [enterprise] = await insertSyntheticEnterprises(db, 1);
  const { sensors, key } = await insertBenchSensors(db, enterprise!.id, options.sensors);
  // As the platform's scheduler does: today's and the next days' partitions exist before readings arrive.
  await createPartitionsAhead(db, new Date(Date.now() - 86_400_000), 3);
  const app = await buildApp({ db, storage: directoryStorage(path.join(bench.tmp, 'uploads')), logger: false, serveWeb: false, ...(options.events && { events: options.events }) });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  // As the platform does: the scheduler folds closed minutes into the roll-ups while the load runs (docs/adr/0026).
  const scheduler = startScheduler(db, pino({ level: 'silent' }), readingsJobs(DEFAULT_RETENTION_DAYS));
  const broker = options.mqtt
    ? await startEmbeddedBroker({ ingest: app.ingest, port: { value: 0, explicit: true }, host: '127.0.0.1', logger: pino({ level: 'silent' }) })
    : undefined;
  return {
    db,
    bench,
    app,
    url,
    broker,
    key,
    enterpriseId: enterprise!.id,
    sensors,
    async close() {
      await scheduler.stop();
      await broker?.close();
      await app.close();
      await bench.close();
    },
  };
}

export const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
