import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEnterprise, signedIn } from '../../test/support/factories.ts';
import { makeSensor } from '../../test/support/monitoring-factories.ts';
import { createTestApp, type TestApp } from '../../test/support/test-app.ts';

/**
 * Issue 12: NUL and lone surrogates reached PostgreSQL and came back as 500. The schemas refuse them in text
 * fields (openapi-fuzz.api.test.ts walks every one); this file covers the request guard behind them, which
 * sees every string of a request, including JSON that no text field describes (a device's readings).
 */

let t: TestApp;
let admin: string;
let deviceKey: string;
let sensorCode: string;

beforeAll(async () => {
  t = await createTestApp();
  admin = (await signedIn(t, 'admin')).token;
  const enterpriseId = (await makeEnterprise(t.db)).id;
  sensorCode = (await makeSensor(t.db, { enterpriseId })).code;
  const created = await t.request('POST', '/api/v1/device-keys', { token: admin, body: { enterpriseId, name: '采集网关' } });
  expect(created.status).toBe(201);
  deviceKey = created.body.key;
});
afterAll(() => t.close());

const reading = (extra: Record<string, unknown> = {}) => ({ sensor: sensorCode, ts: new Date().toISOString(), value: 0.3, ...extra });
const sendRaw = (json: string) => t.request('POST', '/api/v1/telemetry', { token: deviceKey, body: json });

describe('text that cannot be stored', () => {
  it('is refused in the query strings the probe found (hazards q, audit entity) with the parameter named', async () => {
    for (const url of ['/api/v1/hazards?q=%00', '/api/v1/audit?entity=%00', '/api/v1/enterprises?q=a%00b']) {
      const res = await t.request('GET', url, { token: admin });
      expect(res.status, url).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
      expect(res.body.error.details).toMatchObject([{ path: url.includes('audit') ? 'entity' : 'q', message: 'must not contain a NUL character (U+0000)' }]);
    }
  });

  it('is refused anywhere in a JSON body no text field describes, naming the path, and nothing is stored', async () => {
    const res = await t.request('POST', '/api/v1/telemetry', { token: deviceKey, body: { readings: [reading(), reading({ status: 'ok\u0000' })] } });
    expect(res.status).toBe(400);
    expect(res.body.error.details).toMatchObject([{ path: 'readings.1.status', message: 'must not contain a NUL character (U+0000)' }]);
    const surrogate = await t.request('POST', '/api/v1/telemetry', { token: deviceKey, body: { readings: [reading({ status: 'a\udc00' })] } });
    expect(surrogate.status).toBe(400);
    expect(surrogate.body.error.details[0].path).toBe('readings.0.status');
    const key = await sendRaw(`{"readings":[{"sensor":"${sensorCode}","ts":1,"value":1,"\\ud800":1}]}`);
    expect(key.status).toBe(400);
    expect(key.body.error.details[0]).toEqual({ path: 'readings.0', message: 'has a field name that must not contain a lone UTF-16 surrogate (U+D800 found)' });
    const stored = await t.db.selectFrom('readings').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    expect(Number(stored.n)).toBe(0);
  });

  it('lets through what only looks like it: an escaped backslash before u0000, an escaped surrogate pair', async () => {
    const backslash = await sendRaw(`{"readings":[{"sensor":"${sensorCode}","ts":"${new Date().toISOString()}","value":0.2,"status":"\\\\u0000"}]}`);
    expect(backslash.status).toBe(200);
    expect(backslash.body.accepted).toBe(1);
    const emoji = await sendRaw(`{"readings":[{"sensor":"${sensorCode}","ts":"${new Date(Date.now() - 1000).toISOString()}","value":0.2,"status":"\\ud83d\\ude00"}]}`);
    expect(emoji.status).toBe(200);
    expect(emoji.body.accepted).toBe(1);
  });

  it('is found in a deeply nested body without failing the server', async () => {
    const depth = 20_000;
    const res = await sendRaw(`{"readings":[${'['.repeat(depth)}"\\u0000"${']'.repeat(depth)}]}`);
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].message).toBe('must not contain a NUL character (U+0000)');
    expect(res.body.error.details[0].path).toMatch(/^readings\.0(\.0)+$/);
    expect((await t.request('GET', '/api/health')).status).toBe(200);
  });
});
