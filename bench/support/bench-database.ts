import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { connect, withDatabase, type Db } from '../../server/db/database.ts';
import { startEmbeddedPostgres } from '../../server/db/embedded-postgres.ts';
import { removeServerData } from '../../server/db/embedded-postgres-root.ts';
import { migrate } from '../../server/db/migrate.ts';
import { mulberry32 } from '../../server/demo/prng.ts';
import { classifyEnterprise } from '../../server/organisations/enterprise.service.ts';
import { referenceData } from '../../server/organisations/reference-data.ts';
import { validCreditCode } from '../../test/support/factories.ts';

/**
 * A fresh, migrated database for a benchmark: on the embedded PostgreSQL (or ANQUAN_DATABASE_URL's server),
 * dropped again by `close`.
 */
export async function benchDatabase() {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'anquan-bench-'));
  let serverUrl = process.env.ANQUAN_DATABASE_URL;
  let stopPg = async () => undefined as void;
  if (!serverUrl) {
    const server = await startEmbeddedPostgres(path.join(tmp, 'pg'), () => undefined);
    serverUrl = server.url;
    stopPg = server.stop;
  }
  const name = `anquan_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const db = connect(withDatabase(serverUrl, name));
  await migrate(db);
  return {
    db,
    tmp,
    /** The bench database's URL (for psql and child processes). */
    url: withDatabase(serverUrl, name),
    async close() {
      await db.destroy();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
      await stopPg();
      await removeServerData(path.join(tmp, 'pg')); // with the cluster it links to when root had to place it elsewhere
      await rm(tmp, { recursive: true, force: true });
    },
  };
}

/** `count` synthetic enterprises over the city's streets and GB/T 4754 classes, registered over three years. */
export async function insertSyntheticEnterprises(db: Db, count: number, seed = 4754) {
  const ref = referenceData();
  const streets = ref.regionTree[0]!.children!.flatMap((d) => d.children ?? []);
  const industries = ref.industries.filter((r) => r.level === 4);
  const rand = mulberry32(seed);
  const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)]!;
  const codes = new Set<string>();
  const rows = [];
  while (rows.length < count) {
    const street = pick(streets);
    const industryCode = pick(industries).code;
    const creditCode = validCreditCode(street.code.slice(0, 6));
    if (codes.has(creditCode)) continue;
    codes.add(creditCode);
    rows.push({
      id: randomUUID(),
      name: `基准测试企业${rows.length}有限公司`,
      credit_code: creditCode,
      industry_code: industryCode,
      region_code: street.code,
      ...classifyEnterprise(industryCode, street.code),
      address: `${street.name}某路${rows.length}号`,
      lng: 104 + rand(),
      lat: 30.5 + rand() * 0.5,
      employees: Math.floor(rand() * 1000),
      created_at: new Date(Date.now() - Math.floor(rand() * 3 * 365 * 86_400_000)),
    });
  }
  for (let i = 0; i < rows.length; i += 1000) await db.insertInto('enterprises').values(rows.slice(i, i + 1000)).execute();
  await sql`VACUUM ANALYZE enterprises`.execute(db);
  return rows;
}
