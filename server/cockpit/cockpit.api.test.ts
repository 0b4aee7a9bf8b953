import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDepartment, makeEnterprise, signedIn } from '../../test/support/factories.ts';
import { accidentInput, reportAccidentAs } from '../../test/support/accident-factories.ts';
import { hazardInput, reportAs } from '../../test/support/hazard-factories.ts';
import { makeSensor } from '../../test/support/monitoring-factories.ts';
import { createTestApp, type TestApp } from '../../test/support/test-app.ts';
import type { PlatformEvent } from '../events/event-bus.ts';

let t: TestApp;
let regulator: string;
let officer: string;
let plant: { id: string; name: string };

beforeAll(async () => {
  t = await createTestApp();
  plant = await makeEnterprise(t.db, { regionCode: '510113', industryCode: '2614' });
  regulator = (await signedIn(t, 'regulator', { departmentId: (await makeDepartment(t.db, ['510100'], ['C'])).id })).token;
  officer = (await signedIn(t, 'enterprise', { enterpriseId: plant.id })).token;
});
afterAll(() => t.close());

describe('GET /api/v1/cockpit', () => {
  it('has a panel per existing domain and none for domains not merged yet', async () => {
    const res = await t.request('GET', '/api/v1/cockpit', { token: regulator });
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.panels).sort()).toEqual(['accidents', 'alarms', 'hazards', 'risks']);
    expect(res.body.panels.accidents.kpis.map((k: { key: string }) => k.key)).toEqual(['accidents', 'deaths', 'largerAccidents']);
    expect(res.body.panels.hazards.monthly[0].values).toHaveLength(12);
  });

  it('reflects a new major hazard and an accident, per district, and publishes hazard.major_reported', async () => {
    const events: PlatformEvent[] = [];
    const unsubscribe = t.app.events.subscribe((e) => events.push(e));
    await reportAs(t, officer, hazardInput(plant.id, { grade: 'major' }));
    await reportAs(t, officer, hazardInput(plant.id, { grade: 'general' }));
    unsubscribe();
    expect(events.map((e) => e.type)).toEqual(['hazard.major_reported']);
    expect(events[0]!.subject).toMatchObject({ id: plant.id });
    await reportAccidentAs(t, regulator, accidentInput({ enterpriseId: plant.id, regionCode: undefined, industryCode: undefined, deaths: 2, occurredAt: new Date(Date.now() - 60_000).toISOString() }));

    const city = await t.request('GET', '/api/v1/cockpit', { token: regulator });
    const { hazards, accidents } = city.body.panels;
    expect(hazards.kpis).toEqual(expect.arrayContaining([{ key: 'majorHazards', value: 1, previous: 0 }, { key: 'openHazards', value: 2, previous: 0 }]));
    expect(hazards.byRegion.majorHazardsOpen).toEqual([{ regionCode: '510113', value: 1 }]);
    expect(accidents.kpis[1]).toEqual({ key: 'deaths', value: 2, previous: 0 });
    expect(accidents.byRegion.accidentsThisYear).toEqual([{ regionCode: '510113', value: 1 }]);
    expect(accidents.recent[0]).toMatchObject({ type: 'accident.reported', enterpriseId: plant.id, title: plant.name });
    expect(hazards.enterprises[0]).toMatchObject({ id: plant.id, value: 2 });

    const other = await t.request('GET', '/api/v1/cockpit?regionCode=510104', { token: regulator });
    expect(other.body.panels.accidents.kpis[0].value).toBe(0);
    expect(other.body.regionCode).toBe('510104');
  });

  it('an alarm in the feed carries its fields, so the screen words it in the reader\'s language', async () => {
    const sensor = await makeSensor(t.db, { enterpriseId: plant.id, name: '回风隅角甲烷', rules: [{ kind: 'forecast', level: 1, horizonSec: 300, severity: 'warning' }] });
    await t.db
      .insertInto('alarms')
      .values({
        id: randomUUID(), sensor_id: sensor.id, enterprise_id: plant.id, rule_key: 'forecast:0', kind: 'forecast', status: 'active', severity: 'warning', peak_severity: 'warning',
        open_value: 0.8, peak_value: 0.8, limit_value: 1, horizon_sec: 300, opened_at: new Date(), message: 'forecast 0.8 %CH4 → 1', updated_at: new Date(),
      })
      .execute();
    const { alarms } = (await t.request('GET', '/api/v1/cockpit', { token: regulator })).body.panels;
    expect(alarms.recent[0]).toMatchObject({
      type: 'alarm.opened',
      title: `${plant.name}: 回风隅角甲烷`,
      alarm: { kind: 'forecast', severity: 'warning', openValue: 0.8, limit: 1, unit: '%CH4', direction: null, horizonSec: 300 },
    });
  });

  it('refuses a street or an unknown district and enterprise users', async () => {
    expect((await t.request('GET', '/api/v1/cockpit?regionCode=510104001', { token: regulator })).status).toBe(400);
    expect((await t.request('GET', '/api/v1/cockpit?regionCode=510199', { token: regulator })).status).toBe(400);
    expect((await t.request('GET', '/api/v1/cockpit', { token: officer })).status).toBe(403);
  });
});
