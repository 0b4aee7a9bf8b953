import { cityToday } from '../../core/hazards/plan-window.ts';
import { addCivilDays, cityDateOf } from '../../core/shared/city-time.ts';
import { formatCivilDate } from '../../core/hazards/plan-window.ts';
import type { TestApp } from './test-app.ts';

/** The city's date `days` from today, YYYY-MM-DD. */
export const cityDate = (days = 0, now = new Date()) => (days === 0 ? cityToday(now) : formatCivilDate(addCivilDays(cityDateOf(now), days)));

/** A plan body a regulator or officer would send; override what a test is about. */
export function planBody(overrides: Record<string, unknown> = {}) {
  return {
    name: '危险化学品专项排查',
    keyAreas: ['罐区', '装卸站台'],
    checklist: 'chemicals-2017',
    frequency: 'daily',
    startDate: cityDate(0),
    endDate: cityDate(30),
    ...overrides,
  };
}

export async function createPlanAs(t: TestApp, token: string, body: Record<string, unknown>) {
  const res = await t.request('POST', '/api/v1/investigation-plans', { token, body });
  if (res.status !== 201) throw new Error(`plan failed: ${res.status} ${res.text}`);
  return res.body as { id: string; enterpriseCount: number };
}

interface TaskView {
  id: string;
  status: string;
  selfCheck: boolean;
  items: { code: string; isMajorCriterion: boolean }[];
}

/** The tasks of a plan as `token` sees them (first page, oldest due first). */
export async function tasksOf(t: TestApp, token: string, planId: string, query = '') {
  const res = await t.request('GET', `/api/v1/investigation-tasks?planId=${planId}&sort=dueAt&pageSize=200${query}`, { token });
  if (res.status !== 200) throw new Error(`tasks failed: ${res.status} ${res.text}`);
  return res.body as { items: { id: string; status: string; enterpriseId: string; dueAt: string; periodStart: string }[]; total: number };
}

export async function taskDetail(t: TestApp, token: string, id: string): Promise<TaskView> {
  const res = await t.request('GET', `/api/v1/investigation-tasks/${id}`, { token });
  if (res.status !== 200) throw new Error(`task failed: ${res.status} ${res.text}`);
  return res.body as TaskView;
}

/** One `pass` per item, with `overrides` by item code. */
export const resultsFor = (items: { code: string }[], overrides: Record<string, Record<string, unknown>> = {}) =>
  items.map((i) => ({ itemCode: i.code, outcome: 'pass', ...overrides[i.code] }));

export const execute = (t: TestApp, token: string, id: string, results: unknown) =>
  t.request('POST', `/api/v1/investigation-tasks/${id}/results`, { token, body: { results } });
