import { createServer, type AddressInfo, type Server } from 'node:net';
import { Aedes } from 'aedes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/test-app.ts';
import { sensorRuleSchema } from '../../core/monitoring/sensor-rules.ts';
import { generateDemoCity } from './demo-city.ts';
import { generateDemoSensors } from './demo-sensors.ts';
import { seedDemoCity } from './seed-demo-city.ts';
import { startDemoSimulator } from './demo-simulator.ts';

let t: TestApp;
let broker: Aedes;
let server: Server;
const published: { enterpriseId: string; topic: string; qos: number; payload: unknown }[] = [];
const minted = new Map<string, string>();

beforeAll(async () => {
  t = await createTestApp();
  await seedDemoCity(t.db);
  broker = await Aedes.createBroker({
    authenticate: (client, _username, password, done) => {
      const entry = [...minted].find(([, key]) => key === password?.toString());
      if (!entry) return done(Object.assign(new Error('bad key'), { returnCode: 4 as const }), false);
      (client as unknown as { enterpriseId: string }).enterpriseId = entry[0];
      done(null, true);
    },
    authorizePublish: (client, packet, callback) => {
      published.push({ enterpriseId: (client as unknown as { enterpriseId: string }).enterpriseId, topic: packet.topic, qos: packet.qos, payload: JSON.parse(packet.payload.toString()) });
      callback(null);
    },
  });
  server = createServer(broker.handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
}, 120_000);

afterAll(async () => {
  await new Promise<void>((resolve) => broker.close(() => resolve()));
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await t.close();
});

describe('demo sensors and the demo simulator', () => {
  it('the demo seed writes every demo sensor, with valid rules and an audit event each', async () => {
    const expected = generateDemoSensors(generateDemoCity().enterprises);
    const rows = await t.db.selectFrom('sensors').innerJoin('enterprises', 'enterprises.id', 'sensors.enterprise_id').select(['sensors.id', 'sensors.code', 'sensors.rules', 'enterprises.industry_code']).execute();
    expect(rows.map((r) => r.code).sort()).toEqual(expected.map((s) => s.code).sort());
    for (const r of rows) {
      expect(r.industry_code.startsWith('06') || r.industry_code.startsWith('26'), r.code).toBe(true);
      for (const rule of r.rules as unknown[]) expect(sensorRuleSchema.safeParse(rule).success, r.code).toBe(true);
    }
    const audited = await t.db.selectFrom('audit_events').select('entity_id').where('entity', '=', 'sensor').where('action', '=', 'create').execute();
    expect(new Set(audited.map((a) => a.entity_id))).toEqual(new Set(rows.map((r) => r.id)));
  });

  it('mints a key per demo enterprise and publishes every demo sensor over MQTT, the past hour first', async () => {
    let n = 0;
    const url = `mqtt://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const simulator = await startDemoSimulator(t.db, {
      url,
      mintDeviceKey: async (enterpriseId, name) => {
        expect(name).toBe('demo-simulator');
        const key = `key-${n++}`;
        minted.set(enterpriseId, key);
        return { id: `id-${n}`, key };
      },
    });
    expect(simulator).not.toBeNull();
    const sensors = await t.db.selectFrom('sensors').select(['code', 'enterprise_id']).execute();
    try {
      const deadline = Date.now() + 10_000;
      while (simulator!.acknowledged() < sensors.length * 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    } finally {
      await simulator!.stop();
    }
    expect(minted.size).toBe(new Set(sensors.map((s) => s.enterprise_id)).size);
    for (const s of sensors) {
      const messages = published.filter((p) => p.topic === `anquan/telemetry/${s.code}`);
      expect(messages.length, s.code).toBeGreaterThanOrEqual(2);
      expect(messages.every((m) => m.qos === 1 && m.enterpriseId === s.enterprise_id)).toBe(true);
    }
    const methane = published.filter((p) => p.topic.endsWith('-CH4-T0'));
    const backfill = methane.find((m) => Array.isArray(m.payload))!.payload as { ts: number; value: number }[];
    expect(backfill).toHaveLength(120);
    expect(backfill.every((r) => Number.isFinite(r.value) && r.value >= 0 && r.value <= 4)).toBe(true);
  });
});
