import { sql, type Insertable, type RawBuilder, type SqlBool } from 'kysely';
import type { TaskToCreate } from '../../core/hazards/task-generation.ts';
import type { TaskListQuery } from '../../core/hazards/investigation-task.schema.ts';
import type { Scope } from '../../core/organisations/scope.ts';
import { tryParseDeadline } from '../../core/shared/deadline.ts';
import type { Db } from '../db/database.ts';
import type { InvestigationResultPhotosTable, InvestigationTaskResultsTable } from '../db/schema.ts';
import { inScope } from '../organisations/scope-condition.ts';

const BATCH = 1000;

/** A task with what its views show of its plan and enterprise. Scope is its enterprise's (joined). */
const withPlanAndEnterprise = (db: Db) =>
  db
    .selectFrom('investigation_tasks as t')
    .innerJoin('enterprises', 'enterprises.id', 't.enterprise_id')
    .innerJoin('investigation_plans as p', 'p.id', 't.plan_id')
    .selectAll('t')
    .select([
      'enterprises.name as enterprise_name',
      'enterprises.industry_code as enterprise_industry_code',
      'p.name as plan_name',
      'p.enterprise_id as plan_enterprise_id',
      'p.key_areas',
      'p.builtin_checklist',
      'p.checklist_id',
      'p.checklist_name',
    ]);

export type TaskRow = Awaited<ReturnType<ReturnType<typeof withPlanAndEnterprise>['executeTakeFirstOrThrow']>>;

/** Inserts tasks in batches; a task that exists already (same plan, enterprise, period) is left alone. */
export async function insertTasks(db: Db, planId: string, tasks: readonly TaskToCreate[]): Promise<number> {
  let inserted = 0;
  for (let i = 0; i < tasks.length; i += BATCH) {
    const rows = tasks.slice(i, i + BATCH).map((t) => ({
      plan_id: planId,
      enterprise_id: t.enterpriseId,
      period_start: t.periodStart,
      period_end: t.periodEnd,
      due_at: t.dueAt,
    }));
    const result = await db
      .insertInto('investigation_tasks')
      .values(rows)
      .onConflict((oc) => oc.columns(['plan_id', 'enterprise_id', 'period_start']).doNothing())
      .executeTakeFirst();
    inserted += Number(result.numInsertedOrUpdatedRows ?? 0);
  }
  return inserted;
}

/** Scope and filters. Open and missed are decided against `now`: a task is missed the moment it is due. */
function listCondition(scope: Scope, f: TaskListQuery, now: Date): RawBuilder<SqlBool> {
  const c: RawBuilder<unknown>[] = [inScope(scope, 'enterprises')];
  if (f.planId) c.push(sql`t.plan_id = ${f.planId}`);
  if (f.enterpriseId) c.push(sql`t.enterprise_id = ${f.enterpriseId}`);
  if (f.status === 'done') c.push(sql`t.status = 'done'`);
  if (f.status === 'open') c.push(sql`t.status = 'open' AND t.due_at >= ${now}`);
  if (f.status === 'missed') c.push(sql`(t.status = 'missed' OR (t.status = 'open' AND t.due_at < ${now}))`);
  if (f.dueBefore) {
    const bound = tryParseDeadline(f.dueBefore);
    if (bound.ok) c.push(sql`t.due_at <= ${bound.value}`);
  }
  return sql<SqlBool>`${sql.join(c, sql` AND `)}`;
}

export async function listTasks(db: Db, scope: Scope, f: TaskListQuery, limit: number, offset: number, now: Date) {
  const where = listCondition(scope, f, now);
  const direction = f.sort === 'dueAt' ? 'asc' : 'desc';
  const [rows, count] = await Promise.all([
    withPlanAndEnterprise(db).where(where).orderBy('t.due_at', direction).orderBy('t.id', direction).limit(limit).offset(offset).execute(),
    db
      .selectFrom('investigation_tasks as t')
      .innerJoin('enterprises', 'enterprises.id', 't.enterprise_id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where(where)
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export function findTask(db: Db, scope: Scope, id: string): Promise<TaskRow | undefined> {
  return withPlanAndEnterprise(db).where('t.id', '=', id).where(inScope(scope, 'enterprises')).executeTakeFirst();
}

/** Locks the task for the rest of the transaction: of two executions, the second sees the first's result. */
export function findTaskForUpdate(db: Db, scope: Scope, id: string): Promise<TaskRow | undefined> {
  return withPlanAndEnterprise(db).where('t.id', '=', id).where(inScope(scope, 'enterprises')).forUpdate('t').executeTakeFirst();
}

export function completeTask(db: Db, id: string, by: { id: string; name: string }, at: Date) {
  return db.updateTable('investigation_tasks').set({ status: 'done', completed_at: at, completed_by: by.id, completed_by_name: by.name }).where('id', '=', id).execute();
}

export async function insertResults(db: Db, results: Insertable<InvestigationTaskResultsTable>[], photos: Insertable<InvestigationResultPhotosTable>[]) {
  await db.insertInto('investigation_task_results').values(results).execute();
  if (photos.length > 0) await db.insertInto('investigation_result_photos').values(photos).execute();
}

export async function resultsOf(db: Db, taskId: string) {
  const [results, photos] = await Promise.all([
    db.selectFrom('investigation_task_results').selectAll().where('task_id', '=', taskId).orderBy('position').execute(),
    db.selectFrom('investigation_result_photos').select(['photo_id', 'item_code']).where('task_id', '=', taskId).execute(),
  ]);
  return results.map((r) => ({ ...r, photo_ids: photos.filter((p) => p.item_code === r.item_code).map((p) => p.photo_id) }));
}

/** Of these photos, those already recorded with a result. */
export async function photosInResults(db: Db, photoIds: readonly string[]): Promise<string[]> {
  if (photoIds.length === 0) return [];
  const rows = await db.selectFrom('investigation_result_photos').select('photo_id').where(sql<SqlBool>`photo_id = ANY(${photoIds}::uuid[])`).execute();
  return rows.map((r) => r.photo_id);
}

/**
 * Open tasks past their due time become `missed`, a batch at a time; a task being executed right now (row
 * locked) is skipped and settles itself. Returns the plan and period of each task marked.
 */
export async function markMissed(db: Db, now: Date, limit: number) {
  const { rows } = await sql<{ id: string; plan_id: string; period_start: Date }>`
    UPDATE investigation_tasks SET status = 'missed'
    WHERE id IN (
      SELECT id FROM investigation_tasks WHERE status = 'open' AND due_at < ${now}
      ORDER BY due_at LIMIT ${limit} FOR UPDATE SKIP LOCKED
    )
    RETURNING id, plan_id, period_start`.execute(db);
  return rows;
}
