import type { Logger } from 'pino';
import type { Config } from '../config/config.ts';
import { DEMO_CITY, DEMO_PASSWORD, isEmptyCity, seedDemoCity } from '../demo/seed-demo-city.ts';
import { withDatabase } from './with-database.ts';

export async function seedCommand(config: Config, logger: Logger): Promise<number> {
  if (config.city !== DEMO_CITY) {
    process.stderr.write(`The demo city is 成都市 (${DEMO_CITY}); this platform serves ANQUAN_CITY=${config.city}, which starts empty.\n`);
    return 1;
  }
  return withDatabase(config, logger, async ({ db }) => {
    if (!(await isEmptyCity(db))) {
      process.stderr.write('The database already holds departments or enterprises; the demo city only goes into an empty one.\n');
      return 1;
    }
    const accounts = await seedDemoCity(db);
    process.stdout.write(`Demo city loaded. Accounts (password ${DEMO_PASSWORD}): ${accounts.map((a) => a.username).join(', ')}\n`);
    return 0;
  });
}
