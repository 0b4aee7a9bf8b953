/**
 * Issue 4 figure: HTTP batches of 1,000 readings sustain ≥ 50,000 readings/s for 60 s, reported as a ratio of
 * raw PostgreSQL COPY of the same rows (into a plain table with the same primary key, no roll-ups) measured in
 * the same run. Load comes from a separate process. Run: npm run bench:ingest-http
 * (BENCH_SECONDS=60, BENCH_CONNECTIONS=4, BENCH_SENSORS=1000, BENCH_START_AGO_MS=14400000).
 */
import { execFile, spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { rollUpReadings } from '../../server/monitoring/readings/rollups.ts';
import { ingestBench } from './ingest-setup.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 4);
const SENSORS = Number(process.env.BENCH_SENSORS ?? 1000);
const BATCH = 1000;
/** Where the readings' clock starts: 4 h ago by default (a replay: every reading is late for the roll-up job,
 * its worst case); BENCH_START_AGO_MS=0 with BENCH_SENSORS=50000 is a live city, one reading a second a sensor. */
const START_AGO_MS = Number(process.env.BENCH_START_AGO_MS ?? 4 * 3_600_000);
const run = promisify(execFile);
const here = path.dirname(new URL(import.meta.url).pathname);

const b = await ingestBench({ sensors: SENSORS });
try {
  const t0 = Date.now() - START_AGO_MS;
  const { stdout } = await run(process.execPath, ['--import', 'tsx', path.join(here, 'http-load.ts'), b.url, b.key, String(SENSORS), String(SECONDS), String(CONNECTIONS), String(BATCH), String(t0)], { maxBuffer: 1 << 20 });
  const load = JSON.parse(stdout) as { readings: number; batches: number; failures: number; seconds: number; p50: number; p99: number };
  const ours = load.readings / load.seconds;
  const stored = Number((await sql<{ n: number }>`SELECT count(*)::int AS n FROM readings`.execute(b.db)).rows[0]!.n);
  // The roll-ups account for every stored reading once the job has passed the last minute.
  await rollUpReadings(b.db, new Date(Date.now() + 10 * 60_000));
  const rolledUp = Number((await sql<{ n: number }>`SELECT coalesce(sum(count), 0)::int AS n FROM readings_1m`.execute(b.db)).rows[0]!.n);

  // The same rows through raw COPY (psql), into a table with the same primary key and no roll-ups.
  await sql`CREATE TABLE bench_copy (sensor_num integer NOT NULL, ts timestamptz NOT NULL, value double precision NOT NULL, out_of_range boolean NOT NULL, status text, PRIMARY KEY (sensor_num, ts))`.execute(b.db);
  const csv = path.join(b.bench.tmp, 'rows.csv');
  await new Promise<void>((resolve, reject) => {
    const out = createWriteStream(csv);
    out.on('error', reject);
    sql<{ sensor_num: number; ts: string; value: number }>`SELECT sensor_num, ts::text AS ts, value FROM readings`.execute(b.db).then(({ rows }) => {
      for (const r of rows) out.write(`${r.sensor_num},${r.ts},${r.value},f,\n`);
      out.end(resolve);
    }, reject);
  });
  const began = performance.now();
  await new Promise<void>((resolve, reject) => {
    const psql = spawn('psql', [b.bench.url, '-q', '-c', `\\copy bench_copy FROM '${csv}' WITH (FORMAT csv)`], { stdio: ['ignore', 'inherit', 'inherit'] });
    psql.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`psql exited ${code}`))));
  });
  const copySeconds = (performance.now() - began) / 1000;
  const copyRate = stored / copySeconds;
  console.log(`HTTP ingestion: ${load.readings.toLocaleString()} readings in ${load.seconds.toFixed(1)} s = ${Math.round(ours).toLocaleString()} readings/s ` +
    `(${CONNECTIONS} connections, batches of ${BATCH}, request p50 ${load.p50} ms, p99 ${load.p99} ms, ${load.failures} failed requests; ${stored.toLocaleString()} rows stored; roll-up job on, 1-minute roll-ups count ${rolledUp.toLocaleString()} readings)`);
  console.log(`raw COPY of the same ${stored.toLocaleString()} rows: ${copySeconds.toFixed(1)} s = ${Math.round(copyRate).toLocaleString()} rows/s`);
  console.log(`ratio: ${(ours / copyRate).toFixed(2)} of raw COPY; target ≥ 50,000 readings/s: ${ours >= 50_000 ? 'met' : 'NOT met'}`);
} finally {
  await b.close();
}
