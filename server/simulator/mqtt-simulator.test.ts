import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { Aedes } from 'aedes';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { waitFor } from '../../test/support/wait-for.ts';
import { replayValueAt, type ReplaySource } from './replay.ts';
import { startSimulator, type RunningSimulator, type SimulatedSensor } from './mqtt-simulator.ts';

/** A real MQTT broker (aedes) that authenticates by key and records what each device published. */
interface Received {
  enterpriseId: string;
  topic: string;
  qos: number;
  payload: unknown;
}

const KEYS = new Map([
  ['ent-a', 'key-of-a'],
  ['ent-b', 'key-of-b'],
]);
const enterpriseOfKey = new Map([...KEYS].map(([e, k]) => [k, e]));

let broker: Aedes;
let server: Server;
let url: string;
let received: Received[];
let simulator: RunningSimulator | undefined;

beforeEach(async () => {
  received = [];
  broker = await Aedes.createBroker({
    authenticate: (client, _username, password, done) => {
      const enterpriseId = password ? enterpriseOfKey.get(password.toString()) : undefined;
      if (!enterpriseId) return done(Object.assign(new Error('bad key'), { returnCode: 4 as const }), false);
      (client as unknown as { enterpriseId: string }).enterpriseId = enterpriseId;
      done(null, true);
    },
    authorizePublish: (client, packet, callback) => {
      received.push({ enterpriseId: (client as unknown as { enterpriseId: string }).enterpriseId, topic: packet.topic, qos: packet.qos, payload: JSON.parse(packet.payload.toString()) });
      callback(null);
    },
  });
  server = createServer(broker.handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `mqtt://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(async () => {
  await simulator?.stop();
  simulator = undefined;
  await new Promise<void>((resolve) => broker.close(() => resolve()));
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const series: ReplaySource = { values: [0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.1], stepSec: 30, startIndex: 2, scale: 1, offset: 0 };
const sensors: SimulatedSensor[] = [
  { code: 'CM001-CH4-T0', enterpriseId: 'ent-a', expectedIntervalSec: 30, replay: series },
  { code: 'HC002-LEL-01', enterpriseId: 'ent-b', expectedIntervalSec: 60, replay: { ...series, scale: 10 } },
  { code: 'XX-NO-KEY', enterpriseId: 'ent-c', expectedIntervalSec: 30, replay: series },
];

const until = (condition: () => boolean, timeoutMs = 10_000) => waitFor(condition, { timeoutMs, what: 'acknowledged publications' });

describe('MQTT simulator', () => {
  it('publishes each sensor’s replayed reading at QoS 1 on its telemetry topic, with its enterprise’s key', async () => {
    const t0 = 1_800_000_000_000;
    let clock = t0;
    simulator = await startSimulator({ url, keys: KEYS, sensors, now: () => clock });
    await until(() => simulator!.acknowledged() >= 2);
    expect(received.map((r) => [r.enterpriseId, r.topic, r.qos, r.payload])).toEqual(
      expect.arrayContaining([
        ['ent-a', 'anquan/telemetry/CM001-CH4-T0', 1, { ts: t0, value: 0.7 }],
        ['ent-b', 'anquan/telemetry/HC002-LEL-01', 1, { ts: t0, value: 7 }],
      ]),
    );
    expect(received.some((r) => r.topic.endsWith('XX-NO-KEY'))).toBe(false);

    // 60 s later: two more methane readings (30 s apart) and one more LEL reading, on the replay's time axis.
    clock = t0 + 60_000;
    await until(() => simulator!.acknowledged() >= 5);
    const methane = received.filter((r) => r.topic.endsWith('CM001-CH4-T0')).map((r) => r.payload);
    expect(methane).toEqual([
      { ts: t0, value: 0.7 },
      { ts: t0 + 30_000, value: 0.8 },
      { ts: t0 + 60_000, value: replayValueAt(series, 60) },
    ]);
    expect(received.filter((r) => r.topic.endsWith('HC002-LEL-01'))).toHaveLength(2);
  });

  it('back-fills the past as one batch per sensor before going live', async () => {
    const t0 = 1_800_000_000_000;
    simulator = await startSimulator({ url, keys: KEYS, sensors: [sensors[0]!], now: () => t0, backfillSec: 90 });
    await until(() => simulator!.acknowledged() >= 2);
    expect(received[0]!.payload).toEqual([
      // Three rows before the start row: the replay wraps to the series' end.
      { ts: t0 - 90_000, value: 1.1 },
      { ts: t0 - 60_000, value: 0.5 },
      { ts: t0 - 30_000, value: 0.6 },
    ]);
    expect(received[1]!.payload).toEqual({ ts: t0, value: 0.7 });
  });
});
