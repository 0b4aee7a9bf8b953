import { applicableItems } from '../../core/hazards/checklist-catalogue.ts';
import type { ChecklistItem } from '../../core/hazards/checklists/checklist.schema.ts';
import type { Task, TaskDetail, TaskListQuery } from '../../core/hazards/investigation-task.schema.ts';
import { offsetOf, type Page, type PageQuery } from '../../core/shared/pagination.ts';
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';
import { notFound } from '../http/errors.ts';
import { resolveChecklist } from './checklist.service.ts';
import { presentTask, presentTaskDetail } from './task.presenter.ts';
import { findTask, listTasks, resultsOf, type TaskRow } from './task.repository.ts';

export async function searchTasks(db: Db, actor: Actor, query: TaskListQuery & PageQuery, now = new Date()): Promise<Page<Task>> {
  const { rows, total } = await listTasks(db, actor.scope, query, query.pageSize, offsetOf(query), now);
  return { items: rows.map((r) => presentTask(r, now)), total, page: query.page, pageSize: query.pageSize };
}

/**
 * The items a task's enterprise answers: its plan's checklist (whoever wrote it: the plan made it the task's)
 * as far as it applies to the enterprise's industry now.
 */
export async function taskItems(db: Db, task: TaskRow): Promise<{ items: ChecklistItem[]; builtIn: boolean }> {
  const checklist = await resolveChecklist(db, null, task.builtin_checklist ?? task.checklist_id ?? '');
  if (!checklist) throw new Error(`plan ${task.plan_id} refers to a missing checklist`);
  return { items: applicableItems(checklist, task.enterprise_industry_code), builtIn: checklist.builtIn };
}

export async function getTask(db: Db, actor: Actor, id: string, now = new Date()): Promise<TaskDetail> {
  const row = await findTask(db, actor.scope, id);
  if (!row) throw notFound('Investigation task');
  const [{ items, builtIn }, results] = await Promise.all([taskItems(db, row), resultsOf(db, id)]);
  return presentTaskDetail(row, items, builtIn, results, now);
}
