/**
 * Issue 4 figure: one sensor's 24 h at 1-minute buckets with 100 million readings stored answers in < 50 ms.
 * Generates BENCH_READINGS raw readings (default 100,000,000; 1,000 sensors, one reading each 10 s per sensor,
 * ending now) with INSERT … SELECT generate_series into the daily partitions, derives the 1-minute and 1-hour
 * roll-ups with INSERT … SELECT … GROUP BY (as the roll-up job would have), then asks GET /api/v1/sensors/{id}/readings?bucket=1m for a 24-hour
 * window through the real server, BENCH_REQUESTS times (default 1,000) over different sensors. Run: npm run
 * bench:readings-query (BENCH_READINGS=10000000 for a quicker run). The npm script gives the process the
 * platform's heap flag (docs/adr/0028): it hosts the server.
 */
import { sql } from 'kysely';
import { systemActor } from '../../server/audit/audit.service.ts';
import { ensurePartitions } from '../../server/monitoring/readings/partitions.ts';
import { rollUpReadings } from '../../server/monitoring/readings/rollups.ts';
import { createUser } from '../../server/organisations/user.service.ts';
import { ingestBench, pct } from './ingest-setup.ts';

const READINGS = Number(process.env.BENCH_READINGS ?? 100_000_000);
const SENSORS = 1000;
const STEP_S = 10;
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 1000);

const b = await ingestBench({ sensors: SENSORS });
try {
  const perSensor = Math.ceil(READINGS / SENSORS);
  // The data ends where the roll-up job starts (docs/adr/0026): the roll-ups below are derived here, in bulk, and
  // the job (running, as in the platform) folds only what comes after.
  const end = (await b.db.selectFrom('readings_rollup_progress').select('rolled_up_to').executeTakeFirstOrThrow()).rolled_up_to.getTime();
  const start = end - perSensor * STEP_S * 1000;
  const days: number[] = [];
  for (let t = start; t <= end; t += 86_400_000) days.push(t);
  days.push(end);
  await ensurePartitions(b.db, days);
  let t = performance.now();
  // One pass per day-long slice keeps each statement's sort and WAL moderate.
  const sliceS = 86_400;
  for (let from = 0; from < perSensor * STEP_S; from += sliceS) {
    const to = Math.min(perSensor * STEP_S, from + sliceS);
    await sql`
      INSERT INTO readings (sensor_num, ts, value)
      SELECT s.num, to_timestamp(${start / 1000}::float8 + g), 0.5 + 0.4 * sin(g / 600.0 + s.num)
      FROM sensors s, generate_series(${from}::int, ${to - STEP_S}::int, ${STEP_S}::int) AS g`.execute(b.db);
  }
  const raw = performance.now() - t;
  t = performance.now();
  await sql`INSERT INTO readings_1m SELECT sensor_num, date_trunc('minute', ts, 'UTC'), min(value), max(value), sum(value), count(*) FROM readings GROUP BY 1, 2`.execute(b.db);
  await sql`INSERT INTO readings_1h SELECT sensor_num, date_trunc('hour', bucket, 'UTC'), min(min), max(max), sum(sum), sum(count) FROM readings_1m GROUP BY 1, 2`.execute(b.db);
  // What autovacuum does to roll-up partitions every 20,000 new rows (partitions.ts): marks pages all-visible.
  await sql`VACUUM ANALYZE readings_1m, readings_1h`.execute(b.db);
  // After a bulk load autovacuum would otherwise visit every freshly written day partition during the
  // measurement (a platform fed live vacuums a little all the time); BENCH_VACUUM=0 measures without this.
  if (process.env.BENCH_VACUUM === '0') await sql`ANALYZE readings`.execute(b.db);
  else await sql`VACUUM ANALYZE readings`.execute(b.db);
  // Steady state: the roll-up job's first run after a bulk load summarizes the day's BRIN ranges written so far
  // (seconds, once); afterwards each 5-second run costs only what arrived since the last.
  await rollUpReadings(b.db, new Date());
  const rolled = performance.now() - t;
  const stored = Number((await sql<{ n: number }>`SELECT count(*)::bigint AS n FROM readings`.execute(b.db)).rows[0]!.n);
  console.log(`data: ${stored.toLocaleString()} readings (${SENSORS} sensors × ${perSensor.toLocaleString()}, every ${STEP_S} s) inserted in ${(raw / 1000).toFixed(0)} s, roll-ups in ${(rolled / 1000).toFixed(0)} s`);

  await createUser(b.db, systemActor(), { username: 'bench', password: 'Load-test#Kx7q2', displayName: 'bench', role: 'admin' });
  const login = await fetch(`${b.url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'bench', password: 'Load-test#Kx7q2' }) });
  const { token } = (await login.json()) as { token: string };
  const to = new Date(end).toISOString();
  const from = new Date(end - 86_400_000).toISOString();
  const vacuums = async () => Number((await sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_stat_activity WHERE backend_type = 'autovacuum worker'`.execute(b.db)).rows[0]!.n);
  const vacuumingBefore = await vacuums();
  const times: number[] = [];
  let items = 0;
  for (let i = 0; i < REQUESTS; i++) {
    const sensor = b.sensors[(i * 37) % SENSORS]!;
    const began = performance.now();
    const response = await fetch(`${b.url}/api/v1/sensors/${sensor.id}/readings?bucket=1m&from=${from}&to=${to}`, { headers: { authorization: `Bearer ${token}` } });
    const body = (await response.json()) as { items: unknown[] };
    times.push(performance.now() - began);
    items = body.items.length;
  }
  times.sort((a, c) => a - c);
  console.log(`autovacuum workers busy: ${vacuumingBefore} before the requests, ${await vacuums()} after`);
  console.log(`24 h at 1-minute buckets (${items} buckets a response), ${REQUESTS} requests: p50 ${pct(times, 50).toFixed(1)} ms, p99 ${pct(times, 99).toFixed(1)} ms, max ${times.at(-1)!.toFixed(1)} ms`);
  console.log(`target < 50 ms: ${pct(times, 99) < 50 ? 'met (p99)' : pct(times, 50) < 50 ? 'met at p50, not at p99' : 'NOT met'}`);
} finally {
  await b.close();
}
