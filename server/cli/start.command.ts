import type { Logger } from 'pino';
import type { Config } from '../config/config.ts';
import { DEMO_PASSWORD, listDemoAccounts } from '../demo/seed-demo-city.ts';
import { startPlatform, type RunningPlatform } from '../platform/start-platform.ts';

async function banner(config: Config, p: RunningPlatform): Promise<string> {
  const lines = [
    '',
    '  Anquan 安全生产信息平台 is running',
    '',
    `  Web:       ${p.url}/`,
    `  API docs:  ${p.url}/api/docs`,
    `  Database:  ${p.database.kind === 'embedded' ? `embedded PostgreSQL (${config.dataDir})` : 'external PostgreSQL'}`,
  ];
  if (config.database.kind === 'embedded' && p.database.directory && p.database.directory !== config.database.dir) {
    lines.push(`  (PostgreSQL's files are in ${p.database.directory}, linked from ${config.database.dir}: the postgres user cannot reach the data directory)`);
  }
  if (config.http.port.value !== p.port && !config.http.port.explicit) lines.push(`  (port ${config.http.port.value} was busy; using ${p.port})`);
  if (p.mqtt?.kind === 'embedded') {
    lines.push(`  MQTT:      ${p.mqtt.url}   (embedded broker; device key as password, topic anquan/telemetry/{sensorCode})`);
    if (config.mqtt.kind === 'embedded' && config.mqtt.port.value !== p.mqtt.port) lines.push(`  (MQTT port ${config.mqtt.port.value} was busy; using ${p.mqtt.port})`);
  } else if (p.mqtt?.kind === 'external') {
    lines.push(`  MQTT:      subscribed to ${p.mqtt.url} ($share/anquan/anquan/telemetry/+)`);
  } else lines.push('  MQTT:      off (ANQUAN_MQTT_PORT=0)');
  if (p.admin.created && p.admin.password) {
    lines.push('', `  Administrator: admin / ${p.admin.password}   (generated; shown only this once)`);
  } else if (p.admin.created) {
    lines.push('', '  Administrator: admin / the password in ANQUAN_ADMIN_PASSWORD');
  }
  if (config.demo) {
    const accounts = await listDemoAccounts(p.database.db);
    if (accounts.length > 0) {
      lines.push('', `  Demo accounts (password ${DEMO_PASSWORD}):`);
      for (const a of accounts) lines.push(`    ${a.username.padEnd(14)} ${a.role.padEnd(11)} ${a.displayName}`);
    }
  }
  lines.push('', '  Stop with Ctrl-C.', '');
  return lines.join('\n');
}

/**
 * Runs until SIGINT or SIGTERM, then closes HTTP first and PostgreSQL last. Returns -1: the process stays up.
 * The signal handlers are in place before start-up begins: the health check answers as soon as HTTP listens, so a
 * supervisor may send SIGTERM while the banner is still being written; that stop waits for start-up, then runs.
 */
export async function startCommand(config: Config, logger: Logger): Promise<number> {
  let platform: RunningPlatform | undefined;
  let stopRequested: string | undefined;
  let stopping = false;
  const stop = async (signal: string) => {
    if (!platform) {
      // A second signal during start-up does not wait: PostgreSQL dies with the process (docs/adr/0030).
      if (stopRequested) process.exit(1);
      stopRequested = signal;
      return;
    }
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: stopping`);
    try {
      await platform.stop();
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'stop failed');
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  // A stray rejection is a bug to log, not a reason to drop every other request in flight.
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled promise rejection'));
  platform = await startPlatform(config, logger);
  if (stopRequested) {
    await stop(stopRequested);
    return -1;
  }
  process.stdout.write(`${await banner(config, platform)}\n`);
  if (stopRequested) await stop(stopRequested);
  return -1;
}
