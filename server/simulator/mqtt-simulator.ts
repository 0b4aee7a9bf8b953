import { connectAsync, type MqttClient } from 'mqtt';
import type { Logger } from 'pino';
import { replayValueAt, type ReplaySource } from './replay.ts';

/**
 * Publishes replayed readings over MQTT as devices would (issue 4: topic `anquan/telemetry/{sensorCode}`,
 * payload `{"ts": …, "value": …}`, QoS 1), one connection per enterprise with that enterprise's device key as
 * the password. Each sensor publishes every `expectedIntervalSec`, its first reading at start; an optional
 * back-fill first publishes the past `backfillSec` (as a batch per sensor) so charts are not empty.
 */

export interface SimulatedSensor {
  code: string;
  enterpriseId: string;
  expectedIntervalSec: number;
  replay: ReplaySource;
}

export interface SimulatorOptions {
  /** e.g. mqtt://127.0.0.1:1883 */
  url: string;
  /** Device key per enterprise (the MQTT password). Sensors of an enterprise without a key are skipped. */
  keys: ReadonlyMap<string, string>;
  sensors: readonly SimulatedSensor[];
  logger?: Logger;
  backfillSec?: number;
  now?: () => number;
  /** MQTT username sent with each key. */
  username?: string;
}

export interface RunningSimulator {
  /** Messages acknowledged by the broker (PUBACK) so far. */
  acknowledged(): number;
  stop(): Promise<void>;
}

export const TELEMETRY_TOPIC_PREFIX = 'anquan/telemetry/';

/** The telemetry payload of one or more readings (ts in epoch milliseconds). */
export function telemetryPayload(points: readonly { ts: number; value: number }[]): string {
  return JSON.stringify(points.length === 1 ? points[0] : points);
}

export async function startSimulator(options: SimulatorOptions): Promise<RunningSimulator> {
  const now = options.now ?? Date.now;
  const startedAt = now();
  const byEnterprise = new Map<string, SimulatedSensor[]>();
  for (const sensor of options.sensors) {
    if (!options.keys.has(sensor.enterpriseId)) continue;
    byEnterprise.set(sensor.enterpriseId, [...(byEnterprise.get(sensor.enterpriseId) ?? []), sensor]);
  }
  let acknowledged = 0;
  const clients = new Map<string, MqttClient>();
  await Promise.all(
    [...byEnterprise.keys()].map(async (enterpriseId) => {
      const client = await connectAsync(options.url, {
        clientId: `anquan-sim-${enterpriseId.slice(0, 8)}-${process.pid}`,
        username: options.username ?? 'anquan-simulator',
        password: options.keys.get(enterpriseId)!,
        clean: true,
        reconnectPeriod: 2000,
        connectTimeout: 10_000,
      });
      client.on('error', (error) => options.logger?.warn({ err: error, enterpriseId }, 'simulator MQTT error'));
      clients.set(enterpriseId, client);
    }),
  );

  const publish = (sensor: SimulatedSensor, points: { ts: number; value: number }[]) => {
    const client = clients.get(sensor.enterpriseId);
    if (!client) return;
    client.publish(`${TELEMETRY_TOPIC_PREFIX}${sensor.code}`, telemetryPayload(points), { qos: 1 }, (error) => {
      if (error) options.logger?.warn({ err: error, sensor: sensor.code }, 'simulator publish failed');
      else acknowledged += 1;
    });
  };
  const reading = (sensor: SimulatedSensor, ts: number) => ({ ts, value: replayValueAt(sensor.replay, (ts - startedAt) / 1000) });

  const active = options.sensors.filter((s) => clients.has(s.enterpriseId));
  const backfillSec = options.backfillSec ?? 0;
  if (backfillSec > 0) {
    for (const sensor of active) {
      const points = [];
      const step = sensor.expectedIntervalSec * 1000;
      for (let ts = startedAt - Math.floor((backfillSec * 1000) / step) * step; ts < startedAt; ts += step) points.push(reading(sensor, ts));
      if (points.length > 0) publish(sensor, points);
    }
  }

  const next = new Map(active.map((s) => [s.code, startedAt]));
  const tick = () => {
    const t = now();
    for (const sensor of active) {
      let due = next.get(sensor.code)!;
      while (due <= t) {
        publish(sensor, [reading(sensor, due)]);
        due += sensor.expectedIntervalSec * 1000;
      }
      next.set(sensor.code, due);
    }
  };
  tick();
  const timer = setInterval(tick, 1000);
  options.logger?.info({ sensors: active.length, enterprises: clients.size, url: options.url }, 'simulator publishing');

  return {
    acknowledged: () => acknowledged,
    async stop() {
      clearInterval(timer);
      await Promise.all([...clients.values()].map((c) => c.endAsync()));
    },
  };
}
