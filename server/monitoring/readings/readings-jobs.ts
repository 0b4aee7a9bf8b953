import type { RetentionDays } from '../../../core/monitoring/reading-validation.ts';
import type { ScheduledJob } from '../../scheduler/scheduler.ts';
import { createPartitionsAhead, dropExpiredPartitions } from './partitions.ts';
import { rollUpReadings } from './rollups.ts';

/** How often closed minutes are folded; queries aggregate the raw readings after the last fold themselves. */
export const ROLLUP_EVERY_MS = 5_000;

/**
 * Timed upkeep of the readings tables: partitions for the next days exist before readings arrive, and partitions
 * older than the retention ([L] ANQUAN_READINGS_RETENTION_DAYS, ANQUAN_ROLLUPS_RETENTION_DAYS) are dropped whole;
 * closed minutes are folded into the 1-minute and 1-hour roll-ups every few seconds (docs/adr/0026).
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
  { name: 'readings-rollups', everyMs: ROLLUP_EVERY_MS, run: (db, now) => rollUpReadings(db, now) },
];
