import { sql } from 'kysely';
import type { AcceptedReading, RejectionReason } from '../../../core/monitoring/reading-validation.ts';
import type { Db } from '../../db/database.ts';
import type { StoredReading } from '../reading-listener.ts';
import { ensurePartitions, forgetPartitions } from '../readings/partitions.ts';
import { holdWatermarkShared } from '../readings/rollups.ts';

/** One caller's share of a group commit: its checked readings and the rejections to count for its key. */
export interface WriteJob {
  deviceKeyId: string | null;
  readings: readonly AcceptedReading[];
  rejections?: ReadonlyMap<RejectionReason, number>;
}

export interface WriteOutcome {
  accepted: number;
  duplicates: number;
}

interface Pending {
  job: WriteJob;
  resolve(outcome: WriteOutcome): void;
  reject(error: unknown): void;
}

export interface WriterOptions {
  /** How long a flush waits for more jobs once the first arrives (group commit). */
  lingerMs?: number;
  /** A flush starts at once when this many readings wait. */
  maxRows?: number;
  /** Flushes in flight at once (each is one transaction on its own connection). */
  concurrency?: number;
}

/**
 * Group commit of readings (docs/adr/0016): jobs that arrive within a few milliseconds share one transaction —
 * one multi-row INSERT … SELECT FROM unnest(arrays) ON CONFLICT DO NOTHING into the partitioned table, late marks
 * for readings the roll-up job has already passed (docs/adr/0026), and the device keys' counters. Every job
 * resolves only after that transaction has committed, so its caller acknowledges durable readings; then the
 * stored readings go to `afterCommit` (listeners), in commit order.
 */
export class ReadingWriter {
  readonly #lingerMs: number;
  readonly #maxRows: number;
  readonly #concurrency: number;
  #queue: Pending[] = [];
  #queuedRows = 0;
  #timer: NodeJS.Timeout | undefined;
  #inFlight = 0;
  readonly #flushes = new Set<Promise<void>>();
  /** Flushes are numbered as they start; their stored readings go to `afterCommit` in that order (see #deliver). */
  #started = 0;
  #delivered = 0;
  readonly #finished = new Map<number, StoredReading[] | null>();

  constructor(
    private readonly db: Db,
    private readonly afterCommit: (stored: StoredReading[], seq: number) => void,
    options: WriterOptions = {},
  ) {
    this.#lingerMs = options.lingerMs ?? 2;
    this.#maxRows = options.maxRows ?? 20_000;
    this.#concurrency = options.concurrency ?? 2;
  }

  submit(job: WriteJob): Promise<WriteOutcome> {
    return new Promise<WriteOutcome>((resolve, reject) => {
      this.#queue.push({ job, resolve, reject });
      this.#queuedRows += job.readings.length;
      this.#schedule();
    });
  }

  /** The number of the last flush started: a flush numbered above it had not begun when this was read. */
  get started(): number {
    return this.#started;
  }

  /** Waits for everything submitted so far to be written (or fail). */
  async drain(): Promise<void> {
    while (this.#queue.length > 0 || this.#flushes.size > 0) {
      if (this.#queue.length > 0 && this.#inFlight < this.#concurrency) this.#flush();
      await Promise.race([...this.#flushes, new Promise((r) => setTimeout(r, this.#lingerMs + 1))]);
    }
  }

  #schedule() {
    if (this.#inFlight >= this.#concurrency) return; // the flush that ends picks the queue up
    if (this.#queuedRows >= this.#maxRows) {
      this.#flush();
      return;
    }
    this.#timer ??= setTimeout(() => {
      this.#timer = undefined;
      this.#flush();
    }, this.#lingerMs);
  }

  #flush() {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#queue.length === 0) return;
    const batch: Pending[] = [];
    let rows = 0;
    while (this.#queue.length > 0 && (batch.length === 0 || rows + this.#queue[0]!.job.readings.length <= this.#maxRows)) {
      const next = this.#queue.shift()!;
      rows += next.job.readings.length;
      batch.push(next);
    }
    this.#queuedRows -= rows;
    this.#inFlight++;
    const flush = this.#write(batch, ++this.#started).finally(() => {
      this.#inFlight--;
      this.#flushes.delete(flush);
      if (this.#queue.length > 0) this.#schedule();
    });
    this.#flushes.add(flush);
  }

  async #write(batch: Pending[], seq: number): Promise<void> {
    let stored: StoredReading[] | null = null;
    try {
      const written = await this.#writeWithRetry(batch.map((p) => p.job));
      stored = written.stored;
      batch.forEach((p, i) => p.resolve(written.outcomes[i]!));
    } catch (error) {
      for (const p of batch) p.reject(error);
    } finally {
      this.#deliver(seq, stored);
    }
  }

  /**
   * Hands stored readings on in the order the flushes started, not the order they committed: with two flushes in
   * flight the later one may commit first, and a listener that judges readings in timestamp order must not see a
   * device's next readings before its previous ones (issue 12 §1). A failed flush passes its turn.
   */
  #deliver(seq: number, stored: StoredReading[] | null) {
    this.#finished.set(seq, stored);
    while (this.#finished.has(this.#delivered + 1)) {
      const next = ++this.#delivered;
      const readings = this.#finished.get(next)!;
      this.#finished.delete(next);
      if (readings && readings.length > 0) this.afterCommit(readings, next);
    }
  }

  async #writeWithRetry(jobs: WriteJob[]) {
    for (let attempt = 0; ; attempt++) {
      try {
        return await writeJobs(this.db, jobs);
      } catch (error) {
        const code = (error as { code?: string }).code;
        // 23514: no partition for a row (dropped by retention meanwhile); 40P01/40001: retry the whole group.
        if (attempt < 3 && (code === '23514' || code === '40P01' || code === '40001')) {
          if (code === '23514') forgetPartitions(this.db);
          continue;
        }
        throw error;
      }
    }
  }
}

const key = (num: number, ts: number) => `${num}:${ts}`;

/** One transaction for a group of jobs; exported for the benchmarks and tests. */
export async function writeJobs(db: Db, jobs: readonly WriteJob[]): Promise<{ outcomes: WriteOutcome[]; stored: StoredReading[] }> {
  const all = jobs.flatMap((j) => j.readings);
  if (all.length > 0) await ensurePartitions(db, sortedTimestamps(all));
  const nums: number[] = new Array(all.length);
  const stamps: number[] = new Array(all.length);
  const values: number[] = new Array(all.length);
  const flags: boolean[] = new Array(all.length);
  const statuses: Array<string | null> = new Array(all.length);
  all.forEach((r, i) => {
    nums[i] = r.sensor.num;
    stamps[i] = r.ts;
    values[i] = r.value;
    flags[i] = r.outOfRange;
    statuses[i] = r.status;
  });

  return db.transaction().execute(async (tx) => {
    const inserted = new Set<string>();
    if (all.length > 0) {
      await holdWatermarkShared(tx);
      const { rows } = await sql<{ sensor_num: number; ms: number }>`
        WITH input AS (
          SELECT n AS sensor_num, to_timestamp(ms / 1000) AS ts, v AS value, o AS out_of_range, s AS status
          FROM unnest(${nums}::int[], ${stamps}::float8[], ${values}::float8[], ${flags}::bool[], ${statuses}::text[]) AS t(n, ms, v, o, s)
        ), ins AS (
          INSERT INTO readings (sensor_num, ts, value, out_of_range, status)
          SELECT sensor_num, ts, value, out_of_range, status FROM input ORDER BY sensor_num, ts
          ON CONFLICT DO NOTHING
          RETURNING sensor_num, ts
        ), late AS (
          -- Minutes the roll-up job has already folded (or is folding) get recomputed by it (docs/adr/0026).
          INSERT INTO readings_rollup_late (sensor_num, bucket)
          SELECT DISTINCT sensor_num, date_trunc('minute', ts, 'UTC') FROM ins
          WHERE ts < (SELECT watermark FROM readings_rollup_progress)
          ORDER BY 1, 2
          ON CONFLICT DO NOTHING
        )
        SELECT sensor_num, round(extract(epoch FROM ts) * 1000)::float8 AS ms FROM ins`.execute(tx);
      for (const r of rows) inserted.add(key(r.sensor_num, r.ms));
    }

    // A reading counts as accepted for the first job that carried it; any other copy is a duplicate.
    const stored: StoredReading[] = [];
    const counters = new Map<string, { accepted: number; duplicates: number }>();
    const rejections = new Map<string, number>();
    const outcomes = jobs.map((job) => {
      let accepted = 0;
      for (const r of job.readings) {
        if (inserted.delete(key(r.sensor.num, r.ts))) {
          accepted++;
          stored.push({ sensorId: r.sensor.id, ts: r.ts, value: r.value, outOfRange: r.outOfRange });
        }
      }
      const outcome = { accepted, duplicates: job.readings.length - accepted };
      if (job.deviceKeyId) {
        const c = counters.get(job.deviceKeyId) ?? { accepted: 0, duplicates: 0 };
        c.accepted += outcome.accepted;
        c.duplicates += outcome.duplicates;
        counters.set(job.deviceKeyId, c);
        for (const [reason, n] of job.rejections ?? []) {
          const k = `${job.deviceKeyId}|${reason}`;
          rejections.set(k, (rejections.get(k) ?? 0) + n);
        }
      }
      return outcome;
    });

    if (counters.size > 0) {
      const entries = [...counters].sort(([a], [b]) => a.localeCompare(b));
      await sql`
        UPDATE device_keys d SET accepted = d.accepted + u.a, duplicates = d.duplicates + u.d, last_seen_at = now()
        FROM unnest(${entries.map((e) => e[0])}::uuid[], ${entries.map((e) => e[1].accepted)}::int[], ${entries.map((e) => e[1].duplicates)}::int[]) AS u(id, a, d)
        WHERE d.id = u.id`.execute(tx);
    }
    if (rejections.size > 0) {
      const entries = [...rejections].sort(([a], [b]) => a.localeCompare(b)).map(([k, n]) => [...k.split('|'), n] as [string, string, number]);
      await sql`
        INSERT INTO device_key_rejections AS r (device_key_id, reason, count)
        SELECT * FROM unnest(${entries.map((e) => e[0])}::uuid[], ${entries.map((e) => e[1])}::text[], ${entries.map((e) => e[2])}::bigint[])
        ON CONFLICT (device_key_id, reason) DO UPDATE SET count = r.count + EXCLUDED.count`.execute(tx);
    }
    stored.sort((a, b) => (a.sensorId < b.sensorId ? -1 : a.sensorId > b.sensorId ? 1 : a.ts - b.ts));
    return { outcomes, stored };
  });
}

function sortedTimestamps(readings: readonly AcceptedReading[]): number[] {
  return readings.map((r) => r.ts).sort((a, b) => a - b);
}
