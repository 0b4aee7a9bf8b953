import type { ScheduledJob } from '../scheduler/scheduler.ts';
import { trimChangeLog } from './change-log-trim.ts';

/** The change feeds' timed work: the log's retention (docs/adr/0041). Daily: a thin band ages out each day. */
export const partnerJobs = (changeLogRetentionDays: number): readonly ScheduledJob[] => [
  { name: 'trim-change-log', everyMs: 86_400_000, run: (db, now) => trimChangeLog(db, now, changeLogRetentionDays) },
];
