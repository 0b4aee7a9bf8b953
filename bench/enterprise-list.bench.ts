/**
 * Issue #2 figure: GET /api/v1/enterprises?regionCode=…&page=… over 20,000 enterprises with 50 connections,
 * p99 < 50 ms, beside a trivial Fastify route measured in the same run. Uses the embedded PostgreSQL
 * (or ANQUAN_DATABASE_URL's server) and a fresh database. Run: npm run bench:enterprises
 */
import path from 'node:path';
import Fastify from 'fastify';
import { buildApp } from '../server/http/app.ts';
import { directoryStorage } from '../server/storage/file-storage.ts';
import { enterpriseListQuery } from '../server/organisations/enterprise.repository.ts';
import { createUser } from '../server/organisations/user.service.ts';
import { systemActor } from '../server/audit/audit.service.ts';
import { makeDepartment } from '../test/support/factories.ts';
import { benchDatabase, insertSyntheticEnterprises } from './support/bench-database.ts';
import { loadGenerator, runLoad } from './support/run-load.ts';

const ENTERPRISES = 20_000;
const CONNECTIONS = 50;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);

const bench = await benchDatabase();
const { db } = bench;

try {
  const t0 = performance.now();
  const rows = await insertSyntheticEnterprises(db, ENTERPRISES);
  const insertMs = performance.now() - t0;

  // A regulator of the city bureau: the realistic case, with the scope condition in every query.
  const department = await makeDepartment(db, ['510100'], 'ABCDEFGHIJKLMNOPQRST'.split(''));
  await createUser(db, systemActor(), { username: 'bench', password: 'Load-test#Kx7q2', displayName: 'bench', role: 'regulator', departmentId: department.id });

  if (process.env.BENCH_EXPLAIN) {
    // Prints the plan of the list query as the repository builds it, for a page deep in one district.
    const scope = { kind: 'department' as const, departmentId: department.id, regionCodes: null, industryCodes: null };
    const compiled = enterpriseListQuery(db, scope, { regionCode: '510104' }, '-createdAt', 20, 400).compile(db);
    const plan = await db.executeQuery<Record<string, string>>({ ...compiled, sql: `EXPLAIN ANALYZE ${compiled.sql}` });
    console.log(plan.rows.map((r) => Object.values(r)[0]).join('\n'));
  }

  const app = await buildApp({ db, storage: directoryStorage(path.join(bench.tmp, 'uploads')), logger: false, serveWeb: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const port = (app.server.address() as { port: number }).port;
  const login = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'bench', password: 'Load-test#Kx7q2' }),
  });
  const { token } = (await login.json()) as { token: string };

  const trivial = Fastify();
  trivial.get('/ping', async () => ({ ok: true }));
  await trivial.listen({ port: 0, host: '127.0.0.1' });
  const trivialPort = (trivial.server.address() as { port: number }).port;

  const district = '510104';
  const inDistrict = rows.filter((r) => r.region_path.includes(district)).length;
  const url = `http://127.0.0.1:${port}/api/v1/enterprises?regionCode=${district}&pageSize=20`;
  await runLoad(url, { token, connections: CONNECTIONS, seconds: 3, pages: Math.ceil(inDistrict / 20) }); // warm-up
  const list = await runLoad(url, { token, connections: CONNECTIONS, seconds: SECONDS, pages: Math.ceil(inDistrict / 20) });
  const ping = process.env.BENCH_SKIP_PING ? list : await runLoad(`http://127.0.0.1:${trivialPort}/ping`, { connections: CONNECTIONS, seconds: SECONDS });

  console.log(`enterprises: ${ENTERPRISES} (inserted in ${(insertMs / 1000).toFixed(1)} s); district ${district} holds ${inDistrict}`);
  console.log(`connections: ${CONNECTIONS}, ${SECONDS} s each, load generator ${loadGenerator()} in a separate process`);
  console.log('route                                   req/s     p50 ms  p90 ms  p99 ms  max ms  non-2xx');
  const line = (name: string, r: typeof list) =>
    console.log(`${name.padEnd(38)} ${r.rps.toFixed(0).padStart(6)}  ${String(r.p50).padStart(6)}  ${String(r.p90).padStart(6)}  ${String(r.p99).padStart(6)}  ${String(r.max).padStart(6)}  ${r.non2xx + r.errors}`);
  line('GET /api/v1/enterprises?regionCode&page', list);
  line('GET /ping (trivial Fastify route)', ping);
  console.log(list.p99 < 50 ? `PASS: p99 ${list.p99} ms < 50 ms` : `FAIL: p99 ${list.p99} ms ≥ 50 ms`);
  await app.close();
  await trivial.close();
} finally {
  await bench.close();
}
