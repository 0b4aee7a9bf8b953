import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDepartment, makeEnterprise, signedIn } from '../../test/support/factories.ts';
import { cityDate } from '../../test/support/plan-factories.ts';
import { createRiskPointAs, riskPointBody } from '../../test/support/risk-factories.ts';
import { createTestApp, type TestApp } from '../../test/support/test-app.ts';

let t: TestApp;
let chemical: string;
let chemical2: string;
let builder: string;
let outside: string;
let expertId: string;
let otherExpertId: string;
const tokens = {} as Record<'regulator' | 'inspector' | 'otherRegulator' | 'expert' | 'otherExpert' | 'officer', string>;

const count = async (table: 'expert_campaigns' | 'expert_findings' | 'hazards') =>
  Number((await t.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
const dates = { startDate: cityDate(0), endDate: cityDate(30) };
const campaign = (body: Record<string, unknown>) => t.request('POST', '/api/v1/expert-campaigns', { token: tokens.regulator, body: { ...dates, ...body } });
const report = (assignmentId: string, body: unknown, token = tokens.expert) => t.request('POST', `/api/v1/expert-assignments/${assignmentId}/report`, { token, body });

beforeAll(async () => {
  t = await createTestApp();
  const department = await makeDepartment(t.db, ['510113'], ['C', 'E']);
  const elsewhere = await makeDepartment(t.db, ['510113'], ['C']);
  chemical = (await makeEnterprise(t.db, { regionCode: '510113', industryCode: '2614' })).id;
  chemical2 = (await makeEnterprise(t.db, { regionCode: '510113', industryCode: '2614' })).id;
  builder = (await makeEnterprise(t.db, { regionCode: '510113', industryCode: '4710' })).id;
  outside = (await makeEnterprise(t.db, { regionCode: '510104', industryCode: '2614' })).id;
  tokens.regulator = (await signedIn(t, 'regulator', { departmentId: department.id })).token;
  tokens.inspector = (await signedIn(t, 'inspector', { departmentId: department.id })).token;
  tokens.otherRegulator = (await signedIn(t, 'regulator', { departmentId: elsewhere.id })).token;
  const expert = await signedIn(t, 'expert');
  expertId = expert.user.id;
  tokens.expert = expert.token;
  const other = await signedIn(t, 'expert');
  otherExpertId = other.user.id;
  tokens.otherExpert = other.token;
  tokens.officer = (await signedIn(t, 'enterprise', { enterpriseId: chemical })).token;
});
afterAll(() => t.close());

describe('expert assessment campaigns', () => {
  it('assigns an expert, who scores the enterprise; the report sums the scores', async () => {
    const created = await campaign({ name: '2026年危化企业专家指导服务', keyIndustry: 'hazardous_chemicals', assignments: [{ enterpriseId: chemical, expertId }] });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ ...dates, status: 'active', checklist: null, assignmentCount: 1, reportedCount: 0 });
    const assignment = created.body.assignments[0];
    const findings = [
      { item: '安全风险分级管控', score: 8, maxScore: 10, note: '风险点清单不全' },
      { item: '重大危险源监控', score: 13, maxScore: 20 },
    ];
    expect((await report(assignment.id, { findings, conclusion: '基本符合' }, tokens.otherExpert)).status).toBe(404);
    const res = await report(assignment.id, { findings, conclusion: '基本符合，限期完善风险点清单' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ score: 21, maxScore: 30, percent: 70, enterpriseId: chemical, problemCount: 2 });
    expect(res.body.findings.map((f: { outcome: string; phrasing: string }) => [f.outcome, f.phrasing])).toEqual([
      ['fail', 'requirement'],
      ['fail', 'requirement'],
    ]);
    expect((await report(assignment.id, { findings, conclusion: 'x' })).status).toBe(409);
    const seen = await t.request('GET', `/api/v1/expert-assignments/${assignment.id}/report`, { token: tokens.officer });
    expect(seen.body.findings).toHaveLength(2);
  });

  it('refuses enterprises outside the scope, the key industry or the checklist, and writes nothing', async () => {
    const before = await count('expert_campaigns');
    const res = await campaign({ name: '错误的任务', keyIndustry: 'hazardous_chemicals', assignments: [{ enterpriseId: builder, expertId }, { enterpriseId: outside, expertId }] });
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d: { path: string }) => d.path)).toEqual(['assignments.0.enterpriseId', 'assignments.1.enterpriseId']);
    const unfit = await campaign({ name: '错误的检查表', keyIndustry: 'hazardous_chemicals', checklist: 'coal-mine-2020', assignments: [{ enterpriseId: chemical, expertId }] });
    expect(unfit.body.error.details).toEqual([{ path: 'assignments.0.enterpriseId', message: 'the checklist has no item for its industry 2614' }]);
    const backwards = await campaign({ name: '日期颠倒', keyIndustry: 'hazardous_chemicals', startDate: cityDate(5), endDate: cityDate(1), assignments: [{ enterpriseId: chemical, expertId }] });
    expect(backwards.body.error.details[0].path).toBe('endDate');
    expect(await count('expert_campaigns')).toBe(before);
  });

  it('refuses a score above the item’s maximum without writing', async () => {
    const created = await campaign({ name: '建筑施工专家服务', keyIndustry: 'construction', assignments: [{ enterpriseId: builder, expertId }] });
    const before = await count('expert_findings');
    const res = await report(created.body.assignments[0].id, { findings: [{ item: '脚手架', score: 12, maxScore: 10 }], conclusion: 'x' });
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].path).toBe('findings.0.score');
    expect(await count('expert_findings')).toBe(before);
  });

  it('lists with filters; an expert sees only the campaigns and assignments of their own', async () => {
    const name = '筛选用专家服务';
    await campaign({ name, keyIndustry: 'hazardous_chemicals', assignments: [{ enterpriseId: chemical, expertId }, { enterpriseId: chemical2, expertId: otherExpertId }] });
    await campaign({ name: `${name}（未开始）`, keyIndustry: 'hazardous_chemicals', startDate: cityDate(10), endDate: cityDate(20), assignments: [{ enterpriseId: chemical2, expertId: otherExpertId }] });
    const list = async (token: string, query: string) => (await t.request('GET', `/api/v1/expert-campaigns?pageSize=200&q=${encodeURIComponent(name)}${query}`, { token })).body;
    expect((await list(tokens.regulator, '')).total).toBe(2);
    expect((await list(tokens.regulator, '&status=upcoming')).items.map((c: { name: string }) => c.name)).toEqual([`${name}（未开始）`]);
    expect((await list(tokens.regulator, '&status=active')).items.map((c: { name: string }) => c.name)).toEqual([name]);
    expect((await list(tokens.regulator, '&keyIndustry=construction')).total).toBe(0);
    const mine = await list(tokens.expert, '');
    expect(mine.items).toEqual([expect.objectContaining({ name, assignmentCount: 1 })]);
    const detail = await t.request('GET', `/api/v1/expert-campaigns/${mine.items[0].id}`, { token: tokens.expert });
    expect(detail.body.assignments.map((a: { expertId: string }) => a.expertId)).toEqual([expertId]);
    expect((await list(tokens.otherRegulator, '')).total).toBe(0);
  });

  it('refuses a report before the campaign starts', async () => {
    const created = await campaign({ name: '下月的专家服务', keyIndustry: 'hazardous_chemicals', startDate: cityDate(3), endDate: cityDate(9), assignments: [{ enterpriseId: chemical, expertId }] });
    const res = await report(created.body.assignments[0].id, { findings: [{ item: 'x', score: 1, maxScore: 1 }], conclusion: 'x' });
    expect(res.status).toBe(409);
  });
});

describe('a campaign with a checklist', () => {
  let assignmentId: string;
  let findings: { id: string; itemCode: string | null; outcome: string; phrasing: string; isMajorCriterion: boolean }[];

  beforeAll(async () => {
    const created = await campaign({ name: '危化企业重大隐患专家排查', keyIndustry: 'hazardous_chemicals', checklist: 'chemicals-2017', assignments: [{ enterpriseId: chemical, expertId }] });
    expect(created.body.checklist).toEqual({ id: 'chemicals-2017', name: expect.stringContaining('化工'), builtIn: true });
    assignmentId = created.body.assignments[0].id;
  });

  it('offers the expert the items that apply to the enterprise, with their phrasing', async () => {
    const res = await t.request('GET', `/api/v1/expert-assignments/${assignmentId}/report`, { token: tokens.expert });
    expect(res.body.items).toHaveLength(20);
    expect(res.body.items[0]).toMatchObject({ code: 'HC17-01', phrasing: 'violation', isMajorCriterion: true });
  });

  it('takes answers to its items (text and phrasing from the item) and free findings; refuses unknown or repeated items', async () => {
    const bad = await report(assignmentId, {
      findings: [
        { itemCode: 'GEN-01', score: 1, maxScore: 1 },
        { itemCode: 'HC17-02', score: 1, maxScore: 1 },
        { itemCode: 'HC17-02', score: 1, maxScore: 1 },
      ],
      conclusion: 'x',
    });
    expect(bad.body.error.details.map((d: { path: string }) => d.path)).toEqual(['findings.0.itemCode', 'findings.2.itemCode']);
    const res = await report(assignmentId, {
      findings: [
        { itemCode: 'HC17-01', outcome: 'fail', score: 0, maxScore: 10, note: '两名安全管理人员证书过期' },
        { itemCode: 'HC17-02', outcome: 'pass', score: 10, maxScore: 10 },
        { item: '应急物资储备不足', outcome: 'fail', score: 3, maxScore: 5 },
      ],
      conclusion: '存在重大事故隐患一项',
    });
    expect(res.status).toBe(201);
    findings = res.body.findings;
    expect(res.body.findings[0]).toMatchObject({ itemCode: 'HC17-01', item: expect.stringContaining('未依法经考核合格'), phrasing: 'violation', outcome: 'fail', isMajorCriterion: true });
    // A free finding reads as its wording does ("不足" describes the problem), unless the expert says otherwise.
    expect(res.body.findings[2]).toMatchObject({ itemCode: null, phrasing: 'violation', outcome: 'fail' });
    expect(res.body).toMatchObject({ score: 13, maxScore: 25, problemCount: 2 });
  });

  it('the department turns a failed finding into a major hazard, prefilled from the item, once, audited', async () => {
    const [failed, passed, free] = [findings[0]!, findings[1]!, findings[2]!];
    const url = (id: string) => `/api/v1/expert-findings/${id}/hazard`;
    expect((await t.request('POST', url(failed.id), { token: tokens.expert, body: { location: '罐区' } })).status).toBe(403);
    expect((await t.request('POST', url(failed.id), { token: tokens.otherRegulator, body: { location: '罐区' } })).status).toBe(404);
    expect((await t.request('POST', url(passed.id), { token: tokens.regulator, body: { location: '罐区' } })).status).toBe(409);
    const before = await count('hazards');
    const noBasis = await t.request('POST', url(free.id), { token: tokens.regulator, body: { location: '仓库' } });
    expect(noBasis.body.error.details).toEqual([{ path: 'legalBasis', message: 'is required: the finding answers no checklist item' }]);
    expect(await count('hazards')).toBe(before);

    const res = await t.request('POST', url(failed.id), { token: tokens.inspector, body: { location: '安全管理部' } });
    expect(res.status).toBe(201);
    const hazardId = res.body.findings[0].hazardId;
    const hazard = await t.request('GET', `/api/v1/hazards/${hazardId}`, { token: tokens.regulator });
    expect(hazard.body).toMatchObject({ enterpriseId: chemical, grade: 'major', checklistItemId: 'HC17-01', location: '安全管理部', legalBasis: { item: '一' } });
    expect(hazard.body.description).toContain('两名安全管理人员证书过期');
    expect((await t.request('POST', url(failed.id), { token: tokens.regulator, body: { location: '罐区' } })).status).toBe(409);
    const audit = await t.db.selectFrom('audit_events').select('action').where('entity_id', '=', failed.id).execute();
    expect(audit.map((a) => a.action)).toEqual(['convert_to_hazard']);

    const withBasis = await t.request('POST', url(free.id), { token: tokens.regulator, body: { location: '仓库', legalBasis: { standard: '中华人民共和国安全生产法', article: '第八十一条' } } });
    expect(withBasis.status).toBe(201);
    expect(withBasis.body.findings[2].hazardId).not.toBeNull();
  });

  it('the department turns a finding into a control measure on one of the enterprise’s risk points', async () => {
    const point = await createRiskPointAs(t, tokens.officer, riskPointBody(chemical));
    const elsewhere = await createRiskPointAs(t, tokens.regulator, riskPointBody(chemical2));
    const url = `/api/v1/expert-findings/${findings[2]!.id}/control-measure`;
    const wrong = await t.request('POST', url, { token: tokens.regulator, body: { riskPointId: elsewhere.id, kind: 'management' } });
    expect(wrong.body.error.details[0].path).toBe('riskPointId');
    const res = await t.request('POST', url, { token: tokens.regulator, body: { riskPointId: point.id, kind: 'emergency', content: '按预案补足应急物资并建立台账' } });
    expect(res.status).toBe(201);
    expect(res.body.findings[2]).toMatchObject({ riskPointId: point.id, riskPointName: '液氨储罐区' });
    const changed = await t.request('GET', `/api/v1/risk-points/${point.id}`, { token: tokens.regulator });
    expect(changed.body.controlMeasures.at(-1)).toEqual({ kind: 'emergency', content: '按预案补足应急物资并建立台账' });
    expect((await t.request('POST', url, { token: tokens.regulator, body: { riskPointId: point.id, kind: 'emergency' } })).status).toBe(409);
    const audit = await t.db.selectFrom('audit_events').select(['entity', 'action']).where('entity_id', 'in', [point.id, findings[2]!.id]).orderBy('id').execute();
    expect(audit.map((a) => `${a.entity}:${a.action}`)).toEqual(['expert_finding:convert_to_hazard', 'risk_point:create', 'risk_point:update', 'expert_finding:convert_to_control_measure']);
  });
});

describe('experts to assign', () => {
  it('are listed to regulators only', async () => {
    const res = await t.request('GET', '/api/v1/experts?pageSize=200', { token: tokens.regulator });
    expect(res.body.items.map((x: { id: string }) => x.id)).toEqual(expect.arrayContaining([expertId, otherExpertId]));
    expect((await t.request('GET', '/api/v1/experts', { token: tokens.expert })).status).toBe(403);
  });
});
