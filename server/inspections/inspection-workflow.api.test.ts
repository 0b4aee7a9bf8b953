import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cityDayEnd, cityDateOf } from '../../core/shared/city-time.ts';
import { makeDepartment, makeEnterprise, signedIn } from '../../test/support/factories.ts';
import { hour, inspect, inspectionBody, issue, officers } from '../../test/support/inspection-factories.ts';
import { pdfText } from '../../test/support/pdf-text.ts';
import { createTestApp, type TestApp } from '../../test/support/test-app.ts';
import { escalateOverdueHazards } from '../hazards/hazard-escalation.job.ts';

/** The enforcement clerk's workflow (issue 13): draw → inspection with the drawn officers, deadlines → hazards, the list. */

let t: TestApp;
let departmentId: string;
let enterprises: { id: string; name: string }[];
let streetEnterprise: { id: string; name: string };
const tokens = {} as Record<'regulator' | 'inspector' | 'officer', string>;
const inspectors: { id: string; displayName: string }[] = [];

const DAY = 24 * hour;
const civil = (d: Date) => {
  const c = cityDateOf(d);
  return `${c.year}-${String(c.month).padStart(2, '0')}-${String(c.day).padStart(2, '0')}`;
};
const endOfDay = (date: string) => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return cityDayEnd({ year, month, day }).toISOString();
};
const hazard = async (id: string) => (await t.request('GET', `/api/v1/hazards/${id}`, { token: tokens.regulator })).body;

beforeAll(async () => {
  t = await createTestApp();
  departmentId = (await makeDepartment(t.db, ['510113', '510112'], ['C'])).id;
  enterprises = [];
  for (let i = 0; i < 3; i++) enterprises.push(await makeEnterprise(t.db, { regionCode: '510113', industryCode: '2614', name: `青白江化工${i}号有限公司` }));
  streetEnterprise = await makeEnterprise(t.db, { regionCode: '510112', industryCode: '2614', name: '龙泉驿涂料有限公司' });
  tokens.regulator = (await signedIn(t, 'regulator', { departmentId })).token;
  for (let i = 0; i < 3; i++) {
    const { user, token } = await signedIn(t, 'inspector', { departmentId });
    inspectors.push({ id: user.id, displayName: user.displayName });
    if (i === 0) tokens.inspector = token;
  }
  tokens.officer = (await signedIn(t, 'enterprise', { enterpriseId: enterprises[0]!.id })).token;
});
afterAll(() => t.close());

async function drawOne(regionCodes = ['510113']) {
  const res = await t.request('POST', '/api/v1/inspections/draws', { token: tokens.regulator, body: { scope: { regionCodes }, enterpriseCount: 1, inspectorCount: 2 } });
  expect(res.status).toBe(201);
  return res.body as { id: string; number: string; createdAt: string; enterprises: { id: string; name: string }[]; inspectors: { id: string; name: string }[] };
}

const drawnOfficers = (draw: { inspectors: { id: string; name: string }[] }) =>
  draw.inspectors.map((o, i) => ({ side: 'officer', userId: o.id, name: o.name, certificateNo: `SC-5101000${i}` }));

describe('a draw', () => {
  it('has a number of the 文号 pattern, one sequence per department and year, generated seed of 128 bits', async () => {
    const a = await drawOne();
    const b = await drawOne();
    expect(a.number).toMatch(/^.+抽查〔\d{4}〕\d+号$/);
    const serial = (n: string) => Number(/〔\d{4}〕(\d+)号$/.exec(n)![1]);
    expect(serial(b.number)).toBe(serial(a.number) + 1);
    expect((a as unknown as { seed: string }).seed).toMatch(/^[0-9a-f]{32}$/);
    await expect(t.db.updateTable('inspection_draws').set({ serial: 99 }).where('id', '=', a.id).execute()).rejects.toThrow(/immutable/);
  });
});

describe('an inspection under a draw', () => {
  it('with the drawn officers needs no reason, and names the draw by its number and date', async () => {
    const draw = await drawOne();
    const created = await inspect(t, tokens.inspector, inspectionBody(draw.enterprises[0]!.id, {
      drawId: draw.id,
      participants: [...drawnOfficers(draw), officers[2]],
      findings: [],
    }));
    const detail = (await t.request('GET', `/api/v1/inspections/${created.id}`, { token: tokens.regulator })).body;
    expect(detail).toMatchObject({ drawId: draw.id, drawNumber: draw.number, drawnAt: draw.createdAt, officerChangeReason: null });
    expect(detail.officerNames).toEqual(draw.inspectors.map((o) => o.name));
  });

  it('with other officers is refused without a reason (400 naming the field), and stores and audits the reason', async () => {
    const draw = await drawOne();
    const body = inspectionBody(draw.enterprises[0]!.id, { drawId: draw.id, findings: [] });
    const refused = await t.request('POST', '/api/v1/inspections', { token: tokens.inspector, body });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details).toEqual([{ path: 'officerChangeReason', message: expect.stringContaining(draw.inspectors[0]!.name) }]);

    // One drawn officer replaced by another of the department is a change too.
    const other = inspectors.find((i) => !draw.inspectors.some((d) => d.id === i.id))!;
    const swapped = [drawnOfficers(draw)[0]!, { side: 'officer', userId: other.id, name: other.displayName, certificateNo: 'SC-9' }];
    const refusedToo = await t.request('POST', '/api/v1/inspections', { token: tokens.inspector, body: { ...body, participants: swapped } });
    expect(refusedToo.status).toBe(400);
    expect(refusedToo.body.error.details.map((d: { path: string }) => d.path)).toEqual(['officerChangeReason']);

    const reason = '王某因病请假，由赵某替换';
    const created = await t.request('POST', '/api/v1/inspections', { token: tokens.inspector, body: { ...body, participants: swapped, officerChangeReason: reason } });
    expect(created.status, created.text).toBe(201);
    expect(created.body.officerChangeReason).toBe(reason);
    const audit = await t.db.selectFrom('audit_events').select('after').where('entity', '=', 'inspection').where('entity_id', '=', created.body.id).executeTakeFirstOrThrow();
    expect((audit.after as { officerChangeReason: string }).officerChangeReason).toBe(reason);
  });

  it('refuses an officer account that is not one of the department’s officers', async () => {
    const draw = await drawOne();
    const stranger = (await signedIn(t, 'enterprise', { enterpriseId: enterprises[1]!.id })).user;
    const participants = [{ side: 'officer', userId: stranger.id, name: 'x', certificateNo: 'SC-1' }, drawnOfficers(draw)[1]];
    const res = await t.request('POST', '/api/v1/inspections', { token: tokens.inspector, body: inspectionBody(draw.enterprises[0]!.id, { drawId: draw.id, participants, officerChangeReason: '替换', findings: [] }) });
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d: { path: string }) => d.path)).toEqual(['participants.0.userId']);
  });
});

describe('the deadline of a finding', () => {
  it('becomes its hazard’s deadline; 立即整改 is due by the end of the day it is ordered', async () => {
    const created = await inspect(t, tokens.inspector, inspectionBody(enterprises[0]!.id));
    const [dated, immediate] = await Promise.all(created.findings.map((f) => hazard(f.hazardId)));
    expect(dated.deadline).toBe(endOfDay('2030-01-15'));
    expect(immediate.deadline).toBe(endOfDay(civil(new Date())));
    const report = dated.timeline.find((e: { action: string }) => e.action === 'report');
    expect(report.deadlineTo).toBe(endOfDay('2030-01-15'));
  });

  it('may not be before the day of the inspection', async () => {
    const body = inspectionBody(enterprises[0]!.id);
    (body.findings as { deadline: string | null }[])[0]!.deadline = civil(new Date(Date.now() - 5 * DAY));
    const res = await t.request('POST', '/api/v1/inspections', { token: tokens.inspector, body });
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d: { path: string }) => d.path)).toEqual(['findings.0.deadline']);
  });

  it('past makes the hazard overdue: listed as overdue and escalated', async () => {
    const started = Date.now() - 4 * DAY;
    const yesterday = civil(new Date(Date.now() - DAY));
    const body = inspectionBody(enterprises[1]!.id, { startedAt: new Date(started).toISOString(), endedAt: new Date(started + hour).toISOString() });
    (body.findings as { deadline: string | null }[])[0]!.deadline = yesterday;
    const created = await inspect(t, tokens.inspector, body);
    const id = created.findings[0]!.hazardId;
    expect((await hazard(id)).overdue).toBe(true);
    const overdue = await t.request('GET', `/api/v1/hazards?overdue=true&pageSize=200`, { token: tokens.regulator });
    expect(overdue.body.items.map((h: { id: string }) => h.id)).toContain(id);
    await escalateOverdueHazards(t.db);
    const steps = await t.db.selectFrom('hazard_escalations').select('target').where('hazard_id', '=', id).execute();
    expect(steps.map((s) => s.target)).toContain('enterprise_principal');
  });

  it('follows the order: a correction’s new line deadline moves the hazard, audited, and reaches the PDF', async () => {
    const created = await inspect(t, tokens.inspector, inspectionBody(enterprises[2]!.id));
    const order = await issue(t, tokens.inspector, created.id, { kind: 'rectification_order' });
    expect(order.status).toBe(201);
    const [first, second] = created.findings;
    expect((await hazard(first!.hazardId)).deadline).toBe(endOfDay('2030-01-15'));

    const tooEarly = await issue(t, tokens.inspector, created.id, { kind: 'rectification_order', correctsId: order.body.id, deadlines: [{ findingId: first!.id, deadline: '2020-01-01' }] });
    expect(tooEarly.status).toBe(400);
    expect(tooEarly.body.error.details.map((d: { path: string }) => d.path)).toEqual(['deadlines.0.deadline']);
    const notAnOrder = await issue(t, tokens.inspector, created.id, { kind: 'inspection_record', deadlines: [{ findingId: first!.id, deadline: '2030-02-01' }] });
    expect(notAnOrder.status).toBe(400);

    const correction = await issue(t, tokens.inspector, created.id, { kind: 'rectification_order', correctsId: order.body.id, deadlines: [{ findingId: first!.id, deadline: '2030-02-01' }] });
    expect(correction.status, correction.text).toBe(201);
    const moved = await hazard(first!.hazardId);
    expect(moved.deadline).toBe(endOfDay('2030-02-01'));
    const event = moved.timeline.find((e: { action: string }) => e.action === 'order_deadline');
    expect(event).toMatchObject({ deadlineFrom: endOfDay('2030-01-15'), deadlineTo: endOfDay('2030-02-01'), body: { documentNo: correction.body.number, line: '2030-02-01' } });
    const audit = await t.db.selectFrom('audit_events').select(['before', 'after']).where('entity', '=', 'hazard').where('entity_id', '=', first!.hazardId).where('action', '=', 'order_deadline').executeTakeFirstOrThrow();
    expect(audit.before).toEqual({ deadline: endOfDay('2030-01-15') });
    expect((audit.after as { deadline: string }).deadline).toBe(endOfDay('2030-02-01'));
    // The line left alone keeps its hazard's deadline; the inspection and the PDF carry the new line.
    expect((await hazard(second!.hazardId)).timeline.some((e: { action: string }) => e.action === 'order_deadline')).toBe(false);
    const detail = (await t.request('GET', `/api/v1/inspections/${created.id}`, { token: tokens.inspector })).body;
    expect(detail.findings[0].deadline).toBe('2030-02-01');
    expect(correction.body.reinspectionDue).toBe('2030-02-11');
    const pdf = await fetch(`${t.url}/api/v1/documents/${correction.body.id}.pdf`, { headers: { authorization: `Bearer ${tokens.inspector}` } });
    expect((await pdfText(await pdf.arrayBuffer())).replace(/\s+/g, '')).toContain('于2030年2月1日前整改完毕');
  });
});

describe('the inspection list', () => {
  let listed: Record<'orderPending' | 'rectifying' | 'clean' | 'street', string>;

  beforeAll(async () => {
    const a = await inspect(t, tokens.inspector, inspectionBody(enterprises[0]!.id, { startedAt: new Date(Date.UTC(2026, 0, 10, 2)).toISOString(), endedAt: new Date(Date.UTC(2026, 0, 10, 4)).toISOString() }));
    const b = await inspect(t, tokens.inspector, inspectionBody(enterprises[1]!.id));
    await issue(t, tokens.inspector, b.id, { kind: 'rectification_order' });
    const c = await inspect(t, tokens.inspector, inspectionBody(enterprises[2]!.id, { findings: [], participants: [{ side: 'officer', name: '欧阳执法', certificateNo: 'SC-77' }, ...officers] }));
    const d = await inspect(t, tokens.inspector, inspectionBody(streetEnterprise.id, { findings: [] }));
    listed = { orderPending: a.id, rectifying: b.id, clean: c.id, street: d.id };
  });

  const ids = async (query: string) => {
    const res = await t.request('GET', `/api/v1/inspections?pageSize=200&${query}`, { token: tokens.regulator });
    expect(res.status, res.text).toBe(200);
    return (res.body.items as { id: string }[]).map((i) => i.id);
  };

  it('filters by status', async () => {
    expect(await ids('status=order_pending')).toContain(listed.orderPending);
    expect(await ids('status=order_pending')).not.toContain(listed.rectifying);
    expect(await ids('status=rectifying')).toContain(listed.rectifying);
    expect(await ids('status=no_findings')).toEqual(expect.arrayContaining([listed.clean, listed.street]));
    expect(await ids('status=no_findings')).not.toContain(listed.rectifying);
    const row = (await t.request('GET', `/api/v1/inspections?pageSize=200`, { token: tokens.regulator })).body.items.find((i: { id: string }) => i.id === listed.rectifying);
    expect(row.status).toBe('rectifying');
  });

  it('searches the enterprise’s name and document numbers', async () => {
    expect(await ids(`q=${encodeURIComponent('涂料')}`)).toEqual([listed.street]);
    const number = (await t.request('GET', `/api/v1/inspections/${listed.rectifying}`, { token: tokens.regulator })).body.documents[0].number as string;
    expect(await ids(`q=${encodeURIComponent(number)}`)).toEqual([listed.rectifying]);
    expect(await ids(`q=${encodeURIComponent('100%')}`)).toEqual([]);
  });

  it('filters by district, days (Asia/Shanghai), kind and officer', async () => {
    expect(await ids('regionCode=510112')).toEqual([listed.street]);
    expect(await ids('from=2026-01-10&to=2026-01-10')).toEqual([listed.orderPending]);
    expect(await ids('to=2026-01-09')).toEqual([]);
    expect(await ids(`officer=${encodeURIComponent('欧阳')}`)).toEqual([listed.clean]);
    expect(await ids('kind=re_inspection')).toEqual([]);
    const bad = await t.request('GET', '/api/v1/inspections?from=2026-1-1&status=open', { token: tokens.regulator });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['from', 'status']);
  });

  it('is newest first by the day inspected, with names, never ids', async () => {
    const res = await t.request('GET', `/api/v1/inspections?pageSize=2&page=1`, { token: tokens.regulator });
    expect(res.body.total).toBeGreaterThanOrEqual(4);
    expect(res.body.items).toHaveLength(2);
    const all = (await t.request('GET', `/api/v1/inspections?pageSize=200`, { token: tokens.regulator })).body.items as { startedAt: string; enterpriseName: string; officerNames: string[] }[];
    expect(all.map((i) => i.startedAt)).toEqual([...all.map((i) => i.startedAt)].sort().reverse());
    expect(all.every((i) => i.enterpriseName && i.officerNames.length > 0)).toBe(true);
  });
});
