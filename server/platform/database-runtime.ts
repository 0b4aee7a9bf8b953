import type { Config } from '../config/config.ts';
import { connect, type Db } from '../db/database.ts';
import { startEmbeddedPostgres } from '../db/embedded-postgres.ts';

export interface DatabaseRuntime {
  db: Db;
  url: string;
  kind: 'embedded' | 'external';
  /** The embedded server's own data directory (see EmbeddedPostgres.directory). */
  directory?: string;
  close(): Promise<void>;
}

/** Connects to the configured PostgreSQL, starting the embedded server first when no URL is given. */
export async function openDatabase(config: Config, log: (line: string) => void, options: { attach?: boolean } = {}): Promise<DatabaseRuntime> {
  if (config.database.kind === 'external') {
    const db = connect(config.database.url);
    return { db, url: config.database.url, kind: 'external', close: () => db.destroy() };
  }
  const server = await startEmbeddedPostgres(config.database.dir, log, options);
  const db = connect(server.url);
  return {
    db,
    url: server.url,
    kind: 'embedded',
    directory: server.directory,
    async close() {
      await db.destroy();
      await server.stop();
    },
  };
}
