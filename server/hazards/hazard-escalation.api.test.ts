import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDepartment, makeEnterprise, signedIn } from '../../test/support/factories.ts';
import { hazardInput, reportAs, transition } from '../../test/support/hazard-factories.ts';
import { createTestApp, type TestApp } from '../../test/support/test-app.ts';
import { escalateOverdueHazards } from './hazard-escalation.job.ts';

let t: TestApp;
let enterpriseId: string;
let officer: string;
let districtRegulator: string;
let cityRegulator: string;
let unrelatedRegulator: string;

const DAY = 86_400_000;

beforeAll(async () => {
  t = await createTestApp();
  enterpriseId = (await makeEnterprise(t.db, { industryCode: '2614', regionCode: '510113' })).id;
  officer = (await signedIn(t, 'enterprise', { enterpriseId })).token;
  districtRegulator = (await signedIn(t, 'regulator', { departmentId: (await makeDepartment(t.db, ['510113'], ['C'])).id })).token;
  cityRegulator = (await signedIn(t, 'regulator', { departmentId: (await makeDepartment(t.db, ['510100'], ['26'])).id })).token;
  unrelatedRegulator = (await signedIn(t, 'regulator', { departmentId: (await makeDepartment(t.db, ['510104'], ['C'])).id })).token;
});
afterAll(() => t.close());

const notificationsFor = async (token: string, hazardId: string) =>
  ((await t.request('GET', '/api/v1/notifications?pageSize=200', { token })).body.items as Array<{ entityId: string; payload: { target: string } }>)
    .filter((n) => n.entityId === hazardId)
    .map((n) => n.payload.target)
    .sort();

describe('overdue escalation', () => {
  it('climbs the ladder step by step, once per step, notifying who each step reaches', async () => {
    const admin = (await signedIn(t, 'admin')).token;
    const hook = (await t.request('POST', '/api/v1/webhooks', { token: admin, body: { url: 'http://127.0.0.1:9/escalations', events: ['hazard.escalated'], regionCodes: ['510113'] } })).body;
    const elsewhere = (await t.request('POST', '/api/v1/webhooks', { token: admin, body: { url: 'http://127.0.0.1:9/jinjiang', events: ['hazard.escalated'], regionCodes: ['510104'] } })).body;
    const foundAt = new Date(Date.now() - 30 * DAY);
    const hazard = await reportAs(t, officer, hazardInput(enterpriseId, { foundAt: foundAt.toISOString() }));
    const deadline = new Date(Date.now() - 10 * DAY);
    const res = await transition(t, officer, hazard.id, {
      action: 'start_rectification',
      rectification: { mode: 'deadline', deadline: deadline.toISOString(), responsiblePerson: '李工', measures: 'x', fundsYuan: 0 },
    });
    expect(res.body.overdue).toBe(true);

    // Half a day overdue: only the enterprise's principal.
    await escalateOverdueHazards(t.db, new Date(deadline.getTime() + DAY / 2));
    expect(await notificationsFor(officer, hazard.id)).toEqual(['enterprise_principal']);
    expect(await notificationsFor(districtRegulator, hazard.id)).toEqual([]);

    // Two days: the supervising departments (district and city bureaus both supervise it).
    await escalateOverdueHazards(t.db, new Date(deadline.getTime() + 2 * DAY));
    expect(await notificationsFor(districtRegulator, hazard.id)).toEqual(['supervising_department']);
    expect(await notificationsFor(cityRegulator, hazard.id)).toEqual(['supervising_department']);

    // Eight days: district then city; a run repeated at the same moment adds nothing.
    const later = new Date(deadline.getTime() + 8 * DAY);
    await escalateOverdueHazards(t.db, later);
    await escalateOverdueHazards(t.db, later);
    expect(await notificationsFor(districtRegulator, hazard.id)).toEqual(['district', 'supervising_department']);
    expect(await notificationsFor(cityRegulator, hazard.id)).toEqual(['city', 'supervising_department']);
    expect(await notificationsFor(officer, hazard.id)).toEqual(['enterprise_principal']);
    expect(await notificationsFor(unrelatedRegulator, hazard.id)).toEqual([]);

    const audit = await t.db.selectFrom('audit_events').select('after').where('entity_id', '=', hazard.id).where('action', '=', 'escalate').execute();
    expect(audit.map((a) => (a.after as { target: string }).target).sort()).toEqual(['city', 'district', 'enterprise_principal', 'supervising_department']);

    // Each step is a webhook event for the enterprise's district, none for another district's subscription.
    const queued = await t.db.selectFrom('webhook_deliveries').select(['webhook_id', 'payload']).where('event', '=', 'hazard.escalated').execute();
    const mine = queued.filter((d) => d.webhook_id === hook.id).map((d) => (d.payload as { data: { hazardId: string; enterpriseId: string; target: string; deadline: string } }).data);
    expect(mine.filter((d) => d.hazardId === hazard.id).map((d) => d.target).sort()).toEqual(['city', 'district', 'enterprise_principal', 'supervising_department']);
    expect(mine[0]).toMatchObject({ enterpriseId, deadline: deadline.toISOString() });
    expect(queued.filter((d) => d.webhook_id === elsewhere.id)).toEqual([]);
  });

  it('leaves closed hazards and hazards within their deadline alone', async () => {
    const inTime = await reportAs(t, officer, hazardInput(enterpriseId));
    await transition(t, officer, inTime.id, {
      action: 'start_rectification',
      rectification: { mode: 'deadline', deadline: new Date(Date.now() + 5 * DAY).toISOString(), responsiblePerson: '李工', measures: 'x', fundsYuan: 0 },
    });
    await escalateOverdueHazards(t.db, new Date());
    expect(await notificationsFor(officer, inTime.id)).toEqual([]);
  });

  it('marks a notification read for the reader only', async () => {
    const list = await t.request('GET', '/api/v1/notifications?unread=true', { token: officer });
    expect(list.body.total).toBeGreaterThan(0);
    const id = list.body.items[0].id;
    expect((await t.request('POST', `/api/v1/notifications/${id}/read`, { token: officer })).status).toBe(204);
    const after = await t.request('GET', '/api/v1/notifications?unread=true', { token: officer });
    expect(after.body.total).toBe(list.body.total - 1);
    expect((await t.request('POST', `/api/v1/notifications/${id}/read`, { token: unrelatedRegulator })).status).toBe(404);
  });
});
