/**
 * Issue 4 figure (alarm latency, publish → SSE p99 < 200 ms at 5,000 msg/s). Devices publish QoS 1 over MQTT at
 * BENCH_RATE messages/s (default 5,000) across 1,000 sensors, each reading's ts being its send time; a city-wide
 * user's SSE stream (GET /api/v1/events/stream) subscribes to 200 of them, and the latency of an event is its
 * arrival minus that ts. Measures `reading` events now (BENCH_EVENT_TYPES=reading). With the alarm engine merged,
 * run BENCH_EVENT_TYPES=alarm.opened,alarm.changed,alarm.cleared BENCH_RULES=1: the sensors then carry methane
 * rules (alarm ≥ 1.0, power-off ≥ 1.5, restore < 1.0) that the load's values (0–9.99) cross all the time, and
 * an alarm event's latency is taken from the reading ts it carries (data.ts, data.readingTs, or the event's `at`).
 * BENCH_VALUES=wave makes the load realistic for alarms (mqtt-load.ts: every sensor crosses its level about once a
 * minute) instead of the saw-tooth storm. Run: npm run bench:reading-latency (BENCH_SECONDS=30, BENCH_WARMUP_SECONDS=5).
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { systemActor } from '../../server/audit/audit.service.ts';
import { createUser } from '../../server/organisations/user.service.ts';
import { ingestBench, pct } from './ingest-setup.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const RATE = Number(process.env.BENCH_RATE ?? 5_000);
const TYPES = process.env.BENCH_EVENT_TYPES ?? 'reading';
/** Events of readings sent in the first seconds (connections opening, caches filling, JIT) are reported apart. */
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 5);
const run = promisify(execFile);
const here = path.dirname(new URL(import.meta.url).pathname);

const b = await ingestBench({ sensors: 1000, mqtt: true });
try {
  if (process.env.BENCH_RULES) {
    const rules = [
      { kind: 'threshold', direction: 'high', levels: [{ severity: 'alarm', at: 1.0 }], deadband: 0, minDurationSec: 0 },
      { kind: 'power_off', powerOffAt: 1.5, restoreBelow: 1.0 },
    ];
    await sql`UPDATE sensors SET rules = ${JSON.stringify(rules)}::jsonb`.execute(b.db);
  }
  await createUser(b.db, systemActor(), { username: 'bench', password: 'Load-test#Kx7q2', displayName: 'bench', role: 'admin' });
  const login = await fetch(`${b.url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'bench', password: 'Load-test#Kx7q2' }) });
  const { token } = (await login.json()) as { token: string };
  const subscribed = b.sensors.slice(0, 200).map((s) => s.id);
  const abort = new AbortController();
  const stream = await fetch(`${b.url}/api/v1/events/stream?sensors=${subscribed.join(',')}&types=${TYPES}`, { headers: { authorization: `Bearer ${token}` }, signal: abort.signal });
  const latencies: number[] = [];
  const warmup: number[] = [];
  let loadStart = Number.POSITIVE_INFINITY;
  const reading = (async () => {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of stream.body as unknown as AsyncIterable<Uint8Array>) {
        const arrived = Date.now();
        buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const message = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = message.split('\n').find((l) => l.startsWith('data: '));
          if (!data) continue;
          const event = JSON.parse(data.slice(6)) as { at?: string; data?: { ts?: string; readingTs?: string } };
          // A reading carries its ts; an alarm event's `at` is the time of the reading that changed it (event-bus.ts).
          const ts = event.data?.readingTs ?? event.data?.ts ?? event.at;
          if (!ts) continue;
          const sent = Date.parse(ts);
          (sent < loadStart + WARMUP_SECONDS * 1000 ? warmup : latencies).push(arrived - sent);
        }
      }
    } catch {
      // aborted at the end
    }
  })();
  loadStart = Date.now();
  const { stdout } = await run(process.execPath, ['--import', 'tsx', path.join(here, 'mqtt-load.ts'), b.broker!.url, b.key, '1000', String(SECONDS), '20', '100', String(RATE)], { maxBuffer: 1 << 20 });
  const load = JSON.parse(stdout) as { acked: number; seconds: number; p50: number; p99: number };
  await b.app.ingest.drain();
  await new Promise((r) => setTimeout(r, 500));
  abort.abort();
  await reading;
  latencies.sort((a, c) => a - c);
  warmup.sort((a, c) => a - c);
  const rate = load.acked / load.seconds;
  console.log(`load: ${Math.round(rate).toLocaleString()} msg/s acknowledged over ${load.seconds.toFixed(1)} s (asked ${RATE}/s); publish → PUBACK p50 ${load.p50} ms, p99 ${load.p99} ms`);
  console.log(`events (${TYPES}) on the SSE stream after the first ${WARMUP_SECONDS} s: ${latencies.length} (${(latencies.length / (load.seconds - WARMUP_SECONDS)).toFixed(0)}/s); publish → event p50 ${pct(latencies, 50)} ms, p99 ${pct(latencies, 99)} ms, max ${latencies.at(-1)} ms`);
  console.log(`warm-up (first ${WARMUP_SECONDS} s): ${warmup.length} events, p50 ${pct(warmup, 50)} ms, p99 ${pct(warmup, 99)} ms, max ${warmup.at(-1)} ms`);
  console.log(`target p99 < 200 ms: ${pct(latencies, 99) < 200 ? 'met' : 'NOT met'}`);
} finally {
  await b.close();
}
