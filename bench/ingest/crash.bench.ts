/**
 * Issue 4 figure (crash test): `kill -9` of the platform during QoS 1 ingestion at BENCH_RATE messages/s (default
 * 10,000), restart, and check that every acknowledged reading is stored. The platform runs as a user runs it
 * (`node bin/anquan.js start`, embedded MQTT broker) against this script's PostgreSQL; the load process logs
 * each PUBACK's (sensor, ts); after the restart every logged reading is looked up.
 * Run: npm run bench:crash (BENCH_KILL_AFTER_S=10).
 */
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'kysely';
import { freePort } from '../../server/http/ports.ts';
import { createPartitionsAhead } from '../../server/monitoring/readings/partitions.ts';
import { startPlatformProcess, stopPlatformProcess } from '../../test/support/platform-process.ts';
import { benchDatabase, insertSyntheticEnterprises } from '../support/bench-database.ts';
import { insertBenchSensors } from './ingest-setup.ts';

const RATE = Number(process.env.BENCH_RATE ?? 10_000);
const KILL_AFTER_S = Number(process.env.BENCH_KILL_AFTER_S ?? 10);
const here = path.dirname(new URL(import.meta.url).pathname);

const bench = await benchDatabase();
try {
  const [enterprise] = await insertSyntheticEnterprises(bench.db, 1);
  const { key } = await insertBenchSensors(bench.db, enterprise!.id, 1000);
  await createPartitionsAhead(bench.db, new Date(Date.now() - 86_400_000), 3);
  const mqttPort = await freePort();
  const env = { ANQUAN_DATABASE_URL: bench.url, ANQUAN_MQTT_PORT: String(mqttPort), ANQUAN_DEMO: '0', ANQUAN_DATA_DIR: path.join(bench.tmp, 'data') };
  const platform = await startPlatformProcess({ env });
  const ackLog = path.join(bench.tmp, 'acked.csv');
  const load = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'mqtt-load.ts'), `mqtt://127.0.0.1:${mqttPort}`, key, '1000', String(KILL_AFTER_S + 10), '20', '200', String(RATE), ackLog], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  load.stdout.on('data', (c) => (out += c));
  const loadDone = new Promise<void>((resolve) => load.once('exit', () => resolve()));
  await new Promise((r) => setTimeout(r, KILL_AFTER_S * 1000));
  platform.child.kill('SIGKILL');
  await platform.exited;
  console.log(`killed the platform (SIGKILL) after ${KILL_AFTER_S} s of load`);
  await loadDone;
  const result = JSON.parse(out || '{"acked":0}') as { acked: number; seconds: number };

  const restarted = await startPlatformProcess({ env });
  const lines = (await readFile(ackLog, 'utf8').catch(() => '')).split('\n').filter(Boolean);
  const codes = lines.map((l) => l.split(',')[0]!);
  const stamps = lines.map((l) => Number(l.split(',')[1]));
  const missing = Number(
    (
      await sql<{ n: number }>`
        SELECT count(*)::int AS n FROM unnest(${codes}::text[], ${stamps}::float8[]) AS a(code, ms)
        JOIN sensors s ON s.code = a.code
        WHERE NOT EXISTS (SELECT 1 FROM readings r WHERE r.sensor_num = s.num AND r.ts = to_timestamp(a.ms / 1000))`.execute(bench.db)
    ).rows[0]!.n,
  );
  const stored = Number((await sql<{ n: number }>`SELECT count(*)::int AS n FROM readings`.execute(bench.db)).rows[0]!.n);
  console.log(`acknowledged before the kill: ${lines.length.toLocaleString()} (${Math.round(result.acked / KILL_AFTER_S).toLocaleString()} msg/s asked ${RATE}/s); stored: ${stored.toLocaleString()}; acknowledged but missing: ${missing}`);
  console.log(`restart: healthy again at ${restarted.url}; every acknowledged reading is there: ${missing === 0 && lines.length > 0 ? 'yes' : 'NO'}`);
  await stopPlatformProcess(restarted);
  if (missing > 0 || lines.length === 0) process.exitCode = 1;
} finally {
  await bench.close();
}
