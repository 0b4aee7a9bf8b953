import type { Logger } from 'pino';
import { userCreateSchema } from '../../core/organisations/user.schema.ts';
import { systemActor } from '../audit/audit.service.ts';
import type { Config } from '../config/config.ts';
import { AppError } from '../http/errors.ts';
import { createUser } from '../organisations/user.service.ts';
import { withDatabase } from './with-database.ts';

export async function userCreateCommand(config: Config, logger: Logger, values: Record<string, unknown>): Promise<number> {
  const parsed = userCreateSchema.safeParse({
    username: values.username,
    password: values.password,
    displayName: values['display-name'] ?? values.username,
    role: values.role,
    departmentId: values['department-id'],
    enterpriseId: values['enterprise-id'],
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) process.stderr.write(`--${issue.path.join('.')}: ${issue.message}\n`);
    return 1;
  }
  return withDatabase(config, logger, async ({ db }) => {
    try {
      const user = await createUser(db, systemActor('cli'), parsed.data);
      process.stdout.write(`Created ${user.role} ${user.username} (${user.id}).\n`);
      return 0;
    } catch (error) {
      if (error instanceof AppError) {
        process.stderr.write(`${error.message}\n`);
        return 1;
      }
      throw error;
    }
  });
}
