import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { makeDepartment, makeEnterprise, signedIn } from '../../test/support/factories.ts';
import { accidentInput, reportAccidentAs } from '../../test/support/accident-factories.ts';
import { pdfText } from '../../test/support/pdf-text.ts';
import { createTestApp, type TestApp } from '../../test/support/test-app.ts';
import type { PlatformEvent } from '../events/event-bus.ts';

let t: TestApp;
let plant: { id: string; name: string };
let elsewhere: { id: string };
let regulator: string;
let otherDistrictRegulator: string;
let officer: string;
let expert: string;

beforeAll(async () => {
  t = await createTestApp();
  plant = await makeEnterprise(t.db, { regionCode: '510113', industryCode: '2614' });
  elsewhere = await makeEnterprise(t.db, { regionCode: '510104', industryCode: '2614' });
  regulator = (await signedIn(t, 'regulator', { departmentId: (await makeDepartment(t.db, ['510113'], ['C'])).id })).token;
  otherDistrictRegulator = (await signedIn(t, 'regulator', { departmentId: (await makeDepartment(t.db, ['510104'], ['C'])).id })).token;
  officer = (await signedIn(t, 'enterprise', { enterpriseId: plant.id })).token;
  expert = (await signedIn(t, 'expert')).token;
});
afterAll(() => t.close());

describe('POST /api/v1/accidents', () => {
  it('grades, gives the reporting chain and the supplementary window, and publishes accident.reported', async () => {
    const events: PlatformEvent[] = [];
    const unsubscribe = t.app.events.subscribe((e) => events.push(e));
    const occurredAt = '2026-03-10T08:00:00+08:00';
    const res = await t.request('POST', '/api/v1/accidents', { token: officer, body: accidentInput({ enterpriseId: plant.id, regionCode: undefined, industryCode: undefined, occurredAt, knownAt: '2026-03-10T08:30:00+08:00', deaths: 3 }) });
    unsubscribe();
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ grade: 'larger', enterpriseId: plant.id, enterpriseName: plant.name, regionCode: '510113', lateReport: true, revisions: [] });
    expect(res.body.reporting.unitDeadline).toBe(new Date('2026-03-10T09:30:00+08:00').toISOString());
    expect(res.body.reporting.chain.map((s: { to: string }) => s.to)).toEqual(['county', 'city', 'province']);
    expect(res.body.supplementaryWindowEndsAt).toBe(new Date('2026-04-09T23:59:59.999+08:00').toISOString());
    expect(res.body.investigation).toMatchObject({ authority: 'city', reportDueAt: new Date('2026-05-09T23:59:59.999+08:00').toISOString(), replyDueAt: null });
    expect(events).toEqual([expect.objectContaining({ type: 'accident.reported', subject: expect.objectContaining({ id: plant.id }), data: expect.objectContaining({ accidentId: res.body.id, grade: 'larger' }) })]);
  });

  it('takes the 7-day window for road traffic and fire, and is on time within the hour', async () => {
    const res = await t.request('POST', '/api/v1/accidents', { token: regulator, body: accidentInput({ occurredAt: new Date(Date.now() - 1000).toISOString(), isFire: true, category: '08' }) });
    expect(res.status).toBe(201);
    expect(res.body.lateReport).toBe(false);
    const days = (new Date(res.body.supplementaryWindowEndsAt).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6);
    expect(days).toBeLessThan(8);
  });

  it('rejects negative, fractional and absurd counts, future dates and unknown codes with the field paths', async () => {
    const res = await t.request('POST', '/api/v1/accidents', {
      token: regulator,
      body: accidentInput({ deaths: -1, seriousInjuries: 1.5, directLossYuan: 1e16, category: '21' }),
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    expect([...new Set(res.body.error.details.map((d: { path: string }) => d.path))].sort()).toEqual(['category', 'deaths', 'directLossYuan', 'seriousInjuries']);
    const future = await t.request('POST', '/api/v1/accidents', { token: regulator, body: accidentInput({ occurredAt: new Date(Date.now() + 3_600_000).toISOString() }) });
    expect(future.body.error.details).toEqual([{ path: 'occurredAt', message: 'must not be in the future' }]);
    const codes = await t.request('POST', '/api/v1/accidents', { token: regulator, body: accidentInput({ regionCode: '510199', industryCode: '9999' }) });
    expect(codes.body.error.details.map((d: { path: string }) => d.path)).toEqual(['regionCode', 'industryCode']);
  });

  it('refuses an enterprise outside the caller’s scope (404) and a region outside it (403)', async () => {
    expect((await t.request('POST', '/api/v1/accidents', { token: regulator, body: accidentInput({ enterpriseId: elsewhere.id }) })).status).toBe(404);
    expect((await t.request('POST', '/api/v1/accidents', { token: regulator, body: accidentInput({ regionCode: '510104' }) })).status).toBe(403);
    expect((await t.request('POST', '/api/v1/accidents', { token: expert, body: accidentInput() })).status).toBe(403);
  });
});

describe('POST /api/v1/accidents/{id}/revisions', () => {
  it('re-grades, extends the reporting chain when the grade rises and keeps the history', async () => {
    const accident = await reportAccidentAs(t, regulator, accidentInput({ deaths: 1 }));
    expect(accident.grade).toBe('general');
    const at = new Date().toISOString();
    const res = await t.request('POST', `/api/v1/accidents/${accident.id}/revisions`, { token: regulator, body: { deaths: 11, at } });
    expect(res.status).toBe(201);
    expect(res.body.grade).toBe('major');
    expect(res.body.reporting.chain.map((s: { to: string }) => s.to)).toEqual(['county', 'city', 'province', 'ministry']);
    expect(res.body.investigation.authority).toBe('province');
    expect(res.body.revisions).toEqual([
      expect.objectContaining({ gradeFrom: 'general', gradeTo: 'major', before: expect.objectContaining({ deaths: 1 }), after: expect.objectContaining({ deaths: 11, seriousInjuries: 2 }), outsideSupplementaryWindow: false }),
    ]);
    const detail = await t.request('GET', `/api/v1/accidents/${accident.id}`, { token: regulator });
    expect(detail.body.revisions).toHaveLength(1);
  });

  it('needs a reason to lower deaths and flags a revision after the window', async () => {
    const accident = await reportAccidentAs(t, regulator, accidentInput({ deaths: 2, occurredAt: '2026-01-01T08:00:00+08:00', isRoadTraffic: true, category: '02' }));
    const lower = await t.request('POST', `/api/v1/accidents/${accident.id}/revisions`, { token: regulator, body: { deaths: 1, at: new Date().toISOString() } });
    expect(lower.status).toBe(400);
    expect(lower.body.error.details[0].path).toBe('reason');
    const late = await t.request('POST', `/api/v1/accidents/${accident.id}/revisions`, { token: regulator, body: { deaths: 1, reason: '一人经核实为重复统计', at: '2026-01-09T08:00:00+08:00' } });
    expect(late.status).toBe(201);
    expect(late.body.revisions[0]).toMatchObject({ outsideSupplementaryWindow: true, reason: '一人经核实为重复统计' });
    expect((await t.request('POST', `/api/v1/accidents/${accident.id}/revisions`, { token: regulator, body: { at: new Date().toISOString() } })).status).toBe(400);
    expect((await t.request('POST', `/api/v1/accidents/${accident.id}/revisions`, { token: regulator, body: { deaths: 3, at: '2025-12-01T00:00:00+08:00' } })).status).toBe(400);
  });

  it('hides another district’s accident (404)', async () => {
    const accident = await reportAccidentAs(t, regulator, accidentInput());
    expect((await t.request('GET', `/api/v1/accidents/${accident.id}`, { token: otherDistrictRegulator })).status).toBe(404);
    expect((await t.request('POST', `/api/v1/accidents/${accident.id}/revisions`, { token: otherDistrictRegulator, body: { deaths: 5, at: new Date().toISOString() } })).status).toBe(404);
  });
});

describe('flags and investigation', () => {
  it('records 瞒报 with evidence once, by a regulator only', async () => {
    const accident = await reportAccidentAs(t, officer, accidentInput({ enterpriseId: plant.id }));
    expect((await t.request('POST', `/api/v1/accidents/${accident.id}/flags`, { token: officer, body: { kind: 'concealed', evidence: '群众举报并经现场核实' } })).status).toBe(403);
    expect((await t.request('POST', `/api/v1/accidents/${accident.id}/flags`, { token: regulator, body: { kind: 'concealed', evidence: '短' } })).status).toBe(400);
    const flagged = await t.request('POST', `/api/v1/accidents/${accident.id}/flags`, { token: regulator, body: { kind: 'concealed', evidence: '群众举报并经现场核实，企业未按时上报' } });
    expect(flagged.status).toBe(200);
    expect(flagged.body.concealed).toMatchObject({ evidence: '群众举报并经现场核实，企业未按时上报' });
    expect((await t.request('POST', `/api/v1/accidents/${accident.id}/flags`, { token: regulator, body: { kind: 'concealed', evidence: '群众举报并经现场核实，再次' } })).status).toBe(409);
  });

  it('extends the investigation once and takes the report and the reply', async () => {
    const accident = await reportAccidentAs(t, regulator, accidentInput({ occurredAt: '2026-01-05T08:00:00+08:00' }));
    const path = `/api/v1/accidents/${accident.id}/investigation`;
    expect((await t.request('POST', path, { token: regulator, body: { action: 'extend', days: 61 } })).status).toBe(400);
    expect((await t.request('POST', path, { token: regulator, body: { action: 'extend', days: 30 } })).body.investigation.extendedByDays).toBe(30);
    expect((await t.request('POST', path, { token: regulator, body: { action: 'extend', days: 10 } })).status).toBe(409);
    const report = await t.request('POST', path, { token: regulator, body: { action: 'submit_report', at: '2026-03-01T10:00:00+08:00' } });
    expect(report.body.investigation.replyDueAt).toBe(new Date('2026-03-16T23:59:59.999+08:00').toISOString());
  });
});

describe('GET /api/v1/accidents', () => {
  it('lists within scope with filters and pagination, and exports the list as .xlsx', async () => {
    await reportAccidentAs(t, regulator, accidentInput({ deaths: 12, description: '列表测试 重大' }));
    const page = await t.request('GET', '/api/v1/accidents?grade=major&pageSize=1&q=%E5%88%97%E8%A1%A8', { token: regulator });
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ total: 1, page: 1, pageSize: 1 });
    expect(page.body.items[0]).toMatchObject({ grade: 'major', deaths: 12 });
    const mine = await t.request('GET', '/api/v1/accidents?pageSize=200', { token: officer });
    expect(mine.body.items.every((a: { enterpriseId: string }) => a.enterpriseId === plant.id)).toBe(true);
    expect((await t.request('GET', '/api/v1/accidents', { token: otherDistrictRegulator })).body.total).toBe(0);
    expect((await t.request('GET', '/api/v1/accidents?grade=awful', { token: regulator })).status).toBe(400);

    const file = await fetch(`${t.url}/api/v1/accidents/export.xlsx?grade=major`, { headers: { authorization: `Bearer ${regulator}` } });
    expect(file.headers.get('content-type')).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await file.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('occurredAt');
    expect(sheet.rowCount).toBeGreaterThanOrEqual(2);
  });
});

describe('accident numbers (事故编号)', () => {
  it('numbers each accident at report time per city and year of the accident, and finds it by its number', async () => {
    const first = await reportAccidentAs(t, regulator, accidentInput({ occurredAt: '2024-02-01T08:00:00+08:00', description: '编号测试一' }));
    const second = await reportAccidentAs(t, regulator, accidentInput({ occurredAt: '2024-12-31T23:30:00+08:00', description: '编号测试二' }));
    const otherYear = await reportAccidentAs(t, regulator, accidentInput({ occurredAt: '2023-06-01T08:00:00+08:00', description: '编号测试三' }));
    expect([first.number, second.number, otherYear.number]).toEqual(['事故-2024-0001', '事故-2024-0002', '事故-2023-0001']);
    const found = await t.request('GET', `/api/v1/accidents?q=${encodeURIComponent('事故-2024-0002')}`, { token: regulator });
    expect(found.body.items.map((a: { id: string }) => a.id)).toEqual([second.id]);
    expect((await t.request('GET', `/api/v1/accidents/${first.id}`, { token: regulator })).body.number).toBe('事故-2024-0001');
    const search = await t.request('GET', `/api/v1/search?q=${encodeURIComponent('事故-2024-0002')}`, { token: regulator });
    expect(search.body.groups).toEqual([expect.objectContaining({ items: [expect.objectContaining({ id: second.id, title: '事故-2024-0002 编号测试二' })] })]);
  });
});

describe('the reporting chain’s steps (493号令 Arts. 9–11)', () => {
  it('is done only where a report was made, shows 迟报 on its step, and records a level’s report', async () => {
    // Known 3 hours ago, reported now: the unit's step is late; the county has not forwarded anything yet.
    const knownAt = new Date(Date.now() - 3 * 3_600_000);
    const accident = await reportAccidentAs(t, regulator, accidentInput({ deaths: 3, occurredAt: new Date(knownAt.getTime() - 600_000).toISOString(), knownAt: knownAt.toISOString() }));
    const chain = (accident.reporting as { chain: Array<{ to: string; state: string; reportedAt: string | null; dueAt: string }> }).chain;
    expect(chain.map((s) => [s.to, s.state])).toEqual([['county', 'late'], ['city', 'pending'], ['province', 'pending']]);
    expect(chain[0]!.reportedAt).toBe(accident.reportedAt);
    expect(new Date(chain[1]!.dueAt).getTime()).toBe(new Date(accident.reportedAt as string).getTime() + 2 * 3_600_000);

    const path = `/api/v1/accidents/${accident.id}/reporting`;
    expect((await t.request('POST', path, { token: officer, body: { to: 'city', at: new Date().toISOString() } })).status).toBe(403);
    expect((await t.request('POST', path, { token: regulator, body: { to: 'province', at: new Date().toISOString() } })).status).toBe(409);
    expect((await t.request('POST', path, { token: regulator, body: { to: 'ministry', at: new Date().toISOString() } })).body.error.details[0].path).toBe('to');
    expect((await t.request('POST', path, { token: regulator, body: { to: 'city', at: knownAt.toISOString() } })).body.error.details[0].path).toBe('at');
    expect((await t.request('POST', path, { token: otherDistrictRegulator, body: { to: 'city', at: new Date().toISOString() } })).status).toBe(404);

    const at = new Date().toISOString();
    const recorded = await t.request('POST', path, { token: regulator, body: { to: 'city', at } });
    expect(recorded.status).toBe(200);
    expect(recorded.body.reporting.chain[1]).toMatchObject({ to: 'city', state: 'reported', reportedAt: new Date(at).toISOString(), recordedBy: expect.any(String) });
    expect((await t.request('POST', path, { token: regulator, body: { to: 'city', at } })).status).toBe(409);
    const audit = await t.db.selectFrom('audit_events').select(['action', 'after']).where('entity_id', '=', accident.id).where('action', '=', 'chain_report').execute();
    expect(audit).toEqual([{ action: 'chain_report', after: { to: 'city', at: new Date(at).toISOString() } }]);
  });
});

describe('GET /api/v1/accidents/{id}/record.pdf', () => {
  it('prints the record with its number, grade, losses in 万元, the chain with 迟报 and the revisions', async () => {
    const knownAt = new Date(Date.now() - 5 * 3_600_000);
    const accident = await reportAccidentAs(t, regulator, accidentInput({ occurredAt: knownAt.toISOString(), directLossYuan: 1_234_500, description: '打印测试：储罐清洗作业中毒' }));
    await t.request('POST', `/api/v1/accidents/${accident.id}/revisions`, { token: regulator, body: { deaths: 3, reason: '一名重伤人员经抢救无效死亡', at: new Date().toISOString() } });
    const res = await fetch(`${t.url}/api/v1/accidents/${accident.id}/record.pdf`, { headers: { authorization: `Bearer ${regulator}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const text = (await pdfText(await res.arrayBuffer())).replace(/\s/g, '');
    for (const expected of [
      '生产安全事故记录', `事故编号：${accident.number}`, '打印测试：储罐清洗作业中毒', '中毒和窒息', '有机化学原料制造', '较大事故',
      '直接经济损失：123.45万元', '事故单位→县级应急管理部门', '迟报', '县级应急管理部门→设区的市应急管理部门', '尚未报告',
      '补报前：死亡1', '补报后：死亡3', '一般→较大', '一名重伤人员经抢救无效死亡',
    ]) expect(text).toContain(expected);
    expect((await fetch(`${t.url}/api/v1/accidents/${accident.id}/record.pdf`, { headers: { authorization: `Bearer ${otherDistrictRegulator}` } })).status).toBe(404);
  });
});
