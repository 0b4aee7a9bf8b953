import { randomUUID } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import {
  emptyState,
  evaluateReadings,
  evaluateStale,
  restoreState,
  type OpenAlarm,
  type SensorState,
} from '../../core/monitoring/alarm-engine.ts';
import { forecast } from '../../core/monitoring/forecast.ts';
import type { Forecaster } from '../../core/monitoring/forecaster.ts';
import { sensorRuleSchema, type AlarmKind, type AlarmSeverity, type SensorRule } from '../../core/monitoring/sensor-rules.ts';
import { recordAudit, systemActor } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import type { Database } from '../db/schema.ts';
import type { EventBus } from '../events/event-bus.ts';
import { bridgeRepeats, parseBridge } from './alarm-hazard-bridge.ts';
import { presentAlarm, subjectOf } from './alarm.presenter.ts';
import { alarmsByIds, openAlarmsOf } from './alarm.repository.ts';
import { planAlarmWrites, writeAlarmPlan, type AlarmSensor, type SensorChange } from './alarm-writes.ts';
import { latestReadings } from './latest-readings.ts';
import type { ReadingListener, StoredReading } from './reading-listener.ts';

/** A sensor as the evaluator needs it: the engine's view plus what alarm rows and events carry. */
interface EvaluatedSensor extends AlarmSensor {
  createdAt: number;
}

const engineActor = systemActor('alarm-engine');
/** Readings kept per sensor when restoring the engine's history (rate of change, forecasts). */
const RESTORE_SAMPLES = 60;

export interface AlarmEvaluatorOptions {
  forecaster?: Forecaster;
}

/**
 * The reading listener that evaluates alarms (issue 4): ingestion calls `onReadings` after each committed
 * write. Per batch: the engine runs on each sensor's state in memory; every change of the batch is written in
 * one transaction (alarm rows, their timeline, audit events, hazard bridge); only after the commit do the new
 * states replace the old ones and `alarm.*` events go out on the bus. A failed write leaves the states as they
 * were, so the next batch is judged against what the database holds.
 *
 * Batches are evaluated one at a time (a queue), in arrival order; writes that arrive while the evaluator is busy
 * are merged into the next batch (one transaction for all of them under load). Within a batch each sensor's readings are
 * taken in timestamp order and a reading older than the last one judged is stored but not judged again.
 * A sensor's state is restored the first time it is seen (after a start: from its open alarms and its last
 * stored readings); `restoreAll()` does it for every sensor with open alarms at start-up.
 */
export class AlarmEvaluator implements ReadingListener {
  readonly #db: Db;
  readonly #events: EventBus;
  readonly #forecaster: Forecaster;
  readonly #sensors = new Map<string, EvaluatedSensor>();
  readonly #states = new Map<string, SensorState>();
  readonly #startedAt = Date.now();
  #queue: Promise<unknown> = Promise.resolve();
  /** Readings waiting for their turn; later writes join them, so a busy evaluator judges larger batches. */
  #waiting: { readings: StoredReading[]; done: Promise<void> } | undefined;

  constructor(db: Db, events: EventBus, options: AlarmEvaluatorOptions = {}) {
    this.#db = db;
    this.#events = events;
    // The tuned early-warning method (core/monitoring/forecast.ts, ADR 0024); forecast-default.ts is the simple fallback.
    this.#forecaster = options.forecaster ?? forecast;
  }

  onReadings(readings: readonly StoredReading[]): Promise<void> {
    if (this.#waiting) {
      for (const r of readings) this.#waiting.readings.push(r);
      return this.#waiting.done;
    }
    const waiting = { readings: [...readings], done: Promise.resolve() };
    this.#waiting = waiting;
    waiting.done = this.#enqueue(() => {
      this.#waiting = undefined;
      return this.#evaluate(waiting.readings);
    });
    return waiting.done;
  }

  /** The stale check at `now` for every active sensor with a stale rule (the scheduler job `check-stale-sensors`). */
  checkStale(now = new Date()): Promise<{ opened: number }> {
    return this.#enqueue(() => this.#checkStale(now));
  }

  /** Forget a sensor's cached configuration (its rules or bridge changed); its alarm state is kept. */
  invalidate(sensorId: string): void {
    this.#sensors.delete(sensorId);
  }

  /** Restore the state of every sensor that has open alarms (start-up). */
  restoreAll(): Promise<void> {
    return this.#enqueue(async () => {
      const ids = (await this.#db.selectFrom('alarms').select('sensor_id').distinct().where('cleared_at', 'is', null).execute()).map((r) => r.sensor_id);
      await this.#load(ids);
    });
  }

  /** Open alarms the evaluator holds for a sensor (tests, diagnostics). */
  openAlarms(sensorId: string): OpenAlarm[] {
    return Object.values(this.#states.get(sensorId)?.open ?? {});
  }

  #enqueue<T>(work: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(work, work);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /** Loads configuration and restores state for the sensors not yet known, in a fixed number of queries. */
  async #load(sensorIds: readonly string[]): Promise<void> {
    const missing = [...new Set(sensorIds)].filter((id) => !this.#sensors.has(id));
    if (missing.length === 0) return;
    const rows = await this.#db
      .selectFrom('sensors')
      .select(['id', 'rules', 'expected_interval_sec', 'range_low', 'range_high', 'unit', 'enterprise_id', 'created_at', 'hazard_bridge'])
      .where('id', 'in', missing)
      .where('active', '=', true)
      .execute();
    for (const r of rows) {
      const rules = (Array.isArray(r.rules) ? r.rules : []).flatMap((x: unknown) => {
        const parsed = sensorRuleSchema.safeParse(x);
        return parsed.success ? [parsed.data as SensorRule] : [];
      });
      this.#sensors.set(r.id, {
        id: r.id,
        rules,
        expectedIntervalSec: r.expected_interval_sec,
        rangeLow: r.range_low,
        rangeHigh: r.range_high,
        unit: r.unit,
        enterpriseId: r.enterprise_id,
        createdAt: new Date(r.created_at).getTime(),
        hazardBridge: parseBridge(r.hazard_bridge),
      });
    }
    const unrestored = rows.map((r) => r.id).filter((id) => !this.#states.has(id));
    if (unrestored.length === 0) return;
    const [open, latest] = await Promise.all([openAlarmsOf(this.#db, unrestored), latestReadings(this.#db, unrestored, RESTORE_SAMPLES)]);
    const bySensor = new Map<string, OpenAlarm[]>();
    for (const a of open) {
      const list = bySensor.get(a.sensor_id) ?? [];
      list.push({
        id: a.id,
        ruleKey: a.rule_key,
        kind: a.kind as AlarmKind,
        severity: a.severity as AlarmSeverity,
        peakSeverity: a.peak_severity as AlarmSeverity,
        openValue: a.open_value,
        peakValue: a.peak_value,
        limit: a.limit_value,
        openedAt: new Date(a.opened_at).getTime(),
        ...(a.level_index === null ? {} : { levelIndex: a.level_index }),
      });
      bySensor.set(a.sensor_id, list);
    }
    for (const id of unrestored) this.#states.set(id, restoreState(bySensor.get(id) ?? [], latest.get(id) ?? []));
  }

  async #evaluate(readings: readonly StoredReading[]): Promise<void> {
    if (readings.length === 0) return;
    const bySensor = new Map<string, StoredReading[]>();
    for (const r of readings) {
      const list = bySensor.get(r.sensorId);
      if (list) list.push(r);
      else bySensor.set(r.sensorId, [r]);
    }
    await this.#load([...bySensor.keys()]);
    const next = new Map<string, SensorState>();
    const changes: SensorChange[] = [];
    for (const [sensorId, list] of bySensor) {
      const sensor = this.#sensors.get(sensorId);
      if (!sensor) continue;
      const result = evaluateReadings(sensor, this.#states.get(sensorId) ?? emptyState(), list, { newId: randomUUID, forecaster: this.#forecaster });
      next.set(sensorId, result.state);
      for (const change of result.changes) changes.push({ sensor, change });
    }
    await this.#commit(next, changes);
  }

  async #checkStale(now: Date): Promise<{ opened: number }> {
    const rows = await this.#db.selectFrom('sensors').select('id').where('active', '=', true).where(sql<boolean>`rules @> '[{"kind":"stale"}]'::jsonb`).execute();
    await this.#load(rows.map((r) => r.id));
    const next = new Map<string, SensorState>();
    const changes: SensorChange[] = [];
    for (const { id } of rows) {
      const sensor = this.#sensors.get(id);
      if (!sensor) continue;
      // A sensor that never reported counts from its registration, or from this process's start (its readings
      // before a restart are unknown until the readings storage answers latestReadings).
      const since = Math.max(sensor.createdAt, this.#startedAt);
      const result = evaluateStale(sensor, this.#states.get(id) ?? emptyState(), now.getTime(), since, { newId: randomUUID });
      if (result.changes.length === 0) continue;
      next.set(id, result.state);
      for (const change of result.changes) changes.push({ sensor, change });
    }
    await this.#commit(next, changes);
    return { opened: changes.length };
  }

  /** Writes the changes in one transaction, then swaps in the new states and publishes. */
  async #commit(next: Map<string, SensorState>, changes: SensorChange[]) {
    if (changes.length === 0) {
      for (const [id, state] of next) this.#states.set(id, state);
      return;
    }
    const now = new Date();
    try {
      await this.#db.transaction().execute((tx) => this.#write(tx, changes, now));
    } catch (error) {
      // The database did not take the changes: forget these sensors so that their next readings are judged
      // against a state restored from what the database holds (not against one that diverged from it).
      for (const { sensor } of changes) {
        this.#states.delete(sensor.id);
        this.#sensors.delete(sensor.id);
      }
      throw error;
    }
    for (const [id, state] of next) this.#states.set(id, state);
    const announced = changes.filter((c) => c.change.type !== 'peak');
    const rows = new Map((await alarmsByIds(this.#db, [...new Set(announced.map((c) => c.change.alarm.id))])).map((r) => [r.id, r]));
    for (const { change } of announced) {
      const row = rows.get(change.alarm.id);
      if (!row) continue;
      const type = change.type === 'opened' ? 'alarm.opened' : change.type === 'cleared' ? 'alarm.cleared' : 'alarm.changed';
      this.#events.publish({ type, at: new Date(change.at).toISOString(), subject: subjectOf(row), data: { ...presentAlarm(row), value: change.value } });
    }
  }

  async #write(tx: Transaction<Database>, changes: readonly SensorChange[], now: Date) {
    const sensorIds = [...new Set(changes.map((c) => c.sensor.id))];
    const silenced = new Set(
      (await tx.selectFrom('sensor_silences').select('sensor_id').where('sensor_id', 'in', sensorIds).where('until', '>', now).execute()).map((r) => r.sensor_id),
    );
    const plan = planAlarmWrites(changes, silenced, now);
    await writeAlarmPlan(tx, plan, now);
    for (const alarm of plan.opened) await bridgeRepeats(tx, alarm, alarm.bridge, now);
    await recordAudit(tx, engineActor, plan.audit);
  }
}
