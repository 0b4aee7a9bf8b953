import type { Logger } from 'pino';
import { verifyAuditChain } from '../audit/audit.service.ts';
import type { Config } from '../config/config.ts';
import { withDatabase } from './with-database.ts';

export async function auditVerifyCommand(config: Config, logger: Logger): Promise<number> {
  return withDatabase(config, logger, async ({ db }) => {
    const result = await verifyAuditChain(db);
    if (result.ok) {
      process.stdout.write(`OK: ${result.rows} audit events, hash chain intact.\n`);
      return 0;
    }
    process.stdout.write(`BROKEN at audit event ${result.brokenAt}: ${result.reason} (${result.rows} events before it verified).\n`);
    return 1;
  });
}
