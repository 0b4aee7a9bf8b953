import type { Task, TaskDetail, TaskResult } from '../../core/hazards/investigation-task.schema.ts';
import { resultOutcomeSchema, taskStatusSchema } from '../../core/hazards/investigation-task.schema.ts';
import { taskStatusAt } from '../../core/hazards/investigation-task.ts';
import { presentChecklistItem } from '../../core/hazards/checklist-catalogue.ts';
import type { ChecklistItem } from '../../core/hazards/checklists/checklist.schema.ts';
import type { TaskRow } from './task.repository.ts';

export function presentTask(row: TaskRow, now: Date): Task {
  return {
    id: row.id,
    planId: row.plan_id,
    planName: row.plan_name,
    selfCheck: row.plan_enterprise_id !== null,
    enterpriseId: row.enterprise_id,
    enterpriseName: row.enterprise_name,
    periodStart: row.period_start.toISOString(),
    periodEnd: row.period_end.toISOString(),
    dueAt: row.due_at.toISOString(),
    status: taskStatusAt({ status: taskStatusSchema.parse(row.status), dueAt: row.due_at }, now),
    completedAt: row.completed_at?.toISOString() ?? null,
    completedBy: row.completed_at ? { id: row.completed_by, name: row.completed_by_name ?? '' } : null,
  };
}

export interface ResultRow {
  item_code: string;
  outcome: string;
  note: string | null;
  hazard_id: string | null;
  photo_ids: string[];
}

export function presentTaskDetail(row: TaskRow, items: ChecklistItem[], builtIn: boolean, results: ResultRow[], now: Date): TaskDetail {
  const presented: TaskResult[] = results.map((r) => ({
    itemCode: r.item_code,
    outcome: resultOutcomeSchema.parse(r.outcome),
    note: r.note,
    photoIds: r.photo_ids,
    hazardId: r.hazard_id,
  }));
  return {
    ...presentTask(row, now),
    keyAreas: row.key_areas,
    checklist: { id: row.builtin_checklist ?? row.checklist_id ?? '', name: row.checklist_name, builtIn },
    items: items.map((i) => presentChecklistItem(i, builtIn)),
    results: presented,
  };
}
