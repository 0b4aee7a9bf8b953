import { investigationFrequencySchema } from '../../../../core/hazards/investigation-periods.ts';
import { resultOutcomeSchema, taskStatusSchema } from '../../../../core/hazards/investigation-task.schema.ts';

/** Shapes and codes come from the core schemas shared with the server; the web only names them. */
export type { Checklist, ChecklistCreate, ChecklistItemView } from '../../../../core/hazards/checklist-api.schema.ts';
export type { Plan, PlanCreate, PlanEnterpriseFilter } from '../../../../core/hazards/investigation-plan.schema.ts';
export type {
  ResultOutcome,
  Task,
  TaskDetail,
  TaskResult,
  TaskResultInput,
  TaskStatus,
} from '../../../../core/hazards/investigation-task.schema.ts';
export type { InvestigationFrequency } from '../../../../core/hazards/investigation-periods.ts';

export const TASK_STATUSES = taskStatusSchema.options;
export const RESULT_OUTCOMES = resultOutcomeSchema.options;
export const FREQUENCIES = investigationFrequencySchema.options;

function isOneOf<T extends string>(options: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (options as readonly string[]).includes(value);
}

export const isTaskStatus = (value: unknown) => isOneOf(TASK_STATUSES, value);

/** The task list filters the screen offers, as the URL carries them; names follow `taskListQuerySchema`. */
export interface TaskListParams {
  planId?: string;
  status?: (typeof TASK_STATUSES)[number];
  page: number;
  pageSize: number;
}
