import type { SensorForIngest } from '../../../core/monitoring/reading-validation.ts';
import type { ScopedEnterprise } from '../../../core/organisations/scope.ts';
import type { Db } from '../../db/database.ts';

export interface IngestSensor extends SensorForIngest {
  code: string;
  /** The enterprise as the event bus scopes events (server/events/event-bus.ts subject). */
  subject: ScopedEnterprise;
}

/**
 * Sensors by code for the hot path: looked up in batches of the codes a write names, kept for `ttlMs` (so a
 * changed range or a new sensor is seen within that time), unknown codes remembered for a shorter time so that a
 * device sending a wrong code cannot turn every message into a query.
 */
export class SensorDirectory {
  readonly #byCode = new Map<string, { sensor: IngestSensor | undefined; until: number }>();
  readonly #byId = new Map<string, IngestSensor>();
  readonly #loading = new Map<string, Promise<void>>();
  /** The query being gathered for the current turn of the event loop. */
  #next: { codes: string[]; loading: Promise<void> } | undefined;

  constructor(
    private readonly db: Db,
    private readonly ttlMs = 30_000,
    private readonly unknownTtlMs = 2_000,
  ) {}

  async lookup(codes: Iterable<string>, now = Date.now()): Promise<Map<string, IngestSensor | undefined>> {
    const result = new Map<string, IngestSensor | undefined>();
    const waits = new Set<Promise<void>>();
    let missing: string[] | undefined;
    for (const code of codes) {
      if (result.has(code)) continue;
      const hit = this.#byCode.get(code);
      if (hit && hit.until > now) {
        result.set(code, hit.sensor);
        continue;
      }
      result.set(code, undefined);
      // Concurrent callers missing the same code (a burst of messages for a sensor not yet cached) share one query.
      const inflight = this.#loading.get(code);
      if (inflight) waits.add(inflight);
      else (missing ??= []).push(code);
    }
    if (missing) waits.add(this.#queueLoad(missing, now));
    if (waits.size === 0) return result;
    await Promise.all(waits);
    for (const code of result.keys()) if (result.get(code) === undefined) result.set(code, this.#byCode.get(code)?.sensor);
    return result;
  }

  /**
   * Codes missed in the same turn of the event loop (a thousand devices reconnecting, one message each) are
   * loaded by one query; a code being loaded is not asked for again.
   */
  #queueLoad(missing: string[], now: number): Promise<void> {
    if (!this.#next) {
      const codes: string[] = [];
      const loading = new Promise<void>((resolve, reject) => {
        setImmediate(() => {
          this.#next = undefined;
          this.#load(codes, now).then(resolve, reject);
        });
      });
      void loading
        .finally(() => {
          for (const code of codes) if (this.#loading.get(code) === loading) this.#loading.delete(code);
        })
        .catch(() => undefined);
      this.#next = { codes, loading };
    }
    const next = this.#next;
    for (const code of missing) {
      next.codes.push(code);
      this.#loading.set(code, next.loading);
    }
    return next.loading;
  }

  async #load(missing: string[], now: number): Promise<void> {
    const rows = await this.db
      .selectFrom('sensors')
      .innerJoin('enterprises', 'enterprises.id', 'sensors.enterprise_id')
      .select(['sensors.id', 'sensors.num', 'sensors.code', 'sensors.enterprise_id', 'sensors.range_low', 'sensors.range_high', 'enterprises.region_path', 'enterprises.industry_path'])
      .where('sensors.code', 'in', missing)
      .where('sensors.active', '=', true)
      .execute();
    if (this.#byCode.size > 200_000) this.#byCode.clear();
    const found = new Set<string>();
    for (const r of rows) {
      const sensor: IngestSensor = {
        id: r.id,
        num: r.num,
        code: r.code,
        enterpriseId: r.enterprise_id,
        rangeLow: r.range_low,
        rangeHigh: r.range_high,
        subject: { id: r.enterprise_id, regionPath: r.region_path, industryPath: r.industry_path },
      };
      this.#byCode.set(r.code, { sensor, until: now + this.ttlMs });
      this.#byId.set(r.id, sensor);
      found.add(r.code);
    }
    for (const code of missing) if (!found.has(code)) this.#byCode.set(code, { sensor: undefined, until: now + this.unknownTtlMs });
  }

  /** A sensor seen by `lookup` (for listeners after a write). */
  byId(id: string): IngestSensor | undefined {
    return this.#byId.get(id);
  }
}
