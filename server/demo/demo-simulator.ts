import type { Logger } from 'pino';
import type { Db } from '../db/database.ts';
import { startSimulator, type RunningSimulator, type SimulatedSensor } from '../simulator/mqtt-simulator.ts';
import { generateDemoCity } from './demo-city.ts';
import { mintDemoDeviceKeys, type MintDeviceKey } from './demo-device-keys.ts';
import { DEMO_SERIES, loadDemoSeries } from './demo-series.ts';
import { generateDemoSensors } from './demo-sensors.ts';

/**
 * The demo city's sensors as the simulator replays them: the deterministic specs (server/demo/demo-sensors.ts)
 * joined to the sensors table by code, so the enterprise ids are the seeded ones. Sensors deleted or
 * deactivated since the seed are left out.
 */
export async function demoSimulatedSensors(db: Db): Promise<SimulatedSensor[]> {
  const specs = generateDemoSensors(generateDemoCity().enterprises);
  if (specs.length === 0) return [];
  const rows = await db
    .selectFrom('sensors')
    .select(['code', 'enterprise_id'])
    .where('code', 'in', specs.map((s) => s.code))
    .where('active', '=', true)
    .execute();
  const enterpriseOf = new Map(rows.map((r) => [r.code, r.enterprise_id]));
  return specs
    .filter((s) => enterpriseOf.has(s.code))
    .map((s) => ({
      code: s.code,
      enterpriseId: enterpriseOf.get(s.code)!,
      expectedIntervalSec: s.expectedIntervalSec,
      replay: { values: loadDemoSeries(s.replay.series), stepSec: DEMO_SERIES[s.replay.series].stepSec, startIndex: s.replay.startIndex, scale: s.replay.scale, offset: s.replay.offset },
    }));
}

export interface DemoSimulatorOptions {
  /** The broker the platform runs (embedded: mqtt://127.0.0.1:<ANQUAN_MQTT_PORT>) or ANQUAN_MQTT_URL. */
  url: string;
  /** Either keys per enterprise, or the device-key service to mint them (server/demo/demo-device-keys.ts). */
  keys?: ReadonlyMap<string, string>;
  mintDeviceKey?: MintDeviceKey;
  logger?: Logger;
  /** Past readings to publish at start so charts have a history (default 1 hour). */
  backfillSec?: number;
}

/**
 * Runs the demo simulator in-process so the demo city is alive on first start (`npm start` with the demo).
 * Called by the platform after the MQTT broker is up; returns null when the demo has no sensors.
 */
export async function startDemoSimulator(db: Db, options: DemoSimulatorOptions): Promise<RunningSimulator | null> {
  const sensors = await demoSimulatedSensors(db);
  if (sensors.length === 0) return null;
  const keys =
    options.keys ??
    (options.mintDeviceKey
      ? await mintDemoDeviceKeys(sensors.map((s) => s.enterpriseId), options.mintDeviceKey)
      : undefined);
  if (!keys) throw new Error('startDemoSimulator needs device keys or a device-key service to mint them');
  return startSimulator({ url: options.url, keys, sensors, logger: options.logger, backfillSec: options.backfillSec ?? 3600 });
}
