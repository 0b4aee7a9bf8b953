import type { Transaction } from 'kysely';
import { investigationFrequencySchema } from '../../core/hazards/investigation-periods.ts';
import { periodsToGenerate, tasksToGenerate, type PlanSchedule } from '../../core/hazards/task-generation.ts';
import { recordAudit, type AuditActor } from '../audit/audit.service.ts';
import type { Database } from '../db/schema.ts';
import { planEnterpriseIds, setNextPeriodAt, type PlanRow } from './plan.repository.ts';
import { insertTasks } from './task.repository.ts';

const scheduleOf = (plan: PlanRow): PlanSchedule => ({
  frequency: investigationFrequencySchema.parse(plan.frequency),
  startsAt: plan.starts_at,
  endsAt: plan.ends_at,
  nextPeriodAt: plan.next_period_at,
});

/**
 * Inserts the tasks of a plan's periods that have started by `now` and have none yet (core `tasksToGenerate`),
 * moves its watermark and records one audit event for the lot, in the caller's transaction; the plan row should
 * be new or locked. Idempotent: the watermark skips generated periods and the unique key any task that exists.
 * Returns the number of tasks inserted.
 */
export async function generatePlanTasks(tx: Transaction<Database>, plan: PlanRow, now: Date, actor: AuditActor): Promise<number> {
  const schedule = scheduleOf(plan);
  if (periodsToGenerate(schedule, now).length === 0) return 0;
  const enterpriseIds = await planEnterpriseIds(tx, plan.id);
  const { tasks, periods, nextPeriodAt } = tasksToGenerate(schedule, enterpriseIds, now);
  const inserted = await insertTasks(tx, plan.id, tasks);
  await setNextPeriodAt(tx, plan.id, nextPeriodAt);
  await recordAudit(tx, actor, {
    action: 'generate_tasks',
    entity: 'investigation_plan',
    entityId: plan.id,
    before: { nextPeriodAt: plan.next_period_at },
    after: { nextPeriodAt, periods: periods.map((p) => ({ start: p.start, dueAt: p.dueAt })), enterprises: enterpriseIds.length, tasks: inserted },
  });
  return inserted;
}
