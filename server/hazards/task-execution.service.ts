import type { Transaction } from 'kysely';
import type { TaskDetail, TaskResultsBody } from '../../core/hazards/investigation-task.schema.ts';
import { executionRefusal, hazardOfFailedItem, mayExecuteTask, resultProblems } from '../../core/hazards/investigation-task.ts';
import { taskStatusSchema } from '../../core/hazards/investigation-task.schema.ts';
import { auditActorOf, type Actor } from '../auth/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import type { Database } from '../db/schema.ts';
import { AppError, conflict, invalid, notFound, type ErrorDetail } from '../http/errors.ts';
import { findEnterpriseById } from '../organisations/enterprise.repository.ts';
import { unattachablePhotos } from '../photos/photo.service.ts';
import { insertReportedHazard } from './hazard-report.ts';
import { getTask, taskItems } from './task.service.ts';
import { completeTask, findTaskForUpdate, insertResults, photosInResults } from './task.repository.ts';

/** Photos must be the caller's own uploads, attached to no hazard and recorded with no other result. */
async function checkPhotos(tx: Transaction<Database>, actor: Actor, body: TaskResultsBody) {
  const all = body.results.flatMap((r) => r.photoIds);
  const bad = new Set([...(await unattachablePhotos(tx, actor, all)), ...(await photosInResults(tx, all))]);
  const details: ErrorDetail[] = [];
  body.results.forEach((r, i) =>
    r.photoIds.forEach((id, k) => {
      if (bad.has(id)) details.push({ path: `results.${i}.photoIds.${k}`, message: 'is not a photo you uploaded, or is already used' });
    }),
  );
  if (details.length > 0) throw invalid(details);
}

/**
 * Executes a task: every applicable item gets exactly one result; each failed item becomes a hazard (prefilled
 * from the item, grade major for a major criterion, with the result's photos); the task is done. All of it —
 * results, hazards, their timeline and audit events, the task's state — commits together or not at all, under
 * the task's row lock, so a second execution sees the first and gets 409.
 */
export async function executeTask(db: Db, actor: Actor, id: string, body: TaskResultsBody, now = new Date()): Promise<TaskDetail> {
  await db.transaction().execute(async (tx) => {
    const task = await findTaskForUpdate(tx, actor.scope, id);
    if (!task) throw notFound('Investigation task');
    if (!mayExecuteTask(actor.role, { selfCheck: task.plan_enterprise_id !== null })) {
      throw new AppError('FORBIDDEN', 'A self-check task (the enterprise’s own plan) is recorded by the enterprise’s officers', [
        { path: '', message: 'is a self-check task', reason: 'self_check_task' },
      ]);
    }
    const refusal = executionRefusal({ status: taskStatusSchema.parse(task.status), periodStart: task.period_start, dueAt: task.due_at }, now);
    if (refusal) throw new AppError('INVALID_TRANSITION', refusal.message, [{ path: '', message: refusal.message, reason: refusal.reason }]);
    const enterprise = await findEnterpriseById(tx, actor.scope, task.enterprise_id);
    if (!enterprise) throw notFound('Investigation task');
    const { items } = await taskItems(tx, task);
    if (items.length === 0) {
      const message = `The plan’s checklist has no item for the enterprise’s industry ${enterprise.industry_code}`;
      throw conflict(message, [{ path: '', message, reason: 'no_checklist_items', params: { industry: enterprise.industry_code } }]);
    }
    const problems = resultProblems(items.map((i) => i.code), body.results);
    if (problems.length > 0) throw invalid(problems);
    await checkPhotos(tx, actor, body);

    const byCode = new Map(items.map((i) => [i.code, i]));
    const source = actor.role === 'enterprise' ? 'self_check' : 'inspection';
    const hazardIds = new Map<string, string>();
    for (const result of body.results) {
      if (result.outcome !== 'fail') continue;
      const hazard = hazardOfFailedItem(byCode.get(result.itemCode)!, result, { enterpriseId: enterprise.id, keyAreas: task.key_areas, foundAt: now, source });
      hazardIds.set(result.itemCode, await insertReportedHazard(tx, actor, enterprise, hazard, now));
    }
    const position = new Map(items.map((item, i) => [item.code, i]));
    await insertResults(
      tx,
      body.results.map((r) => ({
        task_id: id,
        item_code: r.itemCode,
        position: position.get(r.itemCode)!,
        outcome: r.outcome,
        note: r.note ?? null,
        hazard_id: hazardIds.get(r.itemCode) ?? null,
      })),
      body.results.flatMap((r) => r.photoIds.map((photo_id) => ({ photo_id, task_id: id, item_code: r.itemCode }))),
    );
    await completeTask(tx, id, { id: actor.userId, name: actor.displayName }, now);
    await recordAudit(tx, auditActorOf(actor), {
      action: 'complete',
      entity: 'investigation_task',
      entityId: id,
      before: { status: task.status },
      after: {
        status: 'done',
        results: body.results.map((r) => ({ itemCode: r.itemCode, outcome: r.outcome, hazardId: hazardIds.get(r.itemCode) ?? null })),
      },
    });
  });
  return getTask(db, actor, id, now);
}
