import type { RetentionDays } from '../../../core/monitoring/reading-validation.ts';
import type { ScheduledJob } from '../../scheduler/scheduler.ts';
import { createPartitionsAhead, dropExpiredPartitions } from './partitions.ts';

/**
 * Timed upkeep of the readings tables: partitions for the next days exist before readings arrive, and partitions
 * older than the retention ([L] ANQUAN_READINGS_RETENTION_DAYS, ANQUAN_ROLLUPS_RETENTION_DAYS) are dropped whole.
 */
export const readingsJobs = (retention: RetentionDays): ScheduledJob[] => [
  {
    name: 'readings-partitions',
    everyMs: 60 * 60_000,
    async run(db, now) {
      await createPartitionsAhead(db, now, 3);
      return { dropped: await dropExpiredPartitions(db, now, retention) };
    },
  },
];
