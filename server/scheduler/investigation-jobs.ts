import { systemActor, recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import { DEFAULT_ESCALATION_LADDER, type EscalationStep } from '../../core/hazards/overdue.ts';
import { escalateOverdueHazards } from '../hazards/hazard-escalation.job.ts';
import { deliverWebhooks } from '../webhooks/webhook-delivery.ts';
import { trimPartnerAccessLog } from '../partners/partner-client.service.ts';
import { findPlanForUpdate, plansWithPeriodsDue } from '../hazards/plan.repository.ts';
import { generatePlanTasks } from '../hazards/task-generation.service.ts';
import { markMissed } from '../hazards/task.repository.ts';
import type { ScheduledJob } from './scheduler.ts';

const scheduler = systemActor('scheduler');
const MISSED_BATCH = 5000;

/**
 * `generate-investigation-tasks`: for every plan with a started period that has no tasks yet, insert the missing
 * tasks (one transaction per plan, the plan locked). Safe to run any number of times.
 */
export async function generateInvestigationTasks(db: Db, now = new Date()): Promise<{ plans: number; tasks: number }> {
  const due = await plansWithPeriodsDue(db, now);
  let tasks = 0;
  for (const { id } of due) {
    tasks += await db.transaction().execute(async (tx) => {
      const plan = await findPlanForUpdate(tx, id);
      return plan ? generatePlanTasks(tx, plan, now, scheduler) : 0;
    });
  }
  return { plans: due.length, tasks };
}

/**
 * `mark-missed-tasks`: open tasks past their due time become `missed` (reads already show them missed; this
 * writes it down for statistics), with one audit event per plan and batch.
 */
export async function markMissedTasks(db: Db, now = new Date()): Promise<{ tasks: number }> {
  let total = 0;
  for (;;) {
    const marked = await db.transaction().execute(async (tx) => {
      const rows = await markMissed(tx, now, MISSED_BATCH);
      const byPlan = new Map<string, { tasks: number; periods: Set<string> }>();
      for (const r of rows) {
        const entry = byPlan.get(r.plan_id) ?? { tasks: 0, periods: new Set<string>() };
        entry.tasks++;
        entry.periods.add(r.period_start.toISOString());
        byPlan.set(r.plan_id, entry);
      }
      await recordAudit(
        tx,
        scheduler,
        [...byPlan].map(([planId, e]) => ({
          action: 'mark_tasks_missed',
          entity: 'investigation_plan',
          entityId: planId,
          after: { tasks: e.tasks, periodStarts: [...e.periods].sort(), dueBefore: now },
        })),
      );
      return rows.length;
    });
    total += marked;
    if (marked < MISSED_BATCH) return { tasks: total };
  }
}

/** The platform's timed jobs (docs/adr/0012), with the city's escalation ladder. */
export const platformJobs = (ladder: readonly EscalationStep[] = DEFAULT_ESCALATION_LADDER): readonly ScheduledJob[] => [
  { name: 'generate-investigation-tasks', everyMs: 60_000, run: generateInvestigationTasks },
  { name: 'mark-missed-tasks', everyMs: 60_000, run: markMissedTasks },
  { name: 'escalate-overdue-hazards', everyMs: 60_000, run: (db, now) => escalateOverdueHazards(db, now, ladder) },
  { name: 'deliver-webhooks', everyMs: 15_000, run: (db, now) => deliverWebhooks(db, now) },
  { name: 'trim-partner-access-log', everyMs: 3_600_000, run: (db, now) => trimPartnerAccessLog(db, now) },
];

export const investigationJobs = platformJobs();
