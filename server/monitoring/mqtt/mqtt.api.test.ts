import net from 'node:net';
import mqtt, { type MqttClient } from 'mqtt';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { makeEnterprise, signedIn } from '../../../test/support/factories.ts';
import { makeSensor } from '../../../test/support/monitoring-factories.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { waitFor } from '../../../test/support/wait-for.ts';
import { startEmbeddedBroker, type RunningBroker } from './embedded-broker.ts';
import { startExternalSubscriber } from './external-subscriber.ts';

const silent = pino({ level: 'silent' });
let t: TestApp;
let broker: RunningBroker;
let enterpriseId: string;
let key: string;
let keyId: string;
let admin: string;
const clients: MqttClient[] = [];

const connect = async (password: string, options: mqtt.IClientOptions = {}) => {
  const client = await mqtt.connectAsync(broker.url, { username: 'device', password, reconnectPeriod: 200, connectTimeout: 3_000, ...options });
  clients.push(client);
  return client;
};

const valuesOf = async (num: number) =>
  (await t.db.selectFrom('readings').select('value').where('sensor_num', '=', num).orderBy('ts').execute()).map((r) => r.value);

beforeAll(async () => {
  t = await createTestApp();
  admin = (await signedIn(t, 'admin')).token;
  enterpriseId = (await makeEnterprise(t.db)).id;
  const created = await t.request('POST', '/api/v1/device-keys', { token: admin, body: { enterpriseId, name: 'MQTT 网关' } });
  ({ key, id: keyId } = created.body);
  broker = await startEmbeddedBroker({ ingest: t.app.ingest, port: { value: 0, explicit: true }, host: '127.0.0.1', logger: silent });
});
afterAll(async () => {
  for (const c of clients) await c.endAsync(true).catch(() => undefined);
  await broker.close();
  await t.close();
});

describe('embedded MQTT broker', () => {
  it('refuses a connection without a valid device key', async () => {
    const outcome = await new Promise<string>((resolve) => {
      const client = mqtt.connect(broker.url, { username: 'device', password: 'wrong', reconnectPeriod: 0, connectTimeout: 3_000 });
      client.once('connect', () => (client.end(true), resolve('connected')));
      client.once('close', () => resolve('closed'));
    });
    expect(outcome).toBe('closed');
  });

  it('stores a QoS 1 reading, or an array of them, before the PUBACK', async () => {
    const sensor = await makeSensor(t.db, { enterpriseId });
    const client = await connect(key);
    const ts = Date.now() - 60_000;
    await client.publishAsync(`anquan/telemetry/${sensor.code}`, JSON.stringify({ ts, value: 0.3 }), { qos: 1 });
    expect(await valuesOf(sensor.num)).toEqual([0.3]); // read right after the PUBACK
    await client.publishAsync(`anquan/telemetry/${sensor.code}`, JSON.stringify([{ ts: ts + 1000, value: 0.4 }, { ts: new Date(ts + 2000).toISOString(), value: 0.5 }, { ts, value: 0.3 }]), { qos: 1 });
    expect(await valuesOf(sensor.num)).toEqual([0.3, 0.4, 0.5]);
  });

  it('acknowledges and counts wrong topics, malformed payloads and rejected readings without going down', async () => {
    const client = await connect(key);
    await client.publishAsync('somewhere/else', '{"ts":1,"value":1}', { qos: 1 });
    await client.publishAsync('anquan/telemetry/X', 'not json', { qos: 1 });
    await client.publishAsync('anquan/telemetry/NO-SUCH', JSON.stringify({ ts: Date.now(), value: 1 }), { qos: 1 });
    const sensor = await makeSensor(t.db, { enterpriseId });
    await client.publishAsync(`anquan/telemetry/${sensor.code}`, JSON.stringify({ ts: Date.now(), value: 'x' }), { qos: 1 });
    await client.publishAsync(`anquan/telemetry/${sensor.code}`, JSON.stringify({ ts: Date.now(), value: 1.2 }), { qos: 1 });
    expect(await valuesOf(sensor.num)).toEqual([1.2]);
    const counters = (await t.request('GET', `/api/v1/device-keys/${keyId}`, { token: admin })).body.counters;
    expect(counters.rejectedByReason).toMatchObject({ wrong_topic: 1, malformed_payload: 1, unknown_sensor: 1, not_a_number: 1 });
  });

  it('sends no PUBACK when the write fails; the device resends and the reading is stored once', async () => {
    const sensor = await makeSensor(t.db, { enterpriseId, rangeHigh: 100_000 });
    const client = await connect(key, { clientId: `dev-${sensor.num}`, clean: false });
    // A fault the database raises for this value only: the write fails, nothing else changes.
    await sql`ALTER TABLE readings ADD CONSTRAINT test_write_fails CHECK (value <> 4242)`.execute(t.db);
    let acked = false;
    let dropped = false;
    client.once('close', () => (dropped = true));
    const publishing = client.publishAsync(`anquan/telemetry/${sensor.code}`, JSON.stringify({ ts: Date.now() - 1000, value: 4242 }), { qos: 1 }).then(() => (acked = true));
    await waitFor(() => dropped, { what: 'the broker to close the connection after the failed write' });
    expect(acked).toBe(false);
    expect(await valuesOf(sensor.num)).toEqual([]);
    await sql`ALTER TABLE readings DROP CONSTRAINT test_write_fails`.execute(t.db);
    await publishing; // resent after reconnecting, now stored, then acknowledged
    expect(await valuesOf(sensor.num)).toEqual([4242]);
  });

  it('serves other devices while one device floods beyond its rate', async () => {
    const sensor = await makeSensor(t.db, { enterpriseId });
    const flood = await t.request('POST', '/api/v1/device-keys', { token: admin, body: { enterpriseId, name: 'flood', ratePerSec: 20 } });
    const flooder = await connect(flood.body.key);
    const calm = await connect(key);
    const start = Date.now() - 600_000;
    const floodDone = Promise.all(Array.from({ length: 100 }, (_, i) => flooder.publishAsync(`anquan/telemetry/${sensor.code}`, JSON.stringify({ ts: start + i * 1000, value: 0.1 }), { qos: 1 })));
    await waitFor(async () => (await valuesOf(sensor.num)).length > 0, { what: 'the flood to begin' });
    const began = Date.now();
    await calm.publishAsync(`anquan/telemetry/${sensor.code}`, JSON.stringify({ ts: start + 500_000, value: 0.9 }), { qos: 1 });
    expect(Date.now() - began).toBeLessThan(1_000);
    expect(await valuesOf(sensor.num)).toContain(0.9);
    // The flood is slowed (20/s with a 2 s burst of 40: 100 messages take ≥ 3 s), not dropped.
    expect((await valuesOf(sensor.num)).length).toBeLessThan(100);
    await floodDone;
    expect((await valuesOf(sensor.num)).length).toBe(101);
  });
});

const MOSQUITTO = 'mqtt://127.0.0.1:1883';
const mosquittoUp = await new Promise<boolean>((resolve) => {
  const socket = net.connect(1883, '127.0.0.1');
  socket.once('connect', () => (socket.destroy(), resolve(true)));
  socket.once('error', () => resolve(false));
});
if (!mosquittoUp) console.warn('Mosquitto is not reachable on 127.0.0.1:1883: the external broker test is skipped');

describe.skipIf(!mosquittoUp)('external broker (Mosquitto on 127.0.0.1:1883)', () => {
  it('subscribes with the shared subscription and stores what devices publish there', async () => {
    const sensor = await makeSensor(t.db, { enterpriseId });
    const subscriber = await startExternalSubscriber({ ingest: t.app.ingest, url: MOSQUITTO, logger: silent, clientId: `anquan-test-${sensor.num}-${Date.now()}`, shareGroup: `anquan-test-${Date.now()}`, sessionExpirySec: 5 });
    const device = await mqtt.connectAsync(MOSQUITTO, { reconnectPeriod: 0 });
    try {
      const ts = Date.now() - 5_000;
      await device.publishAsync(`anquan/telemetry/${sensor.code}`, JSON.stringify([{ ts, value: 0.7 }, { ts: ts + 1000, value: 0.8 }]), { qos: 1 });
      await device.publishAsync('anquan/telemetry/x/y', 'whatever', { qos: 1 });
      await waitFor(async () => (await valuesOf(sensor.num)).length >= 2, { what: 'both readings through Mosquitto' });
      expect(await valuesOf(sensor.num)).toEqual([0.7, 0.8]);
    } finally {
      await device.endAsync();
      await subscriber.close();
    }
  });
});
