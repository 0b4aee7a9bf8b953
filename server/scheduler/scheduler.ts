import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Logger } from 'pino';
import type { Db } from '../db/database.ts';
import { investigationJobs } from './investigation-jobs.ts';

/**
 * Timed work (docs/architecture.md): each job runs every `everyMs` in every instance, but only where it gets its
 * PostgreSQL session-level advisory lock, so exactly one instance runs a job at a time and a crashed runner's
 * lock goes with its connection. Jobs are plain functions of (db, now); the db they get is the locked connection.
 */

export interface ScheduledJob {
  name: string;
  everyMs: number;
  run(db: Db, now: Date): Promise<unknown>;
}

export interface Scheduler {
  stop(): Promise<void>;
}

/** Advisory-lock namespace of scheduler jobs (migrations use 72_616_001, the audit chain 72_616_002). */
const JOB_LOCK_NAMESPACE = 72_616_003;

/** The job's lock key within the namespace: a stable 32-bit hash of its name. */
export const jobLockKey = (name: string) => createHash('sha256').update(name).digest().readInt32BE(0);

/**
 * Runs `work` on one pooled connection while holding the job's session-level advisory lock, or does nothing when
 * another session holds it. The lock is released before the connection returns to the pool.
 */
export async function runExclusively<T>(db: Db, name: string, work: (conn: Db) => Promise<T>): Promise<{ ran: true; result: T } | { ran: false }> {
  return db.connection().execute(async (conn) => {
    const key = jobLockKey(name);
    const { rows } = await sql<{ locked: boolean }>`SELECT pg_try_advisory_lock(${JOB_LOCK_NAMESPACE}::int, ${key}::int) AS locked`.execute(conn);
    if (!rows[0]?.locked) return { ran: false } as const;
    try {
      return { ran: true, result: await work(conn) } as const;
    } finally {
      await sql`SELECT pg_advisory_unlock(${JOB_LOCK_NAMESPACE}::int, ${key}::int)`.execute(conn);
    }
  });
}

/**
 * Starts the jobs: the first run at once, then `everyMs` after each run ends (runs of one job never overlap in a
 * process). A failing run is logged and retried at the next tick. `stop()` cancels the timers and waits for the
 * runs in progress.
 */
export function startScheduler(db: Db, logger: Logger, jobs: readonly ScheduledJob[] = investigationJobs): Scheduler {
  let stopped = false;
  const timers = new Map<string, NodeJS.Timeout>();
  const running = new Set<Promise<void>>();
  const log = logger.child({ component: 'scheduler' });

  const tick = (job: ScheduledJob) => {
    timers.delete(job.name);
    if (stopped) return;
    const run = (async () => {
      const started = Date.now();
      try {
        const outcome = await runExclusively(db, job.name, (conn) => job.run(conn, new Date()));
        if (outcome.ran) log.debug({ job: job.name, result: outcome.result, ms: Date.now() - started }, 'job ran');
        else log.debug({ job: job.name }, 'job skipped: another instance runs it');
      } catch (error) {
        log.error({ err: error, job: job.name }, 'job failed');
      }
    })();
    running.add(run);
    void run.finally(() => {
      running.delete(run);
      schedule(job, job.everyMs);
    });
  };

  const schedule = (job: ScheduledJob, delay: number) => {
    if (stopped) return;
    const timer = setTimeout(() => tick(job), delay);
    timer.unref();
    timers.set(job.name, timer);
  };

  for (const job of jobs) schedule(job, 0);
  return {
    async stop() {
      stopped = true;
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
      await Promise.all(running);
    },
  };
}
