/**
 * Issue #2 figures: cold start of a new data directory to a healthy server (initdb, migrations, demo seed)
 * < 30 s; warm start < 5 s. Runs `anquan start` as a user would. Run: npm run bench:startup
 */
import { rm } from 'node:fs/promises';
import { newDataDir, startPlatformProcess, stopPlatformProcess } from '../test/support/platform-process.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const env = { ANQUAN_DEMO: '1', ANQUAN_DATABASE_URL: '' };

const cold: number[] = [];
const warm: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const dataDir = await newDataDir();
  let t = performance.now();
  const first = await startPlatformProcess({ dataDir, env });
  cold.push(performance.now() - t);
  await stopPlatformProcess(first);
  t = performance.now();
  const second = await startPlatformProcess({ dataDir, env });
  warm.push(performance.now() - t);
  await stopPlatformProcess(second);
  await rm(dataDir, { recursive: true, force: true });
}

const fmt = (xs: number[]) => xs.map((x) => `${(x / 1000).toFixed(2)} s`).join(', ');
const max = (xs: number[]) => Math.max(...xs) / 1000;
console.log(`cold start (new data directory → healthy, demo city seeded): ${fmt(cold)}; worst ${max(cold).toFixed(2)} s (target < 30 s)`);
console.log(`warm start (existing data directory → healthy):             ${fmt(warm)}; worst ${max(warm).toFixed(2)} s (target < 5 s)`);
console.log(max(cold) < 30 && max(warm) < 5 ? 'PASS' : 'FAIL');
