import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cityDayStart } from '../../core/shared/city-time.ts';
import { parseCivilDate } from '../../core/hazards/plan-window.ts';
import { makeDepartment, makeEnterprise, signedIn } from '../../test/support/factories.ts';
import { cityDate, createPlanAs, execute, planBody, resultsFor, taskDetail } from '../../test/support/plan-factories.ts';
import { createTestApp } from '../../test/support/test-app.ts';
import type { TestApp } from '../../test/support/test-app.ts';
import { generateInvestigationTasks, markMissedTasks } from './investigation-jobs.ts';

let t: TestApp;
let regulator: string;
let officer: string;
const enterpriseIds: string[] = [];

/** Noon in the city, `days` from today. */
const noon = (days: number) => new Date(cityDayStart(parseCivilDate(cityDate(days))).getTime() + 12 * 3_600_000);

const tasksOfPlan = (planId: string) =>
  t.db.selectFrom('investigation_tasks').select(['enterprise_id', 'period_start', 'due_at', 'status']).where('plan_id', '=', planId).orderBy('period_start').orderBy('enterprise_id').execute();

beforeAll(async () => {
  t = await createTestApp();
  for (let i = 0; i < 3; i++) enterpriseIds.push((await makeEnterprise(t.db, { industryCode: '2614', regionCode: '510113' })).id);
  const department = await makeDepartment(t.db, ['510113'], ['C']);
  regulator = (await signedIn(t, 'regulator', { departmentId: department.id })).token;
  officer = (await signedIn(t, 'enterprise', { enterpriseId: enterpriseIds[0]! })).token;
});
afterAll(() => t.close());

describe('generate-investigation-tasks', () => {
  it('adds each started period once per enterprise, and nothing on a second run', async () => {
    const plan = await createPlanAs(t, regulator, planBody({ checklist: 'general', enterpriseIds, endDate: cityDate(9) }));
    expect(await tasksOfPlan(plan.id)).toHaveLength(3);

    const first = await generateInvestigationTasks(t.db, noon(3));
    expect(first.tasks).toBeGreaterThanOrEqual(9);
    expect(await tasksOfPlan(plan.id)).toHaveLength(12);
    expect(await generateInvestigationTasks(t.db, noon(3))).toMatchObject({ tasks: 0 });
    expect(await tasksOfPlan(plan.id)).toHaveLength(12);

    await generateInvestigationTasks(t.db, noon(400));
    const all = await tasksOfPlan(plan.id);
    expect(all).toHaveLength(30);
    expect(new Set(all.map((x) => `${x.enterprise_id}@${x.period_start.toISOString()}`)).size).toBe(30);
    expect(all.at(-1)!.due_at.toISOString()).toBe(new Date(cityDayStart(parseCivilDate(cityDate(10))).getTime() - 1).toISOString());
    const audit = await t.db.selectFrom('audit_events').select(['action', 'actor_name']).where('entity_id', '=', plan.id).orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['create', 'generate_tasks', 'generate_tasks', 'generate_tasks']);
    expect(audit.at(-1)!.actor_name).toBe('scheduler');
  });

  it('makes no duplicates when two runs race', async () => {
    const plan = await createPlanAs(t, regulator, planBody({ checklist: 'general', enterpriseIds, endDate: cityDate(5) }));
    const runs = await Promise.all([generateInvestigationTasks(t.db, noon(5)), generateInvestigationTasks(t.db, noon(5))]);
    expect(await tasksOfPlan(plan.id)).toHaveLength(18);
    expect(runs.reduce((n, r) => n + r.tasks, 0)).toBeGreaterThanOrEqual(15);
  });

  it('does nothing for a plan that has not started', async () => {
    const plan = await createPlanAs(t, regulator, planBody({ checklist: 'general', enterpriseIds, startDate: cityDate(20), endDate: cityDate(40) }));
    await generateInvestigationTasks(t.db, noon(19));
    expect(await tasksOfPlan(plan.id)).toHaveLength(0);
    await generateInvestigationTasks(t.db, noon(20));
    expect(await tasksOfPlan(plan.id)).toHaveLength(3);
  });

  it('gives a monthly plan one task per enterprise per month', async () => {
    const plan = await createPlanAs(t, regulator, planBody({ checklist: 'general', frequency: 'monthly', enterpriseIds: [enterpriseIds[0]], endDate: cityDate(100) }));
    await generateInvestigationTasks(t.db, noon(100));
    const months = await tasksOfPlan(plan.id);
    expect(months.length).toBeGreaterThanOrEqual(4);
    expect(months.length).toBeLessThanOrEqual(5);
  });
});

describe('mark-missed-tasks', () => {
  it('marks open tasks past due as missed, leaves done ones alone, and is audited per plan', async () => {
    const plan = await createPlanAs(t, regulator, planBody({ checklist: 'general', enterpriseIds, endDate: cityDate(2) }));
    const [mine] = await t.db.selectFrom('investigation_tasks').select('id').where('plan_id', '=', plan.id).where('enterprise_id', '=', enterpriseIds[0]!).execute();
    await execute(t, officer, mine!.id, resultsFor((await taskDetail(t, officer, mine!.id)).items));
    await generateInvestigationTasks(t.db, noon(1));

    const result = await markMissedTasks(t.db, noon(1));
    expect(result.tasks).toBeGreaterThanOrEqual(2);
    const tasks = await tasksOfPlan(plan.id);
    const today = tasks.filter((x) => x.period_start < noon(0)).map((x) => x.status);
    expect(today.sort()).toEqual(['done', 'missed', 'missed']);
    expect(tasks.filter((x) => x.period_start > noon(0)).map((x) => x.status)).toEqual(['open', 'open', 'open']);
    expect(await markMissedTasks(t.db, noon(1))).toEqual({ tasks: 0 });
    const audit = await t.db.selectFrom('audit_events').select(['action', 'after']).where('entity_id', '=', plan.id).where('action', '=', 'mark_tasks_missed').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.after).toMatchObject({ tasks: 2 });
  });
});
