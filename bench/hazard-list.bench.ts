/**
 * Hazards issue figure: with 1,000,000 hazards over 20,000 enterprises, a filtered list answers with
 * p95 < 50 ms. Requests go through the real server (HTTP, authentication, scope, serialisation) as a city
 * regulator, one at a time, over a mix of filters a regulator uses. Run: npm run bench:hazards
 * (BENCH_HAZARDS=200000 for a quicker run).
 */
import path from 'node:path';
import { systemActor } from '../server/audit/audit.service.ts';
import { buildApp } from '../server/http/app.ts';
import { createUser } from '../server/organisations/user.service.ts';
import { directoryStorage } from '../server/storage/file-storage.ts';
import { makeDepartment } from '../test/support/factories.ts';
import { benchDatabase, insertSyntheticEnterprises } from './support/bench-database.ts';
import { insertSyntheticHazards } from './support/synthetic-hazards.ts';

const HAZARDS = Number(process.env.BENCH_HAZARDS ?? 1_000_000);
const ENTERPRISES = 20_000;
const REQUESTS_PER_FILTER = 200;

const bench = await benchDatabase();
const { db } = bench;
try {
  let t = performance.now();
  const enterprises = await insertSyntheticEnterprises(db, ENTERPRISES);
  await insertSyntheticHazards(db, HAZARDS);
  console.log(`data: ${ENTERPRISES} enterprises, ${HAZARDS} hazards, generated in ${((performance.now() - t) / 1000).toFixed(0)} s`);

  const department = await makeDepartment(db, ['510100'], 'ABCDEFGHIJKLMNOPQRST'.split(''));
  await createUser(db, systemActor(), { username: 'bench', password: 'Load-test#Kx7q2', displayName: 'bench', role: 'regulator', departmentId: department.id });
  const app = await buildApp({ db, storage: directoryStorage(path.join(bench.tmp, 'uploads')), logger: false, serveWeb: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  const login = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'bench', password: 'Load-test#Kx7q2' }) });
  const { token } = (await login.json()) as { token: string };

  const districts = ['510104', '510105', '510106', '510107', '510108', '510112', '510113', '510114'];
  let i = 0;
  const next = <T>(xs: T[]) => xs[i++ % xs.length]!;
  const filters: Array<[string, () => string]> = [
    ['district + open status', () => `regionCode=${next(districts)}&status=rectifying`],
    ['overdue in a district', () => `overdue=true&regionCode=${next(districts)}`],
    ['open major hazards', () => `grade=major&status=reported`],
    ['supervised (挂牌督办)', () => `supervised=true`],
    ['one enterprise', () => `enterpriseId=${next(enterprises).id}`],
    ['district + found this year', () => `regionCode=${next(districts)}&foundFrom=2026-01-01&foundTo=2026-12-31`],
    ['closed last quarter, city-wide', () => `closedFrom=2026-07-01&closedTo=2026-09-30`],
    ['deep page of a district', () => `regionCode=${next(districts)}&page=${1 + (i % 50)}`],
  ];
  if (process.env.BENCH_EXPLAIN) {
    // The plans of the list statement for each filter, as the repository builds it.
    const { hazardListQuery } = await import('../server/hazards/hazard.repository.ts');
    const { hazardListQuerySchema } = await import('../core/hazards/hazard-view.schema.ts');
    for (const [name, query] of filters) {
      const f = hazardListQuerySchema.parse(Object.fromEntries(new URLSearchParams(query())));
      const compiled = hazardListQuery({ kind: 'city' }, f, 20, 0, new Date()).compile(db);
      const plan = await db.executeQuery<Record<string, string>>({ ...compiled, sql: `EXPLAIN (ANALYZE, BUFFERS) ${compiled.sql}` });
      console.log(`--- ${name}\n${plan.rows.map((r) => Object.values(r)[0]).join('\n')}`);
    }
  }
  const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
  console.log('filter                              p50 ms   p95 ms   p99 ms   (sequential requests through HTTP)');
  const all: number[] = [];
  for (const [name, query] of filters) {
    const times: number[] = [];
    for (let n = 0; n < REQUESTS_PER_FILTER + 10; n++) {
      t = performance.now();
      const res = await fetch(`${base}/api/v1/hazards?${query()}&pageSize=20`, { headers: { authorization: `Bearer ${token}` } });
      if (res.status !== 200) throw new Error(`${name}: ${res.status} ${await res.text()}`);
      await res.arrayBuffer();
      if (n >= 10) times.push(performance.now() - t); // the first ten warm the caches and prepared statements
    }
    times.sort((a, b) => a - b);
    all.push(...times);
    console.log(`${name.padEnd(34)} ${pct(times, 50).toFixed(1).padStart(7)}  ${pct(times, 95).toFixed(1).padStart(7)}  ${pct(times, 99).toFixed(1).padStart(7)}`);
  }
  all.sort((a, b) => a - b);
  console.log(`${'all filters'.padEnd(34)} ${pct(all, 50).toFixed(1).padStart(7)}  ${pct(all, 95).toFixed(1).padStart(7)}  ${pct(all, 99).toFixed(1).padStart(7)}`);
  console.log(pct(all, 95) < 50 ? `PASS: p95 ${pct(all, 95).toFixed(1)} ms < 50 ms` : `FAIL: p95 ${pct(all, 95).toFixed(1)} ms ≥ 50 ms`);

  // Hazards issue: statistics for a district over a year < 500 ms.
  const year = new Date().getFullYear();
  const statistics: Array<[string, string]> = [
    ['district, by enterprise, one year', `groupBy=enterprise&regionCode=510104&from=${year}-01-01&to=${year}-12-31`],
    ['district, by department, one year', `groupBy=department&regionCode=510104&from=${year}-01-01&to=${year}-12-31`],
    ['city, by district, one year', `groupBy=region&from=${year}-01-01&to=${year}-12-31`],
  ];
  console.log('statistics                          median ms   max ms   (5 runs after one warm-up)');
  let worstDistrict = 0;
  for (const [name, query] of statistics) {
    const times: number[] = [];
    for (let n = 0; n < 6; n++) {
      t = performance.now();
      const res = await fetch(`${base}/api/v1/hazards/statistics?${query}`, { headers: { authorization: `Bearer ${token}` } });
      if (res.status !== 200) throw new Error(`${name}: ${res.status} ${await res.text()}`);
      await res.arrayBuffer();
      if (n > 0) times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    if (name.startsWith('district')) worstDistrict = Math.max(worstDistrict, times.at(-1)!);
    console.log(`${name.padEnd(34)} ${times[2]!.toFixed(0).padStart(9)}  ${times.at(-1)!.toFixed(0).padStart(7)}`);
  }
  console.log(worstDistrict < 500 ? `PASS: district statistics ${worstDistrict.toFixed(0)} ms < 500 ms` : `FAIL: district statistics ${worstDistrict.toFixed(0)} ms ≥ 500 ms`);
  await app.close();
} finally {
  await bench.close();
}
