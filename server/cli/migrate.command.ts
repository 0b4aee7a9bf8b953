import type { Logger } from 'pino';
import type { Config } from '../config/config.ts';
import { withDatabase } from './with-database.ts';

/** Exits non-zero when a migration fails: the error propagates to main(). */
export async function migrateCommand(config: Config, logger: Logger): Promise<number> {
  await withDatabase(config, logger, async () => undefined);
  process.stdout.write('Database is up to date.\n');
  return 0;
}
