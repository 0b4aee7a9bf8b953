import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { Db } from './database.ts';

const migrationsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/** Any constant shared by every instance: only one of them migrates at a time. */
const MIGRATION_LOCK = 72_616_001;

export interface Migration {
  version: string;
  name: string;
  file: string;
}

/** Migrations are `YYYYMMDDHHMMSS_what_it_changes.sql`, applied in version order, each in its own transaction. */
let cached: Promise<Migration[]> | undefined;

export function listMigrations(): Promise<Migration[]> {
  cached ??= readMigrations();
  return cached;
}

async function readMigrations(): Promise<Migration[]> {
  const files = (await readdir(migrationsDir)).filter((f) => f.endsWith('.sql')).sort();
  return files.map((file) => {
    const match = /^(\d{14})_([a-z0-9_]+)\.sql$/.exec(file);
    if (!match) throw new Error(`Migration file name must be YYYYMMDDHHMMSS_name.sql: ${file}`);
    return { version: match[1]!, name: match[2]!, file: path.join(migrationsDir, file) };
  });
}

export async function migrate(db: Db, log: (line: string) => void = () => undefined): Promise<string[]> {
  const applied: string[] = [];
  await db.connection().execute(async (conn) => {
    await sql`SELECT pg_advisory_lock(${MIGRATION_LOCK})`.execute(conn);
    try {
      await sql`CREATE TABLE IF NOT EXISTS schema_migrations (
        version text PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`.execute(conn);
      const done = new Set((await conn.selectFrom('schema_migrations').select('version').execute()).map((r) => r.version));
      for (const m of await listMigrations()) {
        if (done.has(m.version)) continue;
        const text = await readFile(m.file, 'utf8');
        await conn.transaction().execute(async (tx) => {
          await sql.raw(text).execute(tx);
          await tx.insertInto('schema_migrations').values({ version: m.version, name: m.name }).execute();
        });
        log(`applied migration ${m.version}_${m.name}`);
        applied.push(m.version);
      }
    } finally {
      await sql`SELECT pg_advisory_unlock(${MIGRATION_LOCK})`.execute(conn);
    }
  });
  return applied;
}

/** True when every shipped migration has been applied: what health reports on. */
export async function isMigrated(db: Db): Promise<boolean> {
  const wanted = (await listMigrations()).map((m) => m.version);
  const exists = await sql<{ t: string | null }>`SELECT to_regclass('schema_migrations')::text AS t`.execute(db);
  if (!exists.rows[0]?.t) return false;
  const done = new Set((await db.selectFrom('schema_migrations').select('version').execute()).map((r) => r.version));
  return wanted.every((v) => done.has(v));
}
