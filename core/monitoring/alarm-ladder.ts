import { z } from 'zod';

/**
 * Reminders and escalation of an unacknowledged alarm (issue 4 "Lifecycle": enterprise on duty → department →
 * city). Like the hazard ladder (core/hazards/overdue.ts) the minutes are configuration [L]: no national text
 * fixes them; override with ANQUAN_ALARM_LADDER. AQ 1029 only requires that alarms reach dispatch at once.
 */
export const alarmLadderTargetSchema = z.enum(['enterprise', 'department', 'city']);
export type AlarmLadderTarget = z.infer<typeof alarmLadderTargetSchema>;

export const alarmLadderSchema = z
  .object({
    steps: z
      .array(z.strictObject({ target: alarmLadderTargetSchema, afterMinutes: z.number().min(0).max(7 * 24 * 60) }))
      .min(1)
      .superRefine((steps, ctx) => {
        steps.forEach((s, i) => {
          if (steps.findIndex((o) => o.target === s.target) !== i) ctx.addIssue({ code: 'custom', path: [i, 'target'], message: `repeats ${s.target}` });
          if (i > 0 && s.afterMinutes < steps[i - 1]!.afterMinutes) ctx.addIssue({ code: 'custom', path: [i, 'afterMinutes'], message: 'must not be less than the previous step' });
        });
      }),
    /** A reminder to the enterprise every N minutes while unacknowledged (0: none). */
    reminderEveryMinutes: z.number().min(0).max(24 * 60),
  })
  .strict();
export type AlarmLadder = z.infer<typeof alarmLadderSchema>;

/** Default [L]: the enterprise on duty at once, the supervising department after 10 min, the city after 30; reminders every 5 min. */
export const DEFAULT_ALARM_LADDER: AlarmLadder = {
  steps: [
    { target: 'enterprise', afterMinutes: 0 },
    { target: 'department', afterMinutes: 10 },
    { target: 'city', afterMinutes: 30 },
  ],
  reminderEveryMinutes: 5,
};

/** Steps due at `now` for an alarm opened at `openedAt` that are not yet done (≥: the 0-minute step fires at once). */
export function ladderStepsDue(openedAt: Date, now: Date, done: Iterable<AlarmLadderTarget>, ladder: AlarmLadder = DEFAULT_ALARM_LADDER) {
  const fired = new Set(done);
  const elapsed = now.getTime() - openedAt.getTime();
  return ladder.steps.filter((s) => !fired.has(s.target) && elapsed >= s.afterMinutes * 60_000);
}

/** Whether a reminder is due: every `reminderEveryMinutes` after opening, counted from the last reminder. */
export function reminderDue(openedAt: Date, lastReminder: Date | null, now: Date, ladder: AlarmLadder = DEFAULT_ALARM_LADDER): boolean {
  if (ladder.reminderEveryMinutes <= 0) return false;
  const from = lastReminder ?? openedAt;
  return now.getTime() - from.getTime() >= ladder.reminderEveryMinutes * 60_000;
}
