import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';

/**
 * Time partitions of the readings tables (docs/adr/0016): raw readings by UTC day, 1-minute roll-ups by month,
 * 1-hour roll-ups by year. Partitions are created ahead by a scheduler job and on demand by the writer for a
 * reading that falls outside them; retention drops whole partitions.
 */
export type PartitionedTable = 'readings' | 'readings_1m' | 'readings_1h';

const DAY = 86_400_000;

interface Period {
  name: string;
  from: Date;
  to: Date;
}

/** The partition of `table` that holds epoch-ms `ts`. */
export function periodOf(table: PartitionedTable, ts: number): Period {
  const d = new Date(ts);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  const pad = (n: number) => String(n).padStart(2, '0');
  if (table === 'readings') {
    const from = new Date(Date.UTC(y, m, d.getUTCDate()));
    return { name: `readings_p${y}${pad(m + 1)}${pad(d.getUTCDate())}`, from, to: new Date(from.getTime() + DAY) };
  }
  if (table === 'readings_1m') return { name: `readings_1m_p${y}${pad(m + 1)}`, from: new Date(Date.UTC(y, m, 1)), to: new Date(Date.UTC(y, m + 1, 1)) };
  return { name: `readings_1h_p${y}`, from: new Date(Date.UTC(y, 0, 1)), to: new Date(Date.UTC(y + 1, 0, 1)) };
}

/** Partitions known to exist, per database handle (a test database is a new handle). */
const known = new WeakMap<Db, Set<string>>();
const knownOf = (db: Db) => {
  let set = known.get(db);
  if (!set) known.set(db, (set = new Set()));
  return set;
};

/** Forgets what was cached (after retention dropped partitions, or a write found one missing). */
export const forgetPartitions = (db: Db) => known.delete(db);

const PARTITION_LOCK = 72_616_140;

/**
 * Roll-up partitions are read by index-only scans (docs/adr/0026), which skip the heap only for pages vacuum has
 * marked all-visible. By default an insert-only table is vacuumed after 20 % growth, which would leave the most
 * recent buckets (the ones charts show) unmarked for days; vacuum them every 20,000 new rows instead.
 */
const ROLLUP_STORAGE = sql`WITH (autovacuum_vacuum_insert_scale_factor = 0, autovacuum_vacuum_insert_threshold = 20000)`;

/** Creates the partitions of every table that the epoch-ms timestamps fall in, unless known to exist. */
export async function ensurePartitions(db: Db, timestamps: Iterable<number>): Promise<void> {
  const cache = knownOf(db);
  const missing = new Map<string, { table: PartitionedTable; period: Period }>();
  let lastDay = Number.NaN;
  for (const ts of timestamps) {
    const day = Math.floor(ts / DAY);
    if (day === lastDay) continue;
    lastDay = day;
    for (const table of ['readings', 'readings_1m', 'readings_1h'] as const) {
      const period = periodOf(table, ts);
      if (!cache.has(period.name) && !missing.has(period.name)) missing.set(period.name, { table, period });
    }
  }
  if (missing.size === 0) return;
  await db.transaction().execute(async (tx) => {
    // Concurrent writers (and instances) create a partition once; IF NOT EXISTS alone can race on the catalog.
    await sql`SELECT pg_advisory_xact_lock(${PARTITION_LOCK})`.execute(tx);
    for (const { table, period } of missing.values()) {
      await sql`CREATE TABLE IF NOT EXISTS ${sql.table(period.name)} PARTITION OF ${sql.table(table)}
        FOR VALUES FROM (${sql.lit(period.from.toISOString())}) TO (${sql.lit(period.to.toISOString())})
        ${table === 'readings' ? sql`` : ROLLUP_STORAGE}`.execute(tx);
    }
  });
  for (const name of missing.keys()) cache.add(name);
}

/** Partitions for today and the next `days` days (the scheduler runs this ahead of time). */
export async function createPartitionsAhead(db: Db, now: Date, days = 3): Promise<void> {
  const stamps: number[] = [];
  for (let i = 0; i <= days; i++) stamps.push(now.getTime() + i * DAY);
  await ensurePartitions(db, stamps);
}

/** Drops partitions that end before the cut-off of their table; returns the names dropped. */
export async function dropExpiredPartitions(db: Db, now: Date, retention: { raw: number; rollups: number }): Promise<string[]> {
  const { rows } = await sql<{ name: string; parent: string; bound: string }>`
    SELECT c.relname AS name, p.relname AS parent, pg_get_expr(c.relpartbound, c.oid) AS bound
    FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_class p ON p.oid = i.inhparent
    WHERE p.relname IN ('readings', 'readings_1m', 'readings_1h')`.execute(db);
  const dropped: string[] = [];
  for (const row of rows) {
    const upper = /TO \('([^']+)'\)/.exec(row.bound)?.[1];
    if (!upper) continue;
    const days = row.parent === 'readings' ? retention.raw : retention.rollups;
    if (new Date(upper).getTime() <= now.getTime() - days * DAY) {
      await sql`DROP TABLE IF EXISTS ${sql.table(row.name)}`.execute(db);
      dropped.push(row.name);
    }
  }
  if (dropped.length > 0) forgetPartitions(db);
  return dropped;
}
