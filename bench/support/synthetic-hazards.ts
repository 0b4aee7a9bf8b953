import { sql } from 'kysely';
import type { Db } from '../../server/db/database.ts';

/**
 * `count` hazards spread over every enterprise, found over the last three years, generated inside PostgreSQL
 * (generate_series) in chunks: about 60 % closed, 20 % rectifying, 10 % reported, 10 % pending review;
 * one in ten major; deadlines 7–90 days after the finding, so a share of the open ones is overdue.
 */
export async function insertSyntheticHazards(db: Db, count: number, chunk = 100_000) {
  await sql`CREATE TEMP TABLE bench_enterprises AS
    SELECT row_number() OVER (ORDER BY id) - 1 AS n, id, district_code, region_path, industry_path FROM enterprises`.execute(db);
  const enterprises = Number((await sql<{ n: string }>`SELECT count(*) AS n FROM bench_enterprises`.execute(db)).rows[0]!.n);
  for (let start = 1; start <= count; start += chunk) {
    const end = Math.min(count, start + chunk - 1);
    await sql`
      INSERT INTO hazards (enterprise_id, district_code, region_path, industry_path, title, description, location, source, category,
                           grade, status, found_at, deadline, closed_at, supervised, legal_basis, lifecycle, reported_by_name, created_at)
      SELECT e.id, e.district_code, e.region_path, e.industry_path,
             '基准隐患' || g, '基准测试用隐患描述', '生产车间',
             (ARRAY['self_check','inspection','public_report','monitoring'])[1 + g % 4],
             (ARRAY['person','thing','environment','management'])[1 + g % 4],
             CASE WHEN g % 10 = 0 THEN 'major' ELSE 'general' END,
             s.status, f.found_at,
             CASE WHEN s.status = 'reported' THEN NULL ELSE f.found_at + (7 + g % 84) * interval '1 day' END,
             CASE WHEN s.status = 'closed' THEN f.found_at + (1 + g % 60) * interval '1 day' END,
             g % 10 = 0 AND g % 3 = 0,
             '{"standard":"安全生产法"}', '{}', '基准', f.found_at
      FROM generate_series(${start}::int, ${end}::int) g
      JOIN bench_enterprises e ON e.n = (g::bigint * 7919) % ${enterprises}
      CROSS JOIN LATERAL (SELECT now() - ((g::bigint * 104729) % (3 * 365 * 24 * 60)) * interval '1 minute' AS found_at) f
      CROSS JOIN LATERAL (SELECT CASE WHEN g % 10 < 6 THEN 'closed' WHEN g % 10 < 8 THEN 'rectifying' WHEN g % 10 < 9 THEN 'reported' ELSE 'pending_review' END AS status) s
    `.execute(db);
  }
  await sql`VACUUM ANALYZE hazards`.execute(db);
}
