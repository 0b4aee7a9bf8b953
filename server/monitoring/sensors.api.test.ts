import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDepartment, makeEnterprise, signedIn } from '../../test/support/factories.ts';
import { createTestApp, type TestApp } from '../../test/support/test-app.ts';

let t: TestApp;
let enterpriseId: string;
let otherEnterpriseId: string;
let admin: string;
let officer: string;
let regulator: string;
let outsider: string;
let inspector: string;

const sensorBody = (overrides: Record<string, unknown> = {}) => ({
  enterpriseId,
  code: `CH4-${Math.random().toString(36).slice(2, 10)}`,
  name: '回风隅角甲烷 T0',
  kind: 'methane',
  unit: '%CH4',
  rangeLow: 0,
  rangeHigh: 4,
  location: '3101 工作面',
  expectedIntervalSec: 30,
  template: 'methane-longwall-upper-corner',
  ...overrides,
});

beforeAll(async () => {
  t = await createTestApp();
  enterpriseId = (await makeEnterprise(t.db, { industryCode: '2614', regionCode: '510113' })).id;
  otherEnterpriseId = (await makeEnterprise(t.db, { industryCode: '2614', regionCode: '510104' })).id;
  admin = (await signedIn(t, 'admin')).token;
  officer = (await signedIn(t, 'enterprise', { enterpriseId })).token;
  regulator = (await signedIn(t, 'regulator', { departmentId: (await makeDepartment(t.db, ['510113'], ['C'])).id })).token;
  outsider = (await signedIn(t, 'regulator', { departmentId: (await makeDepartment(t.db, ['510104'], ['C'])).id })).token;
  inspector = (await signedIn(t, 'inspector', { departmentId: (await makeDepartment(t.db, ['510100'], ['C'])).id })).token;
});
afterAll(() => t.close());

describe('OpenAPI', () => {
  it('documents the sensors, templates, silences and alarms endpoints', async () => {
    const res = await t.request('GET', '/api/openapi.json');
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining(['/api/v1/sensors', '/api/v1/sensors/{id}', '/api/v1/sensors/{id}/silences', '/api/v1/sensor-templates', '/api/v1/alarms', '/api/v1/alarms/{id}', '/api/v1/alarms/{id}/acknowledge']),
    );
  });
});

describe('GET /api/v1/sensor-templates', () => {
  it('lists the regulation templates with their figures and sources', async () => {
    const res = await t.request('GET', '/api/v1/sensor-templates', { token: officer });
    expect(res.status).toBe(200);
    const corner = res.body.items.find((x: { id: string }) => x.id === 'methane-longwall-upper-corner');
    expect(corner).toMatchObject({ name: '采煤工作面回风隅角', kind: 'methane', unit: '%CH4', alarmAt: 1.0, powerOffAt: 1.5, restoreBelow: 1.0, confidence: 'H' });
    expect(corner.source).toContain('煤矿安全规程');
    expect(res.body.items.map((x: { id: string }) => x.id)).toEqual(expect.arrayContaining(['coal-co-24ppm', 'gbt50493-combustible', 'gbt50493-oxygen', 'tank-level-limits', 'coal-temperature-chamber']));
  });
});

describe('POST /api/v1/sensors', () => {
  it('a template expands to rules (with a stale rule); the sensor reads back; audited', async () => {
    const res = await t.request('POST', '/api/v1/sensors', { token: officer, body: sensorBody() });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ enterpriseId, template: 'methane-longwall-upper-corner', lastReading: null, alarmState: null, hazardBridge: null, silencedUntil: null });
    expect(res.body.rules.map((r: { kind: string }) => r.kind)).toEqual(['threshold', 'power_off', 'stale']);
    const audit = await t.db.selectFrom('audit_events').select('action').where('entity', '=', 'sensor').where('entity_id', '=', res.body.id).execute();
    expect(audit.map((a) => a.action)).toEqual(['create']);
    expect((await t.request('GET', `/api/v1/sensors/${res.body.id}`, { token: regulator })).body.code).toBe(res.body.code);
  });

  it('explicit rules, a tank template with per-point limits, and a hazard bridge', async () => {
    const tank = await t.request('POST', '/api/v1/sensors', {
      token: regulator,
      body: sensorBody({ kind: 'level', unit: 'm', rangeHigh: 20, template: 'tank-level-limits', templateParams: { LL: 1, L: 2, H: 15, HH: 18 }, hazardBridge: { repeatsPerDay: 3 } }),
    });
    expect(tank.status).toBe(201);
    expect(tank.body.rules[0]).toMatchObject({ direction: 'high', levels: [{ at: 15 }, { at: 18 }] });
    expect(tank.body.hazardBridge).toEqual({ repeatsPerDay: 3 });
    const explicit = await t.request('POST', '/api/v1/sensors', {
      token: admin,
      body: sensorBody({ template: undefined, rules: [{ kind: 'threshold', direction: 'high', levels: [{ severity: 'alarm', at: 0.8 }] }] }),
    });
    expect(explicit.status).toBe(201);
    expect(explicit.body.rules).toEqual([{ kind: 'threshold', direction: 'high', levels: [{ severity: 'alarm', at: 0.8 }], deadband: 0, minDurationSec: 0 }]);
  });

  it.each([
    ['an unknown template', { template: 'no-such' }, 'template'],
    ['a template of another kind', { kind: 'co', template: 'methane-shearer' }, 'kind'],
    ['tank limits out of order', { kind: 'level', template: 'tank-level-limits', templateParams: { L: 5, H: 4 } }, 'templateParams.H'],
    ['both a template and rules', { rules: [] }, 'rules'],
  ])('400 for %s', async (_name, overrides, path) => {
    const res = await t.request('POST', '/api/v1/sensors', { token: officer, body: sensorBody(overrides) });
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d: { path: string }) => d.path)).toContain(path);
  });

  it('409 on a duplicate code; 404 for an enterprise out of scope; 403 for read-only roles', async () => {
    const body = sensorBody();
    expect((await t.request('POST', '/api/v1/sensors', { token: officer, body })).status).toBe(201);
    const dup = await t.request('POST', '/api/v1/sensors', { token: officer, body });
    expect(dup.status).toBe(409);
    expect(dup.body.error.code).toBe('CONFLICT');
    expect((await t.request('POST', '/api/v1/sensors', { token: officer, body: sensorBody({ enterpriseId: otherEnterpriseId }) })).status).toBe(404);
    expect((await t.request('POST', '/api/v1/sensors', { token: outsider, body: sensorBody() })).status).toBe(404);
    expect((await t.request('POST', '/api/v1/sensors', { token: inspector, body: sensorBody() })).status).toBe(403);
  });
});

describe('GET /api/v1/sensors and PATCH', () => {
  it('lists in scope with filters and pagination', async () => {
    await t.request('POST', '/api/v1/sensors', { token: admin, body: sensorBody({ enterpriseId: otherEnterpriseId }) });
    const mine = await t.request('GET', '/api/v1/sensors?pageSize=200', { token: officer });
    expect(mine.status).toBe(200);
    expect(mine.body.items.every((s: { enterpriseId: string }) => s.enterpriseId === enterpriseId)).toBe(true);
    const outside = await t.request('GET', '/api/v1/sensors?pageSize=200', { token: outsider });
    expect(outside.body.items.every((s: { enterpriseId: string }) => s.enterpriseId === otherEnterpriseId)).toBe(true);
    const levels = await t.request('GET', `/api/v1/sensors?kind=level&enterpriseId=${enterpriseId}`, { token: admin });
    expect(levels.body.items.map((s: { kind: string }) => s.kind)).toEqual(['level']);
    const page = await t.request('GET', `/api/v1/sensors?enterpriseId=${enterpriseId}&pageSize=1&page=2`, { token: admin });
    expect(page.body).toMatchObject({ page: 2, pageSize: 1 });
    expect(page.body.items).toHaveLength(1);
    expect(page.body.total).toBeGreaterThanOrEqual(3);
    expect((await t.request('GET', '/api/v1/sensors?alarmState=critical', { token: admin })).body.items).toEqual([]);
    expect((await t.request('GET', `/api/v1/sensors/${mine.body.items[0].id}`, { token: outsider })).status).toBe(404);
  });

  it('PATCH changes name, location, rules and bridge; explicit rules detach the template; audited', async () => {
    const created = (await t.request('POST', '/api/v1/sensors', { token: officer, body: sensorBody() })).body;
    const rules = [{ kind: 'threshold', direction: 'high', levels: [{ severity: 'alarm', at: 0.9 }], deadband: 0.05, minDurationSec: 0 }];
    const res = await t.request('PATCH', `/api/v1/sensors/${created.id}`, { token: officer, body: { name: '改名', location: '新位置', rules, hazardBridge: { powerOffMinutes: 5 } } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: '改名', location: '新位置', rules, template: null, hazardBridge: { powerOffMinutes: 5 } });
    expect((await t.request('PATCH', `/api/v1/sensors/${created.id}`, { token: officer, body: {} })).status).toBe(400);
    expect((await t.request('PATCH', `/api/v1/sensors/${created.id}`, { token: outsider, body: { name: 'x' } })).status).toBe(404);
    const audit = await t.db.selectFrom('audit_events').select('action').where('entity_id', '=', created.id).orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['create', 'update']);
  });
});

describe('DELETE /api/v1/sensors/{id} (deactivate)', () => {
  it('the sensor leaves the lists, its code is free again, its open alarms are cleared with a timeline entry; audited', async () => {
    const created = (await t.request('POST', '/api/v1/sensors', { token: officer, body: sensorBody() })).body;
    const alarmId = randomUUID();
    await t.db
      .insertInto('alarms')
      .values({ id: alarmId, sensor_id: created.id, enterprise_id: enterpriseId, rule_key: 'stale:2', kind: 'stale', status: 'active', severity: 'warning', peak_severity: 'warning', opened_at: new Date(), message: 'stale: no reading', updated_at: new Date() })
      .execute();
    expect((await t.request('GET', `/api/v1/sensors/${created.id}`, { token: officer })).body.openAlarms).toBe(1);

    expect((await t.request('DELETE', `/api/v1/sensors/${created.id}`, { token: inspector })).status).toBe(403);
    expect((await t.request('DELETE', `/api/v1/sensors/${created.id}`, { token: outsider })).status).toBe(404);
    expect((await t.request('DELETE', `/api/v1/sensors/${created.id}`, { token: officer })).status).toBe(204);
    expect((await t.request('DELETE', `/api/v1/sensors/${created.id}`, { token: officer })).status).toBe(404);
    expect((await t.request('GET', `/api/v1/sensors/${created.id}`, { token: officer })).status).toBe(404);
    const listed = await t.request('GET', `/api/v1/sensors?enterpriseId=${enterpriseId}&pageSize=200`, { token: officer });
    expect(listed.body.items.map((s: { id: string }) => s.id)).not.toContain(created.id);

    const alarm = await t.request('GET', `/api/v1/alarms/${alarmId}`, { token: officer });
    expect(alarm.body).toMatchObject({ status: 'cleared', clearedAt: expect.any(String) });
    expect(alarm.body.timeline.map((e: { type: string; note: string | null }) => `${e.type} ${e.note}`)).toEqual(['cleared sensor deactivated']);

    const again = await t.request('POST', '/api/v1/sensors', { token: officer, body: sensorBody({ code: created.code }) });
    expect(again.status).toBe(201);
    expect(again.body.id).not.toBe(created.id);
    const audit = await t.db.selectFrom('audit_events').select('action').where('entity_id', '=', created.id).orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['create', 'deactivate']);
  });
});
