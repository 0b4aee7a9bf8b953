import { periodsOf, type InvestigationFrequency, type PeriodWindow } from './investigation-periods.ts';

/**
 * Which investigation tasks a plan should have by a given instant (hazards issue: "Tasks are generated per
 * enterprise per period by the scheduler"). Pure: the server inserts what this returns, idempotently.
 */

export interface PlanSchedule {
  frequency: InvestigationFrequency;
  /** First instant of the start date, Asia/Shanghai. */
  startsAt: Date;
  /** First instant after the end date (exclusive). */
  endsAt: Date;
  /**
   * Where generation resumes: `startsAt` for a new plan, then the end of the last period that has tasks. Periods
   * are contiguous, so the next one starts exactly there.
   */
  nextPeriodAt: Date;
}

export interface TaskToCreate {
  enterpriseId: string;
  periodStart: Date;
  periodEnd: Date;
  dueAt: Date;
}

/**
 * The periods (`periodsOf`) that have started by `now`, are not generated yet and begin before the plan ends. The
 * first period of a plan may begin before its start date (a weekly plan starting on a Wednesday has the week from
 * Monday) but is generated only once the plan has started; the last may run past its end date, and is due at its
 * own end. Nothing before the start, nothing twice.
 */
export function periodsToGenerate(plan: PlanSchedule, now: Date): PeriodWindow[] {
  if (now < plan.startsAt) return [];
  const to = new Date(Math.min(plan.endsAt.getTime(), now.getTime() + 1));
  return periodsOf(plan.frequency, plan.nextPeriodAt, to);
}

/**
 * One task per enterprise per period to generate, and where the next generation resumes. Running it again with
 * the returned `nextPeriodAt` yields nothing until another period starts.
 */
export function tasksToGenerate(plan: PlanSchedule, enterpriseIds: readonly string[], now: Date): { tasks: TaskToCreate[]; periods: PeriodWindow[]; nextPeriodAt: Date } {
  const periods = periodsToGenerate(plan, now);
  const tasks = periods.flatMap((p) => enterpriseIds.map((enterpriseId) => ({ enterpriseId, periodStart: p.start, periodEnd: p.end, dueAt: p.dueAt })));
  return { tasks, periods, nextPeriodAt: periods.at(-1)?.end ?? plan.nextPeriodAt };
}

/** Whether a plan may still get tasks: its generation has not passed its end. */
export const hasPeriodsLeft = (plan: Pick<PlanSchedule, 'endsAt' | 'nextPeriodAt'>) => plan.nextPeriodAt < plan.endsAt;
