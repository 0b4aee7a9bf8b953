import { parseArgs } from 'node:util';
import { installValidationMessages } from '../../core/shared/validation-messages.ts';
import { ConfigError, parseConfig, type Config } from '../config/config.ts';
import { createLogger } from '../platform/logger.ts';
import { StartupError } from '../platform/startup-error.ts';
import { auditVerifyCommand } from './audit-verify.command.ts';
import { migrateCommand } from './migrate.command.ts';
import { seedCommand } from './seed.command.ts';
import { simulateCommand } from './simulate.command.ts';
import { startCommand } from './start.command.ts';
import { userCreateCommand } from './user-create.command.ts';

const usage = `Usage: anquan <command>

  start                 run the platform (default)
  migrate               apply database migrations and exit
  seed --demo           load the demo city into an empty database
  user create --username U --password P --role R [--display-name N] [--department-id ID] [--enterprise-id ID]
  audit verify          check the audit trail's hash chain
  simulate [--url mqtt://…] (--key K --enterprise-id ID | --keys-file F) [--backfill-minutes N]
                        publish the demo city's sensor readings over MQTT (QoS 1)

Configuration comes from the environment: see README.md.`;

function loadConfig(): Config {
  installValidationMessages();
  try {
    return parseConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      demo: { type: 'boolean' },
      username: { type: 'string' },
      password: { type: 'string' },
      role: { type: 'string' },
      'display-name': { type: 'string' },
      'department-id': { type: 'string' },
      'enterprise-id': { type: 'string' },
      url: { type: 'string' },
      key: { type: 'string' },
      'keys-file': { type: 'string' },
      'backfill-minutes': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command = 'start', sub] = positionals;
  if (values.help || command === 'help') {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  switch (`${command}${sub ? ` ${sub}` : ''}`) {
    case 'start':
      return startCommand(config, logger);
    case 'migrate':
      return migrateCommand(config, logger);
    case 'seed':
      if (!values.demo) break;
      return seedCommand(config, logger);
    case 'user create':
      return userCreateCommand(config, logger, values);
    case 'audit verify':
      return auditVerifyCommand(config, logger);
    case 'simulate':
      return simulateCommand(config, logger, values);
  }
  process.stderr.write(`Unknown command: ${positionals.join(' ')}\n\n${usage}\n`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== -1) process.exit(code);
  },
  (error: unknown) => {
    const text = error instanceof StartupError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(`${text}\n`);
    process.exit(1);
  },
);
