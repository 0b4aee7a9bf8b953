import { taskPeriodText } from './task-tags.tsx';
import { usePlan, useTask } from './use-investigations.query.ts';

/** The plan's name in the breadcrumb; shares the detail page's cached query. */
export function PlanCrumb({ id }: { id: string }) {
  const plan = usePlan(id);
  return <>{plan.data?.name ?? '…'}</>;
}

export function TaskCrumb({ id }: { id: string }) {
  const task = useTask(id);
  return <>{task.data ? taskPeriodText(task.data.periodStart, task.data.dueAt) : '…'}</>;
}
