import { readFileSync } from 'node:fs';
import type { Logger } from 'pino';
import type { Config } from '../config/config.ts';
import { demoSimulatedSensors } from '../demo/demo-simulator.ts';
import { startSimulator } from '../simulator/mqtt-simulator.ts';
import { withDatabase } from './with-database.ts';

export interface SimulateOptions {
  url?: string;
  key?: string;
  'enterprise-id'?: string;
  'keys-file'?: string;
  'backfill-minutes'?: string;
}

/** The broker to publish to: --url, else the configured one (ANQUAN_MQTT_URL, or the embedded broker's port on this machine). */
export function simulatorUrl(options: SimulateOptions, mqtt: Config['mqtt']): string | undefined {
  if (options.url) return options.url;
  if (mqtt.kind === 'external') return mqtt.url;
  if (mqtt.kind === 'embedded') return `mqtt://127.0.0.1:${mqtt.port.value}`;
  return undefined;
}

/** Device keys per enterprise: `--key K --enterprise-id ID` for one enterprise, or `--keys-file` (JSON {enterpriseId: key}). */
export function simulatorKeys(options: SimulateOptions): Map<string, string> {
  if (options['keys-file']) {
    const parsed = JSON.parse(readFileSync(options['keys-file'], 'utf8')) as Record<string, unknown>;
    return new Map(Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  }
  if (options.key && options['enterprise-id']) return new Map([[options['enterprise-id'], options.key]]);
  throw new Error('Give the device keys: --key KEY --enterprise-id ID (one enterprise), or --keys-file FILE with {"<enterpriseId>": "<key>", …}');
}

/**
 * `anquan simulate`: replays the demo series (time-shifted to now) for the demo city's sensors over MQTT,
 * QoS 1, until Ctrl-C. Returns -1: the process stays up.
 */
export async function simulateCommand(config: Config, logger: Logger, options: SimulateOptions): Promise<number> {
  let keys: Map<string, string>;
  try {
    keys = simulatorKeys(options);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 2;
  }
  const sensors = await withDatabase(config, logger, ({ db }) => demoSimulatedSensors(db));
  const covered = sensors.filter((s) => keys.has(s.enterpriseId));
  if (covered.length === 0) {
    process.stderr.write('None of the demo sensors belongs to an enterprise with a key (is the demo city seeded?).\n');
    return 1;
  }
  const url = simulatorUrl(options, config.mqtt);
  if (!url) {
    process.stderr.write('MQTT is off (ANQUAN_MQTT_PORT=0): give the broker with --url mqtt://host:port\n');
    return 2;
  }
  const backfillSec = Number(options['backfill-minutes'] ?? 0) * 60;
  const simulator = await startSimulator({ url, keys, sensors, logger, backfillSec });
  process.stdout.write(`Simulating ${covered.length} sensors of ${new Set(covered.map((s) => s.enterpriseId)).size} enterprises → ${url}. Stop with Ctrl-C.\n`);
  const stop = async () => {
    await simulator.stop();
    process.stdout.write(`Stopped; ${simulator.acknowledged()} messages acknowledged.\n`);
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  return -1;
}
