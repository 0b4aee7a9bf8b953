import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDepartment, makeEnterprise, signedIn } from '../../test/support/factories.ts';
import { completeGovernancePlan, hazardInput, reportAs, transition, uploadPhoto } from '../../test/support/hazard-factories.ts';
import { createTestApp, type TestApp } from '../../test/support/test-app.ts';

let t: TestApp;
let enterpriseId: string;
const tokens = {} as Record<'officer' | 'colleague' | 'regulator' | 'expert' | 'otherRegulator', string>;

const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString();

beforeAll(async () => {
  t = await createTestApp();
  const enterprise = await makeEnterprise(t.db, { industryCode: '2614', regionCode: '510113' });
  enterpriseId = enterprise.id;
  const department = await makeDepartment(t.db, ['510113'], ['C']);
  const elsewhere = await makeDepartment(t.db, ['510104'], ['C']);
  tokens.officer = (await signedIn(t, 'enterprise', { enterpriseId })).token;
  tokens.colleague = (await signedIn(t, 'enterprise', { enterpriseId })).token;
  tokens.regulator = (await signedIn(t, 'regulator', { departmentId: department.id })).token;
  tokens.otherRegulator = (await signedIn(t, 'regulator', { departmentId: elsewhere.id })).token;
  tokens.expert = (await signedIn(t, 'expert')).token;
});
afterAll(() => t.close());

const rectification = (deadline = tomorrow()) => ({ mode: 'deadline', deadline, responsiblePerson: '李工', measures: '加装泄爆片', fundsYuan: 20000 });

describe('a general hazard', () => {
  it('goes reported → rectifying → pending_review → closed, reviewed by someone else, with a full timeline', async () => {
    const hazard = await reportAs(t, tokens.officer, hazardInput(enterpriseId));
    expect(hazard).toMatchObject({ status: 'reported', overdue: false, allowedActions: expect.arrayContaining(['start_rectification', 'rectify_immediately']) });

    let res = await transition(t, tokens.officer, hazard.id, { action: 'start_rectification', rectification: rectification() });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'rectifying', rectification: { responsiblePerson: '李工', fundsYuan: 20000 } });

    res = await transition(t, tokens.officer, hazard.id, { action: 'submit_for_review', note: '已加装泄爆片' });
    expect(res.body.status).toBe('pending_review');
    expect(res.body.allowedActions).not.toContain('approve');

    res = await transition(t, tokens.officer, hazard.id, { action: 'approve' });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('FORBIDDEN');

    res = await transition(t, tokens.colleague, hazard.id, { action: 'approve', comment: '复查合格' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'closed', closedAt: expect.any(String) });
    expect(res.body.timeline.map((e: { action: string }) => e.action)).toEqual(['report', 'start_rectification', 'submit_for_review', 'approve']);
  });

  it('can be eliminated on the spot, but a major hazard cannot', async () => {
    const general = await reportAs(t, tokens.officer, hazardInput(enterpriseId));
    const res = await transition(t, tokens.officer, general.id, { action: 'rectify_immediately', note: '当场清理' });
    expect(res.body.status).toBe('closed');
    const major = await reportAs(t, tokens.officer, hazardInput(enterpriseId, { grade: 'major' }));
    const refused = await transition(t, tokens.officer, major.id, { action: 'rectify_immediately', note: '当场清理' });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('INVALID_TRANSITION');
  });

  it('refuses a step the state does not allow with 409 and changes nothing', async () => {
    const hazard = await reportAs(t, tokens.officer, hazardInput(enterpriseId));
    const res = await transition(t, tokens.regulator, hazard.id, { action: 'approve' });
    expect(res.status).toBe(409);
    const after = await t.request('GET', `/api/v1/hazards/${hazard.id}`, { token: tokens.officer });
    expect(after.body).toMatchObject({ status: 'reported' });
    expect(after.body.timeline).toHaveLength(1);
  });

  it('is overdue as soon as its deadline passes, in every representation and in the list filter', async () => {
    const hazard = await reportAs(t, tokens.officer, hazardInput(enterpriseId, { foundAt: new Date(Date.now() - 3 * 86_400_000).toISOString() }));
    const past = new Date(Date.now() - 60_000).toISOString();
    const res = await transition(t, tokens.officer, hazard.id, { action: 'start_rectification', rectification: rectification(past) });
    expect(res.body.overdue).toBe(true);
    const list = await t.request('GET', '/api/v1/hazards?overdue=true&pageSize=200', { token: tokens.officer });
    expect(list.body.items.map((h: { id: string }) => h.id)).toContain(hazard.id);
    const notOverdue = await t.request('GET', '/api/v1/hazards?overdue=false&pageSize=200', { token: tokens.officer });
    expect(notOverdue.body.items.map((h: { id: string }) => h.id)).not.toContain(hazard.id);
  });

  it('lets exactly one of two concurrent conflicting transitions win', async () => {
    const hazard = await reportAs(t, tokens.officer, hazardInput(enterpriseId));
    const results = await Promise.all([
      transition(t, tokens.officer, hazard.id, { action: 'rectify_immediately', note: 'a' }),
      transition(t, tokens.colleague, hazard.id, { action: 'rectify_immediately', note: 'b' }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const detail = await t.request('GET', `/api/v1/hazards/${hazard.id}`, { token: tokens.officer });
    expect(detail.body.timeline).toHaveLength(2);
  });
});

describe('a major hazard', () => {
  it('needs all six elements of a governance plan, named one by one (16号令 Art. 15)', async () => {
    const hazard = await reportAs(t, tokens.officer, hazardInput(enterpriseId, { grade: 'major' }));
    const partial = { objectivesAndTasks: '消除风险', methodsAndMeasures: '加装泄爆片' };
    const res = await transition(t, tokens.officer, hazard.id, { action: 'start_rectification', rectification: rectification(), governancePlan: partial });
    expect(res.status).toBe(400);
    const paths = res.body.error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'governancePlan.fundsAndMaterials',
        'governancePlan.organisationAndPersons',
        'governancePlan.timeLimitAndRequirements',
        'governancePlan.safetyMeasuresAndEmergencyPlan',
      ]),
    );
    expect(paths).not.toContain('governancePlan.objectivesAndTasks');
  });

  it('is listed for supervision by a regulator, gets an extension, needs a result photo and a regulator or expert to close', async () => {
    const hazard = await reportAs(t, tokens.officer, hazardInput(enterpriseId, { grade: 'major' }));
    const deadline = new Date(Date.now() + 10 * 86_400_000).toISOString();
    let res = await transition(t, tokens.officer, hazard.id, { action: 'start_rectification', rectification: rectification(deadline), governancePlan: completeGovernancePlan });
    expect(res.status).toBe(200);

    res = await transition(t, tokens.officer, hazard.id, { action: 'list_for_supervision', level: 'city', authority: '成都市安委办', deadline });
    expect(res.status).toBe(403);
    res = await transition(t, tokens.regulator, hazard.id, { action: 'list_for_supervision', level: 'city', authority: '成都市安委办', deadline, documentNo: '成安办督〔2026〕1号' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ supervised: true, supervision: { level: 'city', documentNo: '成安办督〔2026〕1号' } });

    const later = new Date(Date.now() + 30 * 86_400_000).toISOString();
    res = await transition(t, tokens.officer, hazard.id, { action: 'request_extension', requestedDeadline: later, reason: '设备到货延迟' });
    expect(res.status).toBe(200);
    expect(res.body.deadline).toBe(new Date(deadline).toISOString());
    res = await transition(t, tokens.regulator, hazard.id, { action: 'decide_extension', extensionId: 1, granted: true, comment: '同意延期' });
    expect(res.status).toBe(200);
    expect(res.body.deadline).toBe(new Date(later).toISOString());
    expect(res.body.extensions[0]).toMatchObject({ id: 1, decision: { granted: true } });
    expect(res.body.timeline.at(-1)).toMatchObject({ action: 'decide_extension', deadlineFrom: new Date(deadline).toISOString(), deadlineTo: new Date(later).toISOString() });

    res = await transition(t, tokens.officer, hazard.id, { action: 'submit_for_review', note: '已完成' });
    expect(res.status).toBe(400);
    const photo = await uploadPhoto(t, tokens.officer);
    res = await transition(t, tokens.officer, hazard.id, { action: 'submit_for_review', note: '已完成', photoIds: [photo.body.id] });
    expect(res.status).toBe(200);
    expect(res.body.photos).toEqual([expect.objectContaining({ id: photo.body.id, kind: 'result' })]);

    res = await transition(t, tokens.colleague, hazard.id, { action: 'approve' });
    expect(res.status).toBe(403);
    res = await transition(t, tokens.expert, hazard.id, { action: 'approve', comment: '验收合格' });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('closed');
  });
});

describe('scope', () => {
  it('hides hazards of enterprises outside the caller’s scope (404) and from their list', async () => {
    const hazard = await reportAs(t, tokens.officer, hazardInput(enterpriseId));
    expect((await t.request('GET', `/api/v1/hazards/${hazard.id}`, { token: tokens.otherRegulator })).status).toBe(404);
    expect((await transition(t, tokens.otherRegulator, hazard.id, { action: 'rectify_immediately', note: 'x' })).status).toBe(404);
    const list = await t.request('GET', '/api/v1/hazards?pageSize=200', { token: tokens.otherRegulator });
    expect(list.body.items.map((h: { id: string }) => h.id)).not.toContain(hazard.id);
    expect((await t.request('GET', `/api/v1/hazards/${hazard.id}`, { token: tokens.regulator })).status).toBe(200);
  });

  it('moves an enterprise’s hazards with it when its region changes', async () => {
    const moving = await makeEnterprise(t.db, { industryCode: '2614', regionCode: '510113' });
    const officer = (await signedIn(t, 'enterprise', { enterpriseId: moving.id })).token;
    const hazard = await reportAs(t, officer, hazardInput(moving.id));
    const admin = (await signedIn(t, 'admin')).token;
    expect((await t.request('PATCH', `/api/v1/enterprises/${moving.id}`, { token: admin, body: { regionCode: '510104' } })).status).toBe(200);
    expect((await t.request('GET', `/api/v1/hazards/${hazard.id}`, { token: tokens.regulator })).status).toBe(404);
    expect((await t.request('GET', `/api/v1/hazards/${hazard.id}`, { token: tokens.otherRegulator })).status).toBe(200);
  });

  it('refuses a report for an enterprise outside the caller’s scope with 404', async () => {
    const res = await t.request('POST', '/api/v1/hazards', { token: tokens.otherRegulator, body: hazardInput(enterpriseId) });
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('NOT_FOUND');
  });
});
