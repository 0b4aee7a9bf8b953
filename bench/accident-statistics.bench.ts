/**
 * Accidents issue figure: statistics over 200,000 accidents grouped by month for 5 years answer in < 200 ms.
 * The accidents are generated inside PostgreSQL (one INSERT … SELECT over generate_series), then requests go
 * through the real server (HTTP, authentication, scope, year-on-year second query, serialisation) one at a
 * time. Run: npm run bench:accidents (BENCH_ACCIDENTS=… to change the volume; BENCH_EXPLAIN=1 prints the plan).
 */
import path from 'node:path';
import { sql } from 'kysely';
import { systemActor } from '../server/audit/audit.service.ts';
import { buildApp } from '../server/http/app.ts';
import { createUser } from '../server/organisations/user.service.ts';
import { referenceData } from '../server/organisations/reference-data.ts';
import { directoryStorage } from '../server/storage/file-storage.ts';
import { makeDepartment } from '../test/support/factories.ts';
import { benchDatabase } from './support/bench-database.ts';

const ACCIDENTS = Number(process.env.BENCH_ACCIDENTS ?? 200_000);
const RUNS = 50;

const bench = await benchDatabase();
const { db } = bench;
try {
  const ref = referenceData();
  const districts = ref.regionTree[0]!.children!.map((d) => d.code);
  const industries = ref.industries.filter((r) => r.level === 4).filter((_, i) => i % 25 === 0).map((r) => ref.industry(r.code)!);
  let t = performance.now();
  // Five years of accidents, 2021-12-01 to 2026-11-30, spread over the districts and a sample of classes;
  // seven in ten without deaths.
  await sql`
    INSERT INTO accidents (region_code, district_code, region_path, industry_code, industry_section, industry_path, occurred_at, known_at,
      reported_at, category, deaths, missing, serious_injuries, minor_injuries, direct_loss_yuan, is_road_traffic, is_fire, description,
      grade, reporting_chain, supplementary_ends_at, late_report, source, reported_by_name, number)
    SELECT d, d, ARRAY['510100', d], (${industries.map((i) => i.row.code)}::text[])[k], (${industries.map((i) => i.path[0]!)}::text[])[k],
      string_to_array((${industries.map((i) => i.path.join(','))}::text[])[k], ','), at, at, at, lpad(c::text, 2, '0'), deaths, 0, serious, serious * 2,
      loss, c = 2, c = 8, 'bench', CASE WHEN deaths >= 10 THEN 'major' WHEN deaths >= 3 THEN 'larger' ELSE 'general' END, '[]', at + interval '30 days',
      false, 'import', 'bench', 'B-' || n
    FROM (
      SELECT (${districts}::text[])[1 + floor(random() * ${districts.length})::int] AS d,
             1 + floor(random() * ${industries.length})::int AS k,
             timestamptz '2021-12-01 00:00+08' + random() * interval '1826 days' AS at,
             1 + floor(random() * 20)::int AS c,
             CASE WHEN random() < 0.3 THEN 1 + floor(random() * random() * 12)::int ELSE 0 END AS deaths,
             floor(random() * 3)::int AS serious,
             floor(random() * 2000000)::bigint AS loss,
             g AS n
      FROM generate_series(1, ${ACCIDENTS}) g
    ) s`.execute(db);
  await sql`VACUUM ANALYZE accidents`.execute(db);
  console.log(`data: ${ACCIDENTS} accidents over 5 years, generated in ${((performance.now() - t) / 1000).toFixed(1)} s`);

  const department = await makeDepartment(db, ['510100'], 'ABCDEFGHIJKLMNOPQRST'.split(''));
  await createUser(db, systemActor(), { username: 'bench', password: 'Load-test#Kx7q2', displayName: 'bench', role: 'regulator', departmentId: department.id });
  const district = await makeDepartment(db, ['510104'], ['B', 'C', 'E']);
  await createUser(db, systemActor(), { username: 'bench.district', password: 'Load-test#Kx7q2', displayName: 'bench', role: 'regulator', departmentId: district.id });
  const app = await buildApp({ db, storage: directoryStorage(path.join(bench.tmp, 'uploads')), logger: false, serveWeb: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  const tokenOf = async (username: string) => {
    const login = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: 'Load-test#Kx7q2' }) });
    return ((await login.json()) as { token: string }).token;
  };
  const city = await tokenOf('bench');
  const scoped = await tokenOf('bench.district');

  const cases: Array<[string, string, string]> = [
    ['by month, 5 years, city (the figure)', 'groupBy=month&from=2021-12-01&to=2026-11-30', city],
    ['by region, 5 years, city', 'groupBy=region&from=2021-12-01&to=2026-11-30', city],
    ['by industry, one year, city', 'groupBy=industry&from=2025-01-01&to=2025-12-31', city],
    ['by month, 5 years, district regulator', 'groupBy=month&from=2021-12-01&to=2026-11-30', scoped],
    ['by grade, 5 years, one district filter', 'groupBy=grade&from=2021-12-01&to=2026-11-30&regionCode=510107', city],
  ];
  if (process.env.BENCH_EXPLAIN) {
    const plan = await sql<Record<string, string>>`EXPLAIN (ANALYZE, BUFFERS) SELECT to_char(occurred_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM'), count(*), sum(deaths), sum(serious_injuries), sum(direct_loss_yuan) FROM accidents WHERE occurred_at >= '2021-12-01' AND occurred_at < '2026-12-01' GROUP BY 1`.execute(db);
    console.log(plan.rows.map((r) => Object.values(r)[0]).join('\n'));
  }
  const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
  console.log(`case                                       p50 ms   p95 ms   (${RUNS} sequential requests through HTTP after 5 warm-up)`);
  let figure = 0;
  for (const [name, query, token] of cases) {
    const times: number[] = [];
    for (let n = 0; n < RUNS + 5; n++) {
      t = performance.now();
      const res = await fetch(`${base}/api/v1/statistics/accidents?${query}`, { headers: { authorization: `Bearer ${token}` } });
      if (res.status !== 200) throw new Error(`${name}: ${res.status} ${await res.text()}`);
      await res.arrayBuffer();
      if (n >= 5) times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    if (figure === 0) figure = pct(times, 95);
    console.log(`${name.padEnd(42)} ${pct(times, 50).toFixed(1).padStart(7)}  ${pct(times, 95).toFixed(1).padStart(7)}`);
  }
  console.log(figure < 200 ? `PASS: by month over 5 years p95 ${figure.toFixed(1)} ms < 200 ms` : `FAIL: p95 ${figure.toFixed(1)} ms ≥ 200 ms`);
  await app.close();
} finally {
  await bench.close();
}
