import type { AlarmLadder } from '../../core/monitoring/alarm-ladder.ts';
import { DEFAULT_ALARM_LADDER } from '../../core/monitoring/alarm-ladder.ts';
import type { ScheduledJob } from '../scheduler/scheduler.ts';
import { escalateAlarms } from './alarm-escalation.job.ts';
import type { AlarmEvaluator } from './alarm-evaluator.ts';
import { bridgeLongPowerOffs } from './alarm-hazard-bridge.ts';

/**
 * The monitoring jobs (docs/adr/0014): the stale check goes through the evaluator (its in-memory state knows the
 * last reading of each sensor), so it writes through the same queue as the readings; the other two are plain
 * database jobs. Add them to the platform's scheduler next to platformJobs.
 */
export const alarmJobs = (evaluator: AlarmEvaluator, ladder: AlarmLadder = DEFAULT_ALARM_LADDER): readonly ScheduledJob[] => [
  { name: 'check-stale-sensors', everyMs: 10_000, run: (_db, now) => evaluator.checkStale(now) },
  { name: 'escalate-alarms', everyMs: 30_000, run: (db, now) => escalateAlarms(db, now, ladder) },
  { name: 'bridge-long-power-offs', everyMs: 30_000, run: (db, now) => bridgeLongPowerOffs(db, now) },
];
