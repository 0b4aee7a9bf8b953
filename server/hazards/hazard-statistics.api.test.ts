import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDepartment, makeEnterprise, signedIn } from '../../test/support/factories.ts';
import { completeGovernancePlan, hazardInput, reportAs, transition } from '../../test/support/hazard-factories.ts';
import { cityDate, createPlanAs, execute, resultsFor, taskDetail, tasksOf } from '../../test/support/plan-factories.ts';
import { createTestApp, type TestApp } from '../../test/support/test-app.ts';
import { cityDayEnd, cityDayStart, cityYearToDate } from '../../core/shared/city-time.ts';

let t: TestApp;
let diligent: { id: string; name: string };
let negligent: { id: string; name: string };
let regulator: string;
let officers: Record<string, string>;

const DAY = 86_400_000;

beforeAll(async () => {
  t = await createTestApp();
  diligent = await makeEnterprise(t.db, { industryCode: '2614', regionCode: '510113' });
  negligent = await makeEnterprise(t.db, { industryCode: '2614', regionCode: '510113' });
  regulator = (await signedIn(t, 'regulator', { departmentId: (await makeDepartment(t.db, ['510113'], ['26'])).id })).token;
  officers = {
    [diligent.id]: (await signedIn(t, 'enterprise', { enterpriseId: diligent.id })).token,
    [negligent.id]: (await signedIn(t, 'enterprise', { enterpriseId: negligent.id })).token,
  };
  // A daily plan for both: today's task is due today. The diligent one carries it out.
  const plan = await createPlanAs(t, regulator, { name: '专项排查', keyAreas: ['罐区'], checklist: 'chemicals-2017', frequency: 'daily', startDate: cityDate(0), endDate: cityDate(10), enterpriseIds: [diligent.id, negligent.id] });
  const tasks = await tasksOf(t, regulator, plan.id);
  const mine = tasks.items.find((x) => x.enterpriseId === diligent.id)!;
  const detail = await taskDetail(t, officers[diligent.id]!, mine.id);
  expect((await execute(t, officers[diligent.id]!, mine.id, resultsFor(detail.items))).status).toBe(201);

  // The negligent one has a major hazard past its deadline.
  const major = await reportAs(t, officers[negligent.id]!, hazardInput(negligent.id, { grade: 'major', foundAt: new Date(Date.now() - 20 * DAY).toISOString() }));
  await transition(t, officers[negligent.id]!, major.id, {
    action: 'start_rectification',
    rectification: { mode: 'deadline', deadline: new Date(Date.now() - 2 * DAY).toISOString(), responsiblePerson: '李工', measures: 'x', fundsYuan: 0 },
    governancePlan: completeGovernancePlan,
  });
});
afterAll(() => t.close());

describe('hazard statistics', () => {
  it('counts tasks and hazards per enterprise, flags 排查不力 with reasons, worst first', async () => {
    const res = await t.request('GET', `/api/v1/hazards/statistics?groupBy=enterprise&from=${cityDate(-30)}&to=${cityDate(0)}`, { token: regulator });
    expect(res.status).toBe(200);
    const [first, second] = res.body.rows;
    expect(first).toMatchObject({ key: negligent.id, name: negligent.name, rank: 1, flagged: true, tasksDue: 1, tasksDone: 0, completionRate: 0, hazardsFound: 1, overdueNow: 1, openMajor: 1, overdueMajor: 1 });
    expect(first.reasons.map((r: { code: string }) => r.code).sort()).toEqual(['low_completion', 'major_overdue']);
    expect(second).toMatchObject({ key: diligent.id, rank: 2, flagged: false, tasksDue: 1, tasksDone: 1, completionRate: 1, reasons: [] });
  });

  it('groups by district and by the departments that supervise', async () => {
    const byRegion = await t.request('GET', `/api/v1/hazards/statistics?groupBy=region&from=${cityDate(-30)}&to=${cityDate(0)}`, { token: regulator });
    expect(byRegion.body.rows).toEqual([expect.objectContaining({ key: '510113', name: '青白江区', tasksDue: 2, tasksDone: 1, hazardsFound: 1 })]);
    const byDepartment = await t.request('GET', `/api/v1/hazards/statistics?groupBy=department&from=${cityDate(-30)}&to=${cityDate(0)}`, { token: regulator });
    expect(byDepartment.body.rows).toHaveLength(1);
    expect(byDepartment.body.rows[0]).toMatchObject({ tasksDue: 2, overdueMajor: 1, flagged: true });
  });

  it('counts the year to date in the city when no period is given (issue 12: it answered "from Invalid input")', async () => {
    const res = await t.request('GET', '/api/v1/hazards/statistics?groupBy=enterprise', { token: regulator });
    expect(res.status).toBe(200);
    const yearToDate = cityYearToDate(new Date());
    expect(res.body.from).toBe(cityDayStart(yearToDate.from).toISOString());
    expect(res.body.to).toBe(cityDayEnd(yearToDate.to).toISOString());
    expect(res.body.rows.map((r: { key: string }) => r.key).sort()).toEqual([diligent.id, negligent.id].sort());
    const fromOnly = await t.request('GET', `/api/v1/hazards/statistics?groupBy=enterprise&from=${cityDate(-30)}`, { token: regulator });
    expect(fromOnly.status).toBe(200);
    expect(fromOnly.body.to).toBe(res.body.to);
  });

  it('says in words what is wrong with a query', async () => {
    const message = async (query: string) => (await t.request('GET', `/api/v1/hazards/statistics?${query}`, { token: regulator })).body.error.details;
    expect(await message('')).toMatchObject([{ path: 'groupBy', message: 'is required' }]);
    expect(await message('groupBy=planet')).toMatchObject([{ path: 'groupBy', message: 'must be one of: enterprise, region, industry, department' }]);
    expect(await message('groupBy=region&from=yesterday')).toMatchObject([
      { path: 'from', message: 'must be a date and time (ISO 8601 with an offset, e.g. 2026-05-01T08:30:00+08:00) or a date (YYYY-MM-DD)' },
    ]);
  });

  it('rejects a period that ends before it starts and an unknown grouping', async () => {
    expect((await t.request('GET', `/api/v1/hazards/statistics?groupBy=enterprise&from=${cityDate(0)}&to=${cityDate(-1)}`, { token: regulator })).status).toBe(400);
    expect((await t.request('GET', `/api/v1/hazards/statistics?groupBy=planet&from=${cityDate(-1)}&to=${cityDate(0)}`, { token: regulator })).status).toBe(400);
  });
});
