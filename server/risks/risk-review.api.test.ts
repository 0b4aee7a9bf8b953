import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cityToday } from '../../core/hazards/plan-window.ts';
import { nextReviewDate } from '../../core/risks/risk-review.ts';
import { makeDepartment, makeEnterprise, signedIn } from '../../test/support/factories.ts';
import { createRiskPointAs, riskPointBody } from '../../test/support/risk-factories.ts';
import { createTestApp, type TestApp } from '../../test/support/test-app.ts';

let t: TestApp;
const ids = {} as Record<'a' | 'outside', string>;
const tokens = {} as Record<'regulator' | 'inspector' | 'officer' | 'stranger', string>;
const today = () => cityToday(new Date());
const review = (id: string, body: Record<string, unknown>, token = tokens.officer) => t.request('POST', `/api/v1/risk-points/${id}/reviews`, { token, body });
const get = (id: string, token = tokens.officer) => t.request('GET', `/api/v1/risk-points/${id}`, { token });
const names = (res: { body: { items: { name: string }[] } }) => res.body.items.map((p) => p.name);

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

describe('reviews (复评) of a risk point', () => {
  it('clear the overdue flag: overdue → review → not overdue, due again 12 months after the review', async () => {
    const { id } = await createRiskPointAs(t, tokens.officer, riskPointBody(ids.a, { name: '逾期罐区', reviewDate: '2020-01-01' }));
    expect((await get(id)).body.reviewOverdue).toBe(true);
    const overdueBefore = await t.request('GET', `/api/v1/risk-points?enterpriseId=${ids.a}&reviewOverdue=true`, { token: tokens.officer });
    expect(names(overdueBefore)).toEqual(['逾期罐区']);

    const res = await review(id, { reviewedOn: today(), reviewer: '张工', conclusion: '管控措施有效，风险等级不变' });
    expect(res.status).toBe(201);
    expect(res.body.review).toMatchObject({
      reviewedOn: today(),
      reviewer: '张工',
      evaluation: null,
      before: { score: 270, level: 'larger' },
      after: { score: 270, level: 'larger' },
      levelChanged: false,
      nextReviewDate: nextReviewDate(today()),
    });
    expect(res.body.point).toMatchObject({ reviewOverdue: false, reviewDate: nextReviewDate(today()), lastReviewedOn: today(), level: 'larger' });
    expect(res.body.point.reviewDate > today()).toBe(true);

    expect((await get(id)).body.reviewOverdue).toBe(false);
    const overdueAfter = await t.request('GET', `/api/v1/risk-points?enterpriseId=${ids.a}&reviewOverdue=true`, { token: tokens.officer });
    expect(names(overdueAfter)).toEqual([]);
    const reviews = await t.request('GET', `/api/v1/risk-points/${id}/reviews`, { token: tokens.regulator });
    expect(reviews.body).toMatchObject({ total: 1, items: [{ id: res.body.review.id, conclusion: '管控措施有效，风险等级不变' }] });
    const audit = await t.db.selectFrom('audit_events').select(['action', 'entity']).where('entity_id', 'in', [id, res.body.review.id]).orderBy('id').execute();
    expect(audit.map((a) => `${a.entity}:${a.action}`)).toEqual(['risk_point:create', 'risk_point:review', 'risk_point_review:create']);
  });

  it('re-grade the point when they re-evaluate it', async () => {
    const { id } = await createRiskPointAs(t, tokens.officer, riskPointBody(ids.a, { name: '反应釜' }));
    const res = await review(id, { reviewedOn: today(), reviewer: '李工', conclusion: '新增SIS，降低可能性', evaluation: { method: 'lec', l: 1, e: 6, c: 15 } }, tokens.regulator);
    expect(res.status).toBe(201);
    expect(res.body.review).toMatchObject({ before: { score: 270, level: 'larger' }, after: { score: 90, band: 3, level: 'general' }, levelChanged: true });
    expect(res.body.point).toMatchObject({ level: 'general', color: 'yellow', evaluation: { method: 'lec', l: 1, e: 6, c: 15 } });
    const history = await t.request('GET', `/api/v1/risk-points/${id}/history`, { token: tokens.officer });
    expect(history.status).toBe(200);
    expect(history.body.items[0]).toMatchObject({ action: 'review', levelBefore: 'larger', levelAfter: 'general' });
    expect(history.body.items[0].changedFields).toEqual(expect.arrayContaining(['evaluation', 'level', 'reviewDate']));
    expect(history.body.items.at(-1)).toMatchObject({ action: 'create', changedFields: [], levelBefore: null, levelAfter: 'larger' });
  });

  it('refuse a future date, a date before the last review, bad scores; write nothing then', async () => {
    const { id } = await createRiskPointAs(t, tokens.officer, riskPointBody(ids.a, { name: '装卸站台' }));
    const future = await review(id, { reviewedOn: '2999-01-01', reviewer: '张工', conclusion: '好' });
    expect(future.status).toBe(400);
    expect(future.body.error.details).toEqual([{ path: 'reviewedOn', message: 'must not be in the future' }]);
    const badScore = await review(id, { reviewedOn: today(), reviewer: '张工', conclusion: '好', evaluation: { method: 'lec', l: 4, e: 6, c: 15 } });
    expect(badScore.body.error.details[0].path).toBe('evaluation.l');
    const blank = await review(id, { reviewedOn: today(), reviewer: '  ', conclusion: '' });
    expect(blank.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['conclusion', 'reviewer']);
    expect((await t.request('GET', `/api/v1/risk-points/${id}/reviews`, { token: tokens.officer })).body.total).toBe(0);

    expect((await review(id, { reviewedOn: today(), reviewer: '张工', conclusion: '好' })).status).toBe(201);
    const earlier = await review(id, { reviewedOn: '2020-01-01', reviewer: '张工', conclusion: '补录' });
    expect(earlier.status).toBe(400);
    expect(earlier.body.error.details[0].message).toBe(`must not be before the last review (${today()})`);
  });

  it('are recorded only by writers in scope', async () => {
    const { id } = await createRiskPointAs(t, tokens.officer, riskPointBody(ids.a, { name: '配电室' }));
    const body = { reviewedOn: today(), reviewer: '张工', conclusion: '好' };
    expect((await review(id, body, tokens.inspector)).status).toBe(403);
    expect((await review(id, body, tokens.stranger)).status).toBe(404);
    expect((await t.request('GET', `/api/v1/risk-points/${id}/reviews`, { token: tokens.stranger })).status).toBe(404);
    expect((await t.request('GET', `/api/v1/risk-points/${id}/history`, { token: tokens.stranger })).status).toBe(404);
    expect((await get(id)).body.lastReviewedOn).toBeNull();
  });
});

describe('deactivating and deleting a risk point', () => {
  it('takes a deactivated point out of the register, the distribution and the overdue list, and puts it back', async () => {
    const { id } = await createRiskPointAs(t, tokens.officer, riskPointBody(ids.a, { name: '拆除的储罐', evaluation: { method: 'ls', l: 5, s: 5 }, reviewDate: '2020-01-01' }));
    const majorsBefore = (await t.request('GET', `/api/v1/risk-points/distribution?enterpriseId=${ids.a}`, { token: tokens.officer })).body.totals.major;

    const off = await t.request('POST', `/api/v1/risk-points/${id}/deactivate`, { token: tokens.officer, body: { reason: '储罐已拆除' } });
    expect(off.status).toBe(200);
    expect(off.body).toMatchObject({ active: false, deactivationReason: '储罐已拆除', reviewOverdue: false });
    expect(off.body.deactivatedAt).toEqual(expect.any(String));
    expect(names(await t.request('GET', `/api/v1/risk-points?enterpriseId=${ids.a}`, { token: tokens.officer }))).not.toContain('拆除的储罐');
    expect(names(await t.request('GET', `/api/v1/risk-points?enterpriseId=${ids.a}&active=false`, { token: tokens.officer }))).toEqual(['拆除的储罐']);
    expect(names(await t.request('GET', '/api/v1/risk-points?reviewOverdue=true', { token: tokens.officer }))).not.toContain('拆除的储罐');
    expect((await t.request('GET', `/api/v1/risk-points/distribution?enterpriseId=${ids.a}`, { token: tokens.officer })).body.totals.major).toBe(majorsBefore - 1);

    // Neither changed nor reviewed while out of the register; deactivated once only.
    expect((await t.request('PATCH', `/api/v1/risk-points/${id}`, { token: tokens.officer, body: { name: 'x' } })).status).toBe(409);
    expect((await review(id, { reviewedOn: today(), reviewer: '张工', conclusion: '好' })).status).toBe(409);
    expect((await t.request('POST', `/api/v1/risk-points/${id}/deactivate`, { token: tokens.officer, body: { reason: '再次' } })).status).toBe(409);

    const on = await t.request('POST', `/api/v1/risk-points/${id}/reactivate`, { token: tokens.regulator });
    expect(on.status).toBe(200);
    expect(on.body).toMatchObject({ active: true, deactivatedAt: null, deactivationReason: null, reviewOverdue: true });
    const history = await t.request('GET', `/api/v1/risk-points/${id}/history`, { token: tokens.officer });
    expect(history.body.items.map((h: { action: string }) => h.action)).toEqual(['reactivate', 'deactivate', 'create']);
    expect(history.body.items[1].changedFields).toEqual(['active']);
  });

  it('refuses a deactivation without a reason and by a reader', async () => {
    const { id } = await createRiskPointAs(t, tokens.officer, riskPointBody(ids.a, { name: '叉车作业' }));
    const res = await t.request('POST', `/api/v1/risk-points/${id}/deactivate`, { token: tokens.officer, body: { reason: ' ' } });
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].path).toBe('reason');
    expect((await t.request('POST', `/api/v1/risk-points/${id}/deactivate`, { token: tokens.inspector, body: { reason: '拆除' } })).status).toBe(403);
    expect((await get(id)).body.active).toBe(true);
  });

  it('deletes a point registered in error, but not one with reviews on record', async () => {
    const mistake = await createRiskPointAs(t, tokens.officer, riskPointBody(ids.a, { name: '误登记' }));
    expect((await t.request('DELETE', `/api/v1/risk-points/${mistake.id}`, { token: tokens.stranger })).status).toBe(404);
    expect((await t.request('DELETE', `/api/v1/risk-points/${mistake.id}`, { token: tokens.inspector })).status).toBe(403);
    expect((await t.request('DELETE', `/api/v1/risk-points/${mistake.id}`, { token: tokens.officer })).status).toBe(204);
    expect((await get(mistake.id)).status).toBe(404);
    const audit = await t.db.selectFrom('audit_events').select('action').where('entity_id', '=', mistake.id).orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['create', 'delete']);

    const reviewed = await createRiskPointAs(t, tokens.officer, riskPointBody(ids.a, { name: '已复评' }));
    await review(reviewed.id, { reviewedOn: today(), reviewer: '张工', conclusion: '好' });
    const refused = await t.request('DELETE', `/api/v1/risk-points/${reviewed.id}`, { token: tokens.officer });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(/deactivate it instead/);
    expect((await get(reviewed.id)).status).toBe(200);
  });
});
