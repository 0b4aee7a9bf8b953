import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDepartment, makeEnterprise, signedIn } from '../../test/support/factories.ts';
import { createTestApp, type TestApp } from '../../test/support/test-app.ts';

let t: TestApp;
let chemical: string;
let builder: string;
let outside: string;
let expertId: string;
const tokens = {} as Record<'regulator' | 'expert' | 'otherExpert' | 'officer', string>;

const count = async (table: 'expert_campaigns' | 'expert_findings') =>
  Number((await t.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

beforeAll(async () => {
  t = await createTestApp();
  const department = await makeDepartment(t.db, ['510113'], ['C', 'E']);
  chemical = (await makeEnterprise(t.db, { regionCode: '510113', industryCode: '2614' })).id;
  builder = (await makeEnterprise(t.db, { regionCode: '510113', industryCode: '4710' })).id;
  outside = (await makeEnterprise(t.db, { regionCode: '510104', industryCode: '2614' })).id;
  tokens.regulator = (await signedIn(t, 'regulator', { departmentId: department.id })).token;
  const expert = await signedIn(t, 'expert');
  expertId = expert.user.id;
  tokens.expert = expert.token;
  tokens.otherExpert = (await signedIn(t, 'expert')).token;
  tokens.officer = (await signedIn(t, 'enterprise', { enterpriseId: chemical })).token;
});
afterAll(() => t.close());

describe('expert assessment campaigns', () => {
  it('assigns an expert, who scores the enterprise; the report sums the scores', async () => {
    const created = await t.request('POST', '/api/v1/expert-campaigns', {
      token: tokens.regulator,
      body: { name: '2026年危化企业专家指导服务', keyIndustry: 'hazardous_chemicals', assignments: [{ enterpriseId: chemical, expertId }] },
    });
    expect(created.status).toBe(201);
    const assignment = created.body.assignments[0];
    const findings = [
      { item: '安全风险分级管控', score: 8, maxScore: 10, note: '风险点清单不全' },
      { item: '重大危险源监控', score: 13, maxScore: 20 },
    ];
    const stranger = await t.request('POST', `/api/v1/expert-assignments/${assignment.id}/report`, { token: tokens.otherExpert, body: { findings, conclusion: '基本符合' } });
    expect(stranger.status).toBe(404);
    const report = await t.request('POST', `/api/v1/expert-assignments/${assignment.id}/report`, { token: tokens.expert, body: { findings, conclusion: '基本符合，限期完善风险点清单' } });
    expect(report.status).toBe(201);
    expect(report.body).toMatchObject({ score: 21, maxScore: 30, percent: 70, enterpriseId: chemical });
    const again = await t.request('POST', `/api/v1/expert-assignments/${assignment.id}/report`, { token: tokens.expert, body: { findings, conclusion: 'x' } });
    expect(again.status).toBe(409);
    const seen = await t.request('GET', `/api/v1/expert-assignments/${assignment.id}/report`, { token: tokens.officer });
    expect(seen.body.findings).toHaveLength(2);
  });

  it('refuses enterprises outside the scope or the key industry, and writes nothing', async () => {
    const before = await count('expert_campaigns');
    const res = await t.request('POST', '/api/v1/expert-campaigns', {
      token: tokens.regulator,
      body: { name: '错误的任务', keyIndustry: 'hazardous_chemicals', assignments: [{ enterpriseId: builder, expertId }, { enterpriseId: outside, expertId }] },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d: { path: string }) => d.path)).toEqual(['assignments.0.enterpriseId', 'assignments.1.enterpriseId']);
    expect(await count('expert_campaigns')).toBe(before);
  });

  it('refuses a score above the item’s maximum without writing', async () => {
    const created = await t.request('POST', '/api/v1/expert-campaigns', {
      token: tokens.regulator,
      body: { name: '建筑施工专家服务', keyIndustry: 'construction', assignments: [{ enterpriseId: builder, expertId }] },
    });
    const before = await count('expert_findings');
    const res = await t.request('POST', `/api/v1/expert-assignments/${created.body.assignments[0].id}/report`, {
      token: tokens.expert,
      body: { findings: [{ item: '脚手架', score: 12, maxScore: 10 }], conclusion: 'x' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].path).toBe('findings.0.score');
    expect(await count('expert_findings')).toBe(before);
  });
});
