import { z } from 'zod';
import { DAY_MS } from '../shared/city-time.ts';
import type { HazardStatus } from './hazard.schema.ts';

/**
 * Whether a hazard is overdue (hazards issue "overdue"): its deadline has passed and it is not closed. Computed
 * from the clock, not by a nightly job, so it is true from the first millisecond after the deadline.
 *
 * A deadline is the last allowed instant (a bare date means 23:59:59.999 +08:00 that day, core/shared/deadline.ts),
 * so at exactly the deadline a hazard is NOT yet overdue: `now > deadline`, strictly. A hazard waiting for review
 * after its deadline is overdue too: only closing (销号) stops the clock. No deadline → never overdue.
 */
export function isOverdue(hazard: { status: HazardStatus; deadline?: Date | null | undefined }, now: Date): boolean {
  return hazard.status !== 'closed' && hazard.deadline != null && now.getTime() > hazard.deadline.getTime();
}

/** Who is told, rung by rung (hazards issue: enterprise principal → supervising department → district → city). */
export const escalationTargetSchema = z.enum(['enterprise_principal', 'supervising_department', 'district', 'city']);
export type EscalationTarget = z.infer<typeof escalationTargetSchema>;

export const escalationStepSchema = z.strictObject({
  target: escalationTargetSchema,
  afterDays: z.number().min(0, 'must not be negative').max(366, 'must be at most 366').describe('days overdue before this step fires'),
});
export type EscalationStep = z.infer<typeof escalationStepSchema>;

/** A ladder: each target at most once, delays never decreasing from one step to the next. */
export const escalationLadderSchema = z
  .array(escalationStepSchema)
  .min(1, 'needs at least one step')
  .superRefine((steps, ctx) => {
    steps.forEach((step, i) => {
      if (steps.findIndex((s) => s.target === step.target) !== i) {
        ctx.addIssue({ code: 'custom', path: [i, 'target'], message: `repeats ${step.target}` });
      }
      const previous = steps[i - 1];
      if (previous && step.afterDays < previous.afterDays) {
        ctx.addIssue({ code: 'custom', path: [i, 'afterDays'], message: 'must not be less than the previous step' });
      }
    });
  });

/**
 * Default ladder [L] — configuration, not law: no national text fixes these delays. Enterprise principal as soon
 * as the hazard is overdue, the supervising department after 1 day, the district after 3, the city after 7.
 * Confirm with the bureau before go-live (domain-rules §0: treat every [L] figure as configuration).
 */
export const DEFAULT_ESCALATION_LADDER: readonly EscalationStep[] = [
  { target: 'enterprise_principal', afterDays: 0 },
  { target: 'supervising_department', afterDays: 1 },
  { target: 'district', afterDays: 3 },
  { target: 'city', afterDays: 7 },
];

/**
 * The escalation steps to fire now for an overdue hazard (hazards issue: "the scheduler escalates an overdue hazard
 * along a configurable ladder … each step an audit event and a notification"), in ladder order.
 *
 * `overdueSince` is the deadline that was missed. A step with delay d is due once `now > overdueSince + d`
 * (strictly, like `isOverdue`), so the 0-day step fires exactly when the hazard turns overdue and the 1-day step
 * once it has been overdue for more than 24 hours (China has no DST: a day is 24 h). Steps already notified are
 * left out, so calling again with the returned targets added gives [] (idempotent), and a scheduler that was down
 * gets every missed step at once. Key `alreadyNotified` by deadline: after a granted extension a hazard that falls
 * overdue again climbs the ladder from the bottom. Callers check `isOverdue` first; a closed hazard escalates
 * no further.
 */
export function escalationStepsDue(
  overdueSince: Date,
  now: Date,
  alreadyNotified: Iterable<EscalationTarget>,
  ladder: readonly EscalationStep[] = DEFAULT_ESCALATION_LADDER,
): EscalationStep[] {
  const done = new Set(alreadyNotified);
  const overdueMs = now.getTime() - overdueSince.getTime();
  return ladder.filter((step) => !done.has(step.target) && overdueMs > Math.round(step.afterDays * DAY_MS));
}
