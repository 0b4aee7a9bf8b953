import { isTaskStatus, type TaskListParams } from './investigation.types.ts';

export const TASK_PAGE_SIZES = [10, 20, 50, 100] as const;
const DEFAULT_PAGE_SIZE = 20;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function positiveInt(raw: string | null, fallback: number): number {
  const value = Number(raw);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

/** Reads the task filters from the address bar, so a reload or a shared link shows the same page. */
export function parseTaskListParams(search: URLSearchParams): TaskListParams {
  const status = search.get('status');
  const planId = search.get('planId');
  const pageSize = positiveInt(search.get('pageSize'), DEFAULT_PAGE_SIZE);
  return {
    planId: planId && UUID.test(planId) ? planId : undefined,
    status: isTaskStatus(status) ? status : undefined,
    page: positiveInt(search.get('page'), 1),
    pageSize: (TASK_PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
  };
}

export function toTaskSearchParams(params: TaskListParams): URLSearchParams {
  const search = new URLSearchParams();
  if (params.planId) search.set('planId', params.planId);
  if (params.status) search.set('status', params.status);
  if (params.page > 1) search.set('page', String(params.page));
  if (params.pageSize !== DEFAULT_PAGE_SIZE) search.set('pageSize', String(params.pageSize));
  return search;
}
