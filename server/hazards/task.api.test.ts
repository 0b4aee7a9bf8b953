import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDepartment, makeEnterprise, signedIn } from '../../test/support/factories.ts';
import { uploadPhoto } from '../../test/support/hazard-factories.ts';
import { createPlanAs, execute, planBody, resultsFor, taskDetail, tasksOf } from '../../test/support/plan-factories.ts';
import { createTestApp } from '../../test/support/test-app.ts';
import type { TestApp } from '../../test/support/test-app.ts';
import { generateInvestigationTasks } from '../scheduler/investigation-jobs.ts';

let t: TestApp;
let enterpriseId: string;
let otherId: string;
const tokens = {} as Record<'regulator' | 'inspector' | 'otherInspector' | 'officer' | 'stranger', string>;

const DAY = 86_400_000;
const count = async (table: 'hazards' | 'investigation_task_results') =>
  Number((await t.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

/** A plan with a custom list of one major and one general item, and the officer's task of today. */
async function taskWithCustomList() {
  const list = await t.request('POST', '/api/v1/checklists', {
    token: tokens.regulator,
    body: {
      name: '粉尘涉爆检查表',
      items: [
        { content: '除尘器设置泄爆装置', legalBasis: { standard: '工贸企业重大事故隐患判定标准', article: '第十一条', item: '（三）' }, isMajorCriterion: true },
        { content: '除尘器灰斗定期清灰', legalBasis: { standard: '企业粉尘防爆管理制度' } },
      ],
    },
  });
  const plan = await createPlanAs(t, tokens.regulator, planBody({ checklist: list.body.id, keyAreas: ['除尘系统'], enterpriseIds: [enterpriseId] }));
  const [task] = (await tasksOf(t, tokens.officer, plan.id)).items;
  const detail = await taskDetail(t, tokens.officer, task!.id);
  const major = detail.items.find((i) => i.isMajorCriterion)!.code;
  const general = detail.items.find((i) => !i.isMajorCriterion)!.code;
  return { planId: plan.id, taskId: task!.id, items: detail.items, major, general };
}

beforeAll(async () => {
  t = await createTestApp();
  enterpriseId = (await makeEnterprise(t.db, { industryCode: '2614', regionCode: '510113' })).id;
  otherId = (await makeEnterprise(t.db, { industryCode: '2614', regionCode: '510113' })).id;
  const department = await makeDepartment(t.db, ['510113'], ['C']);
  const elsewhere = await makeDepartment(t.db, ['510104'], ['C']);
  tokens.regulator = (await signedIn(t, 'regulator', { departmentId: department.id })).token;
  tokens.inspector = (await signedIn(t, 'inspector', { departmentId: department.id })).token;
  tokens.otherInspector = (await signedIn(t, 'inspector', { departmentId: elsewhere.id })).token;
  tokens.officer = (await signedIn(t, 'enterprise', { enterpriseId })).token;
  tokens.stranger = (await signedIn(t, 'enterprise', { enterpriseId: otherId })).token;
});
afterAll(() => t.close());

describe('executing a task', () => {
  it('records every item and makes the task done, once', async () => {
    const plan = await createPlanAs(t, tokens.regulator, planBody({ enterpriseIds: [enterpriseId] }));
    const [task] = (await tasksOf(t, tokens.officer, plan.id)).items;
    const detail = await taskDetail(t, tokens.officer, task!.id);
    expect(detail.items.map((i) => i.code)).toEqual(Array.from({ length: 20 }, (_, i) => `HC17-${String(i + 1).padStart(2, '0')}`));
    const results = resultsFor(detail.items, { 'HC17-06': { outcome: 'not_applicable', note: '无液化烃储罐' } });
    const res = await execute(t, tokens.officer, task!.id, results);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'done', completedAt: expect.any(String), completedBy: { name: expect.any(String) } });
    expect(res.body.results).toHaveLength(20);
    expect(res.body.results[5]).toEqual({ itemCode: 'HC17-06', outcome: 'not_applicable', note: '无液化烃储罐', photoIds: [], hazardId: null });

    const again = await execute(t, tokens.officer, task!.id, results);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('INVALID_TRANSITION');
    const audit = await t.db.selectFrom('audit_events').select('action').where('entity', '=', 'investigation_task').where('entity_id', '=', task!.id).execute();
    expect(audit.map((a) => a.action)).toEqual(['complete']);
  });

  it('turns a failed major criterion into a major hazard and a failed general item into a general one, with the photos', async () => {
    const { taskId, items, major, general } = await taskWithCustomList();
    const photo = await uploadPhoto(t, tokens.officer);
    const res = await execute(t, tokens.officer, taskId, resultsFor(items, {
      [major]: { outcome: 'fail', note: '3号除尘器无泄爆片', photoIds: [photo.body.id] },
      [general]: { outcome: 'fail', location: '2号车间', category: 'thing' },
    }));
    expect(res.status).toBe(201);
    const hazardOf = (code: string) => res.body.results.find((r: { itemCode: string }) => r.itemCode === code).hazardId as string;
    const majorHazard = (await t.request('GET', `/api/v1/hazards/${hazardOf(major)}`, { token: tokens.regulator })).body;
    expect(majorHazard).toMatchObject({
      enterpriseId,
      grade: 'major',
      status: 'reported',
      source: 'self_check',
      category: 'management',
      title: '除尘器设置泄爆装置',
      description: '除尘器设置泄爆装置\n\n3号除尘器无泄爆片',
      location: '除尘系统',
      checklistItemId: major,
      legalBasis: { standard: '工贸企业重大事故隐患判定标准', article: '第十一条', item: '（三）' },
      photos: [expect.objectContaining({ id: photo.body.id, kind: 'finding' })],
    });
    const generalHazard = (await t.request('GET', `/api/v1/hazards/${hazardOf(general)}`, { token: tokens.officer })).body;
    expect(generalHazard).toMatchObject({ grade: 'general', location: '2号车间', category: 'thing', checklistItemId: general });
    expect(res.body.results.find((r: { itemCode: string }) => r.itemCode === major).photoIds).toEqual([photo.body.id]);
  });

  it('may be done by an inspector in scope, whose findings are inspections', async () => {
    const { taskId, items, general } = await taskWithCustomList();
    const res = await execute(t, tokens.inspector, taskId, resultsFor(items, { [general]: { outcome: 'fail' } }));
    expect(res.status).toBe(201);
    const hazardId = res.body.results.find((r: { itemCode: string }) => r.itemCode === general).hazardId;
    expect((await t.request('GET', `/api/v1/hazards/${hazardId}`, { token: tokens.inspector })).body.source).toBe('inspection');
  });

  it('is 404 outside the caller’s scope and 403 for roles that do not execute tasks', async () => {
    const { taskId, items } = await taskWithCustomList();
    expect((await t.request('GET', `/api/v1/investigation-tasks/${taskId}`, { token: tokens.stranger })).status).toBe(404);
    expect((await execute(t, tokens.stranger, taskId, resultsFor(items))).status).toBe(404);
    expect((await execute(t, tokens.otherInspector, taskId, resultsFor(items))).status).toBe(404);
    expect((await execute(t, tokens.regulator, taskId, resultsFor(items))).status).toBe(403);
    expect((await taskDetail(t, tokens.officer, taskId)).status).toBe('open');
  });

  it('of the enterprise’s own plan (自查) is the enterprise’s: an inspector in scope is refused, and told so', async () => {
    const plan = await createPlanAs(t, tokens.officer, planBody({ enterpriseIds: undefined }));
    const [task] = (await tasksOf(t, tokens.officer, plan.id)).items;
    const detail = await taskDetail(t, tokens.inspector, task!.id);
    expect(detail.selfCheck).toBe(true);
    const refused = await execute(t, tokens.inspector, task!.id, resultsFor(detail.items));
    expect(refused.status).toBe(403);
    expect(refused.body.error.details).toEqual([expect.objectContaining({ reason: 'self_check_task' })]);
    expect((await taskDetail(t, tokens.officer, task!.id)).status).toBe('open');
    expect((await execute(t, tokens.officer, task!.id, resultsFor(detail.items))).status).toBe(201);
  });
});

describe('bad results', () => {
  it('names missing, unknown and repeated items and writes nothing', async () => {
    const { taskId, items, major, general } = await taskWithCustomList();
    const before = { hazards: await count('hazards'), results: await count('investigation_task_results') };
    const res = await execute(t, tokens.officer, taskId, [
      { itemCode: major, outcome: 'fail' },
      { itemCode: 'GEN-01', outcome: 'pass' },
      { itemCode: major, outcome: 'pass' },
    ]);
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual([
      { path: 'results.1.itemCode', message: expect.stringContaining('GEN-01') },
      { path: 'results.2.itemCode', message: expect.stringContaining('already has a result') },
      { path: 'results', message: `needs a result for item ${general}` },
    ]);
    expect({ hazards: await count('hazards'), results: await count('investigation_task_results') }).toEqual(before);
    expect((await taskDetail(t, tokens.officer, taskId)).status).toBe('open');
    expect(items).toHaveLength(2);
  });

  it('rejects an unknown outcome and an empty list, naming the field', async () => {
    const { taskId, items } = await taskWithCustomList();
    const bad = await execute(t, tokens.officer, taskId, resultsFor(items, { [items[0]!.code]: { outcome: 'broken' } }));
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].path).toBe('results.0.outcome');
    expect((await execute(t, tokens.officer, taskId, [])).body.error.details[0].path).toBe('results');
  });

  it('rejects a photo the caller did not upload, naming it', async () => {
    const { taskId, items, major } = await taskWithCustomList();
    const theirs = await uploadPhoto(t, tokens.stranger);
    const res = await execute(t, tokens.officer, taskId, resultsFor(items, { [major]: { outcome: 'fail', photoIds: [theirs.body.id] } }));
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual([{ path: 'results.0.photoIds.0', message: expect.any(String) }]);
  });
});

describe('timing', () => {
  it('refuses a task whose period has not started (409)', async () => {
    const plan = await createPlanAs(t, tokens.officer, planBody({ checklist: 'general' }));
    await generateInvestigationTasks(t.db, new Date(Date.now() + 2 * DAY));
    const tasks = (await tasksOf(t, tokens.officer, plan.id)).items;
    expect(tasks.length).toBeGreaterThanOrEqual(3);
    const future = tasks.at(-1)!;
    expect(new Date(future.periodStart) > new Date()).toBe(true);
    const detail = await taskDetail(t, tokens.officer, future.id);
    const res = await execute(t, tokens.officer, future.id, resultsFor(detail.items));
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: 'INVALID_TRANSITION', message: expect.stringContaining('not started') });
  });

  it('shows a task missed the moment it is due and refuses it (409)', async () => {
    const { taskId, items } = await taskWithCustomList();
    const yesterday = new Date(Date.now() - DAY);
    await t.db.updateTable('investigation_tasks').set({ period_start: new Date(yesterday.getTime() - DAY), due_at: yesterday }).where('id', '=', taskId).execute();
    expect((await taskDetail(t, tokens.officer, taskId)).status).toBe('missed');
    const res = await execute(t, tokens.officer, taskId, resultsFor(items));
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('INVALID_TRANSITION');
  });
});

describe('listing tasks', () => {
  it('filters by plan, enterprise, status and due date, within scope', async () => {
    const plan = await createPlanAs(t, tokens.regulator, planBody({ checklist: 'general', enterpriseIds: [enterpriseId, otherId] }));
    const tasks = (await tasksOf(t, tokens.regulator, plan.id)).items;
    const mine = tasks.find((x) => x.enterpriseId === enterpriseId)!;
    await execute(t, tokens.officer, mine.id, resultsFor((await taskDetail(t, tokens.officer, mine.id)).items));
    const q = async (query: string, token = tokens.regulator) => (await tasksOf(t, token, plan.id, query)).items.map((x) => x.id);
    expect(await q('&status=done')).toEqual([mine.id]);
    expect((await q('&status=open')).length).toBe(1);
    expect(await q('&status=missed')).toEqual([]);
    expect(await q(`&enterpriseId=${otherId}`)).not.toContain(mine.id);
    expect(await q('', tokens.officer)).toEqual([mine.id]);
    expect(await q('', tokens.otherInspector)).toEqual([]);
    expect((await q(`&dueBefore=${mine.dueAt.slice(0, 10)}`)).length).toBe(2);
    expect(await q('&dueBefore=2000-01-01')).toEqual([]);
    const bad = await t.request('GET', '/api/v1/investigation-tasks?status=late', { token: tokens.regulator });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].path).toBe('status');
  });
});
