/**
 * Issue 4 figure: MQTT QoS 1, one reading a message, 1,000 sensors: ≥ 20,000 messages/s sustained. Each message is
 * acknowledged only after its reading is committed (group commit across messages). Load from a separate process.
 * Run: npm run bench:ingest-mqtt (BENCH_SECONDS=30, BENCH_CONNECTIONS=50, BENCH_WINDOW=200).
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { ingestBench } from './ingest-setup.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const WINDOW = Number(process.env.BENCH_WINDOW ?? 200);
const SENSORS = 1000;
const run = promisify(execFile);
const here = path.dirname(new URL(import.meta.url).pathname);

const b = await ingestBench({ sensors: SENSORS, mqtt: true });
try {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', path.join(here, 'mqtt-load.ts'), b.broker!.url, b.key, String(SENSORS), String(SECONDS), String(CONNECTIONS), String(WINDOW), '0'], { maxBuffer: 1 << 20 });
  const load = JSON.parse(stdout) as { acked: number; seconds: number; p50: number; p99: number };
  await b.app.ingest.drain();
  const stored = Number((await sql<{ n: number }>`SELECT count(*)::int AS n FROM readings`.execute(b.db)).rows[0]!.n);
  const rate = load.acked / load.seconds;
  console.log(`MQTT QoS 1: ${load.acked.toLocaleString()} messages acknowledged in ${load.seconds.toFixed(1)} s = ${Math.round(rate).toLocaleString()} msg/s ` +
    `(${SENSORS} sensors, ${CONNECTIONS} connections, ≤ ${WINDOW} in flight each; publish → PUBACK p50 ${load.p50} ms, p99 ${load.p99} ms; ${stored.toLocaleString()} rows stored)`);
  console.log(`target ≥ 20,000 msg/s: ${rate >= 20_000 ? 'met' : 'NOT met'}; every acknowledged reading stored: ${stored >= load.acked ? 'yes' : 'NO'}`);
} finally {
  await b.close();
}
