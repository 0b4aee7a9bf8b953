import { Kysely, PostgresDialect } from 'kysely';
import { createHash } from 'node:crypto';
import pg from 'pg';
import type { Database } from './schema.ts';

export type Db = Kysely<Database>;

// bigint (int8) and numeric come back as strings by default; counts are small enough for numbers,
// and nothing stores money as numeric.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

/** Statements longer than this (bulk inserts) are not worth a per-connection prepared statement. */
const MAX_PREPARED_SQL = 4096;

/**
 * A pg client that runs every parameterised statement Kysely sends as a named prepared statement, so that
 * PostgreSQL parses it once per connection and can reuse its plan: the hot list and session queries spend
 * more time being planned than executed. Names are a hash of the SQL text, so one shape gets one name.
 */
class PreparingClient extends pg.Client {
  override query(config: unknown, values?: unknown, callback?: unknown): never {
    if (typeof config === 'string' && Array.isArray(values) && values.length > 0 && config.length <= MAX_PREPARED_SQL) {
      const name = `k${createHash('sha1').update(config).digest('base64url')}`;
      return (super.query as (...args: unknown[]) => never)({ name, text: config, values }, callback);
    }
    return (super.query as (...args: unknown[]) => never)(config, values, callback);
  }
}

function pooled(url: string, max: number, options?: string): Db {
  const pool = new pg.Pool({ connectionString: url, max, Client: PreparingClient, ...(options ? { options } : {}) });
  // A broken idle connection must not take the process down; the pool replaces it.
  pool.on('error', () => undefined);
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

const genericPlanCompanions = new WeakMap<Db, Db>();

export function connect(url: string, options: { max?: number } = {}): Db {
  // A small pool serves best on small machines: more backends than cores only add context switches.
  const db = pooled(url, options.max ?? 10);
  // A few connections that always reuse a statement's generic plan (see genericPlans); opened on first use.
  const generic = pooled(url, 4, '-c plan_cache_mode=force_generic_plan');
  genericPlanCompanions.set(db, generic);
  const destroy = db.destroy.bind(db);
  db.destroy = async () => {
    await Promise.all([generic.destroy(), destroy()]);
  };
  return db;
}

/**
 * The same database through connections that plan each prepared statement once and reuse that plan
 * (`plan_cache_mode = force_generic_plan`). For hot read queries whose plan does not depend on the values
 * (the enterprise list: the same index whatever the district): PostgreSQL would otherwise plan them again on
 * every execution, which costs more than running them (docs/benchmarks.md). Inside a transaction, or for a
 * Db that did not come from connect(), it is the Db itself.
 */
export function genericPlans(db: Db): Db {
  return genericPlanCompanions.get(db) ?? db;
}

/** Replaces the database name of a postgres:// URL. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
