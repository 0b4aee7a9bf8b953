import type { Logger } from 'pino';
import type { Config } from '../config/config.ts';
import { migrate } from '../db/migrate.ts';
import { openDatabase, type DatabaseRuntime } from '../platform/database-runtime.ts';

/** Runs a one-off command against the configured database (starting the embedded one if needed), migrated. */
export async function withDatabase<T>(config: Config, logger: Logger, fn: (database: DatabaseRuntime) => Promise<T>): Promise<T> {
  // A running platform's embedded server is shared rather than started twice.
  const database = await openDatabase(config, (line) => logger.debug({ source: 'postgres' }, line), { attach: true });
  try {
    await migrate(database.db, (line) => logger.info(line));
    return await fn(database);
  } finally {
    await database.close();
  }
}
