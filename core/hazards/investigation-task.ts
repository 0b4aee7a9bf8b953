import { hazardPrefillOf } from './checklists/checklist-rules.ts';
import type { ChecklistItem } from './checklists/checklist.schema.ts';
import type { HazardCreate, HazardSource } from './hazard.schema.ts';
import type { TaskResultInput, TaskStatus } from './investigation-task.schema.ts';
import { allows } from '../auth/permissions.ts';
import type { Role } from '../organisations/roles.ts';

/** Rules of executing an investigation task (排查任务), shared by the server and the web's execution screen. */

/**
 * Whether `role` may execute this task at all (before state and period). Executing is `investigations.execute`
 * (the enterprise, an inspector); a task of the enterprise's own plan is its self-check (自查, 16号令 Art. 10: the
 * unit investigates its own hazards), which only its officers record — an inspector records the tasks of a
 * department's plan, on the spot.
 */
export function mayExecuteTask(role: Role, task: { selfCheck: boolean }): boolean {
  if (!allows(role, 'investigations.execute')) return false;
  return role === 'enterprise' || !task.selfCheck;
}

/**
 * The status as of `now`: an open task whose due time has passed is `missed` at once, like an overdue hazard —
 * the scheduler's `mark-missed-tasks` job only writes down what already holds.
 */
export function taskStatusAt(task: { status: TaskStatus; dueAt: Date }, now: Date): TaskStatus {
  return task.status === 'open' && now > task.dueAt ? 'missed' : task.status;
}

/**
 * Why a task cannot be executed now, or null when it can: only an open task, within its period. Executing twice,
 * after the period or before it has started is refused (409 INVALID_TRANSITION).
 */
export function executionRefusal(task: { status: TaskStatus; periodStart: Date; dueAt: Date }, now: Date): { reason: string; message: string } | null {
  const status = taskStatusAt(task, now);
  if (status === 'done') return { reason: 'task_done', message: 'The task has already been executed' };
  if (status === 'missed') return { reason: 'task_missed', message: 'The task’s period has ended: it was missed' };
  if (now < task.periodStart) return { reason: 'task_not_started', message: 'The task’s period has not started yet' };
  return null;
}

export interface ResultProblem {
  path: string;
  message: string;
}

/**
 * Every applicable item needs exactly one result: unknown and repeated items are named where they are, missing
 * ones together under `results`; a photo may serve one result only.
 */
export function resultProblems(itemCodes: readonly string[], results: readonly Pick<TaskResultInput, 'itemCode' | 'photoIds'>[]): ResultProblem[] {
  const problems: ResultProblem[] = [];
  const known = new Set(itemCodes);
  const seen = new Map<string, number>();
  const photos = new Map<string, string>();
  results.forEach((r, i) => {
    if (!known.has(r.itemCode)) problems.push({ path: `results.${i}.itemCode`, message: `${r.itemCode} is not an item of this task’s checklist` });
    else if (seen.has(r.itemCode)) problems.push({ path: `results.${i}.itemCode`, message: `${r.itemCode} already has a result (results.${seen.get(r.itemCode)})` });
    else seen.set(r.itemCode, i);
    r.photoIds.forEach((id, k) => {
      const path = `results.${i}.photoIds.${k}`;
      if (photos.has(id)) problems.push({ path, message: `is already used by ${photos.get(id)}` });
      else photos.set(id, path);
    });
  });
  const missing = itemCodes.filter((code) => !seen.has(code));
  if (missing.length > 0) problems.push({ path: 'results', message: `needs a result for ${missing.length === 1 ? 'item' : 'items'} ${missing.join(', ')}` });
  return problems;
}

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/**
 * The hazard a failed item creates (hazards issue: "a failed item creates a hazard prefilled from the item (grade
 * `major` where the item is a major criterion)"): grade, legal basis and item code from `hazardPrefillOf`, the
 * item's text as title, the note after it in the description, the result's photos. Where unless the result says:
 * the plan's key areas. Category unless the result says: management (GB/T 13861 class 4) — an unanswered
 * checklist requirement is first a failure of management; the result can name the class it saw.
 */
export function hazardOfFailedItem(
  item: ChecklistItem,
  result: TaskResultInput,
  context: { enterpriseId: string; keyAreas: readonly string[]; foundAt: Date; source: HazardSource },
): HazardCreate {
  const prefill = hazardPrefillOf(item);
  const description = result.note ? `${prefill.description}\n\n${result.note}` : prefill.description;
  return {
    enterpriseId: context.enterpriseId,
    title: clip(item.text, 200),
    description: clip(description, 5000),
    location: result.location ?? clip(context.keyAreas.join('、'), 200),
    source: context.source,
    category: result.category ?? 'management',
    grade: prefill.grade,
    foundAt: context.foundAt,
    legalBasis: prefill.legalBasis,
    checklistItemId: prefill.checklistItemId,
    photoIds: result.photoIds,
  };
}
