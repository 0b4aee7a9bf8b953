import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDepartment, makeEnterprise, signedIn } from '../../test/support/factories.ts';
import { hazardInput, reportAs } from '../../test/support/hazard-factories.ts';
import { sourceBody } from '../../test/support/risk-factories.ts';
import { createTestApp, type TestApp } from '../../test/support/test-app.ts';

let t: TestApp;
const ids = {} as Record<'a' | 'outside', string>;
const tokens = {} as Record<'regulator' | 'inspector' | 'officer' | 'stranger', string>;

const count = async () => Number((await t.db.selectFrom('major_hazard_sources').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
const check = (id: string, body: Record<string, unknown>, token = tokens.officer) => t.request('POST', `/api/v1/major-hazard-sources/${id}/checks`, { token, body });
const assess = (body: unknown) => t.request('POST', '/api/v1/major-hazard-sources/assess', { token: tokens.inspector, body });

beforeAll(async () => {
  t = await createTestApp();
  ids.a = (await makeEnterprise(t.db, { industryCode: '2614', regionCode: '510113002' })).id;
  ids.outside = (await makeEnterprise(t.db, { industryCode: '2614', regionCode: '510104' })).id;
  const department = await makeDepartment(t.db, ['510113'], ['C']);
  tokens.regulator = (await signedIn(t, 'regulator', { departmentId: department.id })).token;
  tokens.inspector = (await signedIn(t, 'inspector', { departmentId: department.id })).token;
  tokens.officer = (await signedIn(t, 'enterprise', { enterpriseId: ids.a })).token;
  tokens.stranger = (await signedIn(t, 'enterprise', { enterpriseId: ids.outside })).token;
});
afterAll(() => t.close());

describe('POST /api/v1/major-hazard-sources/assess', () => {
  it('identifies and grades step by step', async () => {
    const res = await assess({ exposedPopulation: 120, substances: [{ name: '液氯', quantityTonnes: 10 }, { cas: '74-98-6', quantityTonnes: 25 }] });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ s: 2.5, isMajor: true, alpha: 2, r: 17.5, level: 3 });
    expect(res.body.items).toMatchObject([
      { substance: '氯', criticalQuantity: 5, beta: 4, ratio: 2 },
      { substance: '液化石油气(含丙烷、丁烷及其混合物)', criticalQuantity: 50, beta: 1.5, ratio: 0.5 },
    ]);
  });

  it('holds S ≥ 1 when the ratios sum to exactly 1', async () => {
    const res = await assess({ exposedPopulation: 0, substances: Array.from({ length: 10 }, () => ({ name: '乙炔', quantityTonnes: 0.1 })) });
    expect(res.body).toMatchObject({ s: 1, isMajor: true, alpha: 0.5, r: 0.75, level: 4 });
  });

  it('returns level null when not major', async () => {
    expect((await assess({ exposedPopulation: 0, substances: [{ name: '氨', quantityTonnes: 9.99 }] })).body).toMatchObject({ isMajor: false, level: null });
  });

  it('answers bad input with 400 and the substance’s path', async () => {
    const ambiguous = await assess({ exposedPopulation: 0, substances: [{ name: '氨', quantityTonnes: 1 }, { cas: '9004-70-0', quantityTonnes: 1 }] });
    expect(ambiguous.status).toBe(400);
    expect(ambiguous.body.error.details[0].path).toBe('substances.1.row');
    expect(ambiguous.body.error.details[0].message).toMatch(/give the row/);
    const unknown = await assess({ exposedPopulation: 0, substances: [{ name: '未知物', quantityTonnes: 1 }] });
    expect(unknown.body.error.details).toEqual([{ path: 'substances.0.name', message: expect.stringContaining('hazard category') }]);
    for (const quantityTonnes of [-5, 'ten', 0]) {
      const res = await assess({ exposedPopulation: 0, substances: [{ name: '氨', quantityTonnes }] });
      expect(res.status).toBe(400);
      expect(res.body.error.details[0].path).toBe('substances.0.quantityTonnes');
    }
    expect((await assess({ exposedPopulation: 0, substances: [{ category: 'W99', quantityTonnes: 1 }] })).status).toBe(400);
  });
});

describe('the registry of sources', () => {
  it('stores the assessment, re-assesses when quantities change, and audits both', async () => {
    const created = await t.request('POST', '/api/v1/major-hazard-sources', { token: tokens.officer, body: sourceBody(ids.a) });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ isMajor: true, level: 3, assessment: { r: 17.5 }, sensorCodes: ['CL2-001'], checksOverdue: false });
    expect(created.body.guarantors.map((g: { role: string; intervalDays: number }) => [g.role, g.intervalDays])).toEqual([['principal', 92], ['technical', 31], ['operational', 7]]);

    const changed = await t.request('PATCH', `/api/v1/major-hazard-sources/${created.body.id}`, {
      token: tokens.regulator,
      body: { substances: [{ name: '液氯', quantityTonnes: 70 }] }, // q/Q 14, β 4, α 2 → R 112
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ level: 1, assessment: { s: 14, r: 112, level: 1 } });
    const listed = await t.request('GET', `/api/v1/major-hazard-sources?level=1`, { token: tokens.inspector });
    expect(listed.body.items.map((s: { id: string }) => s.id)).toEqual([created.body.id]);
    const audit = await t.db.selectFrom('audit_events').select('action').where('entity_id', '=', created.body.id).orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['create', 'update']);
  });

  it('flags overdue 包保 checks and clears them when a check is recorded', async () => {
    const { body } = await t.request('POST', '/api/v1/major-hazard-sources', { token: tokens.officer, body: sourceBody(ids.a, { name: '液氨罐区' }) });
    await t.db.updateTable('major_hazard_sources').set({ created_at: new Date(Date.now() - 10 * 86_400_000) }).where('id', '=', body.id).execute();
    const stale = await t.request('GET', `/api/v1/major-hazard-sources/${body.id}`, { token: tokens.officer });
    expect(stale.body.checksOverdue).toBe(true);
    expect(stale.body.guarantors.filter((g: { overdue: boolean }) => g.overdue).map((g: { role: string }) => g.role)).toEqual(['operational']);

    const checked = await check(body.id, { role: 'operational', items: ['储罐液位、压力、温度', '有毒气体报警器'], problems: '  2号罐区报警器未标定  ' });
    expect(checked.status).toBe(201);
    expect(checked.body.source.checksOverdue).toBe(false);
    const record = checked.body.check;
    expect(record).toMatchObject({ role: 'operational', checker: '赵班长', items: ['储罐液位、压力、温度', '有毒气体报警器'], problems: '2号罐区报警器未标定', hazardId: null });
    // The next check is due 7 days after this one (CHECK_INTERVAL_DAYS.operational), as the source says too.
    expect(Date.parse(record.nextDueAt) - Date.parse(record.checkedAt)).toBe(7 * 86_400_000);
    expect(checked.body.source.guarantors.find((g: { role: string }) => g.role === 'operational').dueAt).toBe(record.nextDueAt);
    expect((await t.request('GET', `/api/v1/major-hazard-sources/${body.id}`, { token: tokens.officer })).body.checksOverdue).toBe(false);

    // A check recorded late, dated before the last, is kept but does not move the due date back.
    const earlier = await check(body.id, { role: 'operational', checker: '钱副班长', checkedAt: new Date(Date.now() - 3 * 86_400_000).toISOString(), items: ['巡检记录'] });
    expect(earlier.status).toBe(201);
    expect(earlier.body.check.checker).toBe('钱副班长');
    expect(earlier.body.check.problems).toBeNull();
    expect(earlier.body.source.guarantors.find((g: { role: string }) => g.role === 'operational').dueAt).toBe(record.nextDueAt);

    const list = await t.request('GET', `/api/v1/major-hazard-sources/${body.id}/checks`, { token: tokens.inspector });
    expect(list.body.items.map((c: { checker: string }) => c.checker)).toEqual(['赵班长', '钱副班长']);
    expect((await t.request('GET', `/api/v1/major-hazard-sources/${body.id}/checks?role=principal`, { token: tokens.officer })).body.total).toBe(0);
    const audit = await t.db.selectFrom('audit_events').select(['entity', 'action']).where('entity_id', 'in', [body.id, record.id]).orderBy('id').execute();
    expect(audit.map((a) => `${a.entity}:${a.action}`)).toEqual(['major_hazard_source:create', 'major_hazard_source:guarantor_check', 'major_hazard_check:create', 'major_hazard_source:guarantor_check']);
  });

  it('links the hazard reported from a check’s problems, once, and only a hazard of the source’s enterprise', async () => {
    const { body: source } = await t.request('POST', '/api/v1/major-hazard-sources', { token: tokens.officer, body: sourceBody(ids.a, { name: '氯碱装置' }) });
    const { body } = await check(source.id, { role: 'technical', items: ['SIS联锁'], problems: '联锁旁路未审批' });
    const clean = (await check(source.id, { role: 'principal', items: ['包保责任落实'] })).body.check;
    const hazard = await reportAs(t, tokens.officer, hazardInput(ids.a, { title: '联锁旁路未审批' }));
    const other = await reportAs(t, tokens.stranger, hazardInput(ids.outside));
    const link = (checkId: string, hazardId: string, token = tokens.officer) =>
      t.request('POST', `/api/v1/major-hazard-sources/${source.id}/checks/${checkId}/hazard`, { token, body: { hazardId } });

    expect((await link(body.check.id, other.id)).status).toBe(400);
    expect((await link(clean.id, hazard.id)).status).toBe(409);
    expect((await link(body.check.id, hazard.id, tokens.inspector)).status).toBe(403);
    const linked = await link(body.check.id, hazard.id);
    expect(linked.status).toBe(200);
    expect(linked.body).toMatchObject({ hazardId: hazard.id, hazardTitle: '联锁旁路未审批' });
    expect((await link(body.check.id, hazard.id)).status).toBe(409);
    const list = await t.request('GET', `/api/v1/major-hazard-sources/${source.id}/checks?role=technical`, { token: tokens.regulator });
    expect(list.body.items).toMatchObject([{ hazardId: hazard.id, hazardTitle: '联锁旁路未审批' }]);
    const one = await t.request('GET', `/api/v1/major-hazard-sources/${source.id}/checks/${body.check.id}`, { token: tokens.officer });
    expect(one.body).toMatchObject({ id: body.check.id, problems: '联锁旁路未审批', hazardTitle: '联锁旁路未审批' });
    expect((await t.request('GET', `/api/v1/major-hazard-sources/${source.id}/checks/${body.check.id}`, { token: tokens.stranger })).status).toBe(404);
    expect((await t.request('GET', `/api/v1/major-hazard-sources/${source.id}/checks/${hazard.id}`, { token: tokens.officer })).status).toBe(404);
  });

  it('refuses a check without items, in the future, by a reader or out of scope', async () => {
    const [source] = (await t.request('GET', '/api/v1/major-hazard-sources', { token: tokens.officer })).body.items;
    const noItems = await check(source.id, { role: 'principal', items: [] });
    expect(noItems.status).toBe(400);
    expect(noItems.body.error.details[0].path).toBe('items');
    const future = await check(source.id, { role: 'operational', items: ['巡检'], checkedAt: '2999-01-01T00:00:00+08:00' });
    expect(future.body.error.details).toEqual([{ path: 'checkedAt', message: 'must not be in the future' }]);
    expect((await check(source.id, { role: 'operational', items: ['巡检'] }, tokens.inspector)).status).toBe(403);
    expect((await check(source.id, { role: 'operational', items: ['巡检'] }, tokens.stranger)).status).toBe(404);
    expect((await t.request('GET', `/api/v1/major-hazard-sources/${source.id}/checks`, { token: tokens.stranger })).status).toBe(404);
  });

  it('starts a new 包保责任人’s clock at their assignment, not at the source’s registration', async () => {
    const { body } = await t.request('POST', '/api/v1/major-hazard-sources', { token: tokens.officer, body: sourceBody(ids.a, { name: '溶剂库' }) });
    await t.db.updateTable('major_hazard_sources').set({ created_at: new Date(Date.now() - 40 * 86_400_000) }).where('id', '=', body.id).execute();
    const guarantors = { ...sourceBody(ids.a).guarantors, technical: { name: '新技术负责人' } };
    const changed = await t.request('PATCH', `/api/v1/major-hazard-sources/${body.id}`, { token: tokens.officer, body: { guarantors } });
    const overdue = changed.body.guarantors.filter((g: { overdue: boolean }) => g.overdue).map((g: { role: string }) => g.role);
    expect(overdue).toEqual(['operational']);
  });

  it('writes nothing on bad input and keeps out of scope', async () => {
    const before = await count();
    const bad = await t.request('POST', '/api/v1/major-hazard-sources', { token: tokens.officer, body: sourceBody(ids.a, { substances: [{ name: '未知物', quantityTonnes: 3 }] }) });
    expect(bad.status).toBe(400);
    expect((await t.request('POST', '/api/v1/major-hazard-sources', { token: tokens.stranger, body: sourceBody(ids.a) })).status).toBe(404);
    expect((await t.request('POST', '/api/v1/major-hazard-sources', { token: tokens.inspector, body: sourceBody(ids.a) })).status).toBe(403);
    const [source] = (await t.request('GET', '/api/v1/major-hazard-sources', { token: tokens.officer })).body.items;
    const badPatch = await t.request('PATCH', `/api/v1/major-hazard-sources/${source.id}`, { token: tokens.officer, body: { substances: [{ cas: '9004-70-0', quantityTonnes: 3 }] } });
    expect(badPatch.status).toBe(400);
    expect((await t.request('GET', `/api/v1/major-hazard-sources/${source.id}`, { token: tokens.officer })).body.assessment).toEqual(source.assessment);
    expect((await t.request('GET', `/api/v1/major-hazard-sources/${source.id}`, { token: tokens.stranger })).status).toBe(404);
    expect((await t.request('PATCH', `/api/v1/major-hazard-sources/${source.id}`, { token: tokens.stranger, body: { name: 'x' } })).status).toBe(404);
    expect(await count()).toBe(before);
  });
});
