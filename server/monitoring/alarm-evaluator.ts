import { randomUUID } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import { evaluateReadings, evaluateStale, type AlarmChange, type OpenAlarm, type SensorState } from '../../core/monitoring/alarm-engine.ts';
import { forecast } from '../../core/monitoring/forecast.ts';
import type { Forecaster } from '../../core/monitoring/forecaster.ts';
import { recordAudit, systemActor } from '../audit/audit.service.ts';
import { enqueueWebhookEvents } from '../webhooks/webhook-outbox.ts';
import type { Db } from '../db/database.ts';
import type { Database } from '../db/schema.ts';
import type { EventBus } from '../events/event-bus.ts';
import { bridgeRepeats } from './alarm-hazard-bridge.ts';
import { presentAlarm, subjectOf } from './alarm.presenter.ts';
import { alarmsByIds } from './alarm.repository.ts';
import { planAlarmWrites, writeAlarmPlan, type SensorChange } from './alarm-writes.ts';
import { saveJudgements, sensorsWithUnjudgedReadings, unjudgedReadings, UNJUDGED_PAGE, type JudgementWrite } from './judgement.repository.ts';
import type { ReadingListener, ReadingsCommit, StoredReading } from './reading-listener.ts';
import { loadSensorConfigs, loadSensorStates, type EvaluatedSensor } from './sensor-state-loader.ts';

const engineActor = systemActor('alarm-engine');
/** How far back the start-up catch-up looks for readings stored but not judged (older ones wait for the sensor's next reading). */
const CATCH_UP_LOOKBACK_DAYS = 7;
/** How often watermarks that moved without an alarm change are written, and failed sensors are judged again. */
const FLUSH_EVERY_MS = 2_000;

/** A sensor's engine state in this process. */
interface Tracked {
  state: SensorState;
  /** pendingSince as last written (JSON): a round that changes it writes it with the alarm changes. */
  savedPending: string;
  /**
   * The readings this process read from the database when it took the sensor up: their own pushes, which may
   * still come (from writes numbered up to `untilSeq`), were judged then and are not late.
   */
  pulled?: { ts: Set<number>; untilSeq: number };
}

interface Push {
  readings: readonly StoredReading[];
  seq: number;
}

export interface AlarmEvaluatorOptions {
  forecaster?: Forecaster;
  /** The number of the last write of readings started (IngestPipeline.writesStarted). */
  writesStarted?: () => number;
}

/**
 * The reading listener that judges alarms (issue 4; exactly once per reading since issue 12, docs/adr/0029).
 *
 * Each sensor has a judged watermark: every stored reading at or before it has been judged, none after it.
 * A round judges, per sensor, the readings after the watermark in timestamp order, and writes in ONE transaction
 * the alarm changes (rows, timeline, audit, hazard bridge) with the new watermark and the minDurationSec waits
 * (table sensor_judgement). Only after the commit do the new states replace the old ones and `alarm.*` events go
 * out. A watermark that moved without any change is written by the next flush (every 2 s and at close): after a
 * crash the readings after the written watermark are judged again from the same state, which gives the same
 * (absent) changes.
 *
 * A sensor is taken up from the database — the first time this process sees it, after a failed write, at start-up
 * (restoreAll) — by restoring its persisted state and judging every stored reading after its watermark ("pulled"),
 * whether or not ingestion announced it. After that, ingestion's announcements (in the order the writes started)
 * carry its readings; one at or before the watermark arrived too late to be judged in order: it stays stored,
 * unjudged, and is counted (sensor_judgement.late_readings, the sensor's `judgement.lateReadings`).
 *
 * Rounds run one at a time (a queue); readings announced while the evaluator is busy join the next round.
 */
export class AlarmEvaluator implements ReadingListener {
  readonly #db: Db;
  readonly #events: EventBus;
  readonly #forecaster: Forecaster;
  readonly #writesStarted: () => number;
  readonly #sensors = new Map<string, EvaluatedSensor>();
  readonly #tracked = new Map<string, Tracked>();
  /** Sensors whose watermark moved since it was last written. */
  readonly #dirty = new Set<string>();
  /** Sensors whose round failed to write: taken up again from the database by the next flush. */
  readonly #retry = new Set<string>();
  readonly #withPulled = new Set<string>();
  readonly #startedAt = Date.now();
  #lastSeq = 0;
  #queue: Promise<unknown> = Promise.resolve();
  /** Announcements waiting for their turn; later ones join them, so a busy evaluator judges larger rounds. */
  #waiting: { pushes: Push[]; done: Promise<void> } | undefined;
  readonly #timer: NodeJS.Timeout;
  /** Failures of the background flush (a round's own failure rejects its promise). */
  onError: (error: unknown) => void = () => undefined;

  constructor(db: Db, events: EventBus, options: AlarmEvaluatorOptions = {}) {
    this.#db = db;
    this.#events = events;
    // The tuned early-warning method (core/monitoring/forecast.ts, ADR 0024); forecast-default.ts is the simple fallback.
    this.#forecaster = options.forecaster ?? forecast;
    this.#writesStarted = options.writesStarted ?? (() => this.#lastSeq);
    this.#timer = setInterval(() => void this.flush().catch((error: unknown) => this.onError(error)), FLUSH_EVERY_MS);
    this.#timer.unref();
  }

  onReadings(readings: readonly StoredReading[], commit: ReadingsCommit): Promise<void> {
    if (this.#waiting) {
      this.#waiting.pushes.push({ readings, seq: commit.seq });
      return this.#waiting.done;
    }
    const waiting = { pushes: [{ readings, seq: commit.seq }], done: Promise.resolve() };
    this.#waiting = waiting;
    waiting.done = this.#enqueue(() => {
      this.#waiting = undefined;
      return this.#judge(waiting.pushes, []);
    });
    return waiting.done;
  }

  /** The stale check at `now` for every active sensor with a stale rule (the scheduler job `check-stale-sensors`). */
  checkStale(now = new Date()): Promise<{ opened: number }> {
    return this.#enqueue(() => this.#checkStale(now));
  }

  /** Forget a sensor's cached configuration (its rules or bridge changed); its state is kept and its watermark written. */
  invalidate(sensorId: string): void {
    this.#sensors.delete(sensorId);
    // Readings judged by the old rules must not be judged again by the new ones after a crash.
    if (this.#dirty.has(sensorId)) void this.flush().catch((error: unknown) => this.onError(error));
  }

  /**
   * Start-up: take up every sensor with open alarms or with stored readings after its watermark (readings stored
   * but not judged when the platform stopped), judging those readings.
   */
  restoreAll(): Promise<void> {
    return this.#enqueue(async () => {
      const since = new Date(Date.now() - CATCH_UP_LOOKBACK_DAYS * 86_400_000);
      const [open, unjudged] = await Promise.all([
        this.#db.selectFrom('alarms').select('sensor_id').distinct().where('cleared_at', 'is', null).execute(),
        sensorsWithUnjudgedReadings(this.#db, since),
      ]);
      await this.#judge([], [...new Set([...open.map((r) => r.sensor_id), ...unjudged])]);
    });
  }

  /** Writes the watermarks that moved and takes up again the sensors whose write failed. */
  flush(): Promise<void> {
    return this.#enqueue(async () => {
      if (this.#retry.size > 0) {
        const ids = [...this.#retry];
        this.#retry.clear();
        await this.#judge([], ids);
      }
      const writes: JudgementWrite[] = [];
      for (const id of this.#dirty) {
        const tracked = this.#tracked.get(id);
        if (tracked) writes.push({ sensorId: id, judgedThrough: tracked.state.lastTs, pendingSince: tracked.state.pendingSince, lateReadings: 0 });
      }
      this.#dirty.clear();
      await saveJudgements(this.#db, writes, new Date());
    });
  }

  /** Stops the background flush and writes what is left (the platform's shutdown). */
  async close(): Promise<void> {
    clearInterval(this.#timer);
    await this.flush();
  }

  /** Open alarms the evaluator holds for a sensor (tests, diagnostics). */
  openAlarms(sensorId: string): OpenAlarm[] {
    return Object.values(this.#tracked.get(sensorId)?.state.open ?? {});
  }

  #enqueue<T>(work: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(work, work);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /** One round: the announced readings, plus the sensors in `takeUp` (judged from the database if new here). */
  async #judge(pushes: readonly Push[], takeUp: readonly string[]): Promise<void> {
    const announced = new Map<string, { readings: StoredReading[]; seqs: number[] }>();
    let maxSeq = this.#lastSeq;
    for (const push of pushes) {
      maxSeq = Math.max(maxSeq, push.seq);
      for (const r of push.readings) {
        let entry = announced.get(r.sensorId);
        if (!entry) announced.set(r.sensorId, (entry = { readings: [], seqs: [] }));
        entry.readings.push(r);
        entry.seqs.push(push.seq);
      }
    }
    const ids = [...new Set([...announced.keys(), ...takeUp])];
    const pulled = await this.#takeUp(ids, maxSeq);

    const next = new Map<string, SensorState>();
    const changes: SensorChange[] = [];
    const writes: JudgementWrite[] = [];
    for (const id of ids) {
      const sensor = this.#sensors.get(id);
      const tracked = this.#tracked.get(id);
      if (!sensor || !tracked) continue;
      const toJudge = pulled.get(id) ?? [];
      const watermark = toJudge.at(-1)?.ts ?? tracked.state.lastTs;
      let late = 0;
      const entry = announced.get(id);
      if (entry) {
        entry.readings.forEach((r, i) => {
          if (tracked.pulled && entry.seqs[i]! <= tracked.pulled.untilSeq && tracked.pulled.ts.has(r.ts)) return; // judged from the database
          if (watermark !== null && r.ts <= watermark) late++;
          else toJudge.push(r);
        });
      }
      if (toJudge.length === 0 && late === 0 && !pulled.has(id)) continue;
      const result = evaluateReadings(sensor, tracked.state, toJudge, { newId: randomUUID, forecaster: this.#forecaster });
      next.set(id, result.state);
      for (const change of result.changes) changes.push({ sensor, change });
      const pending = JSON.stringify(result.state.pendingSince);
      if (result.changes.length > 0 || pending !== tracked.savedPending || late > 0 || pulled.has(id)) {
        writes.push({ sensorId: id, judgedThrough: result.state.lastTs, pendingSince: result.state.pendingSince, lateReadings: late });
      }
    }
    await this.#commit(next, changes, writes);
    this.#lastSeq = maxSeq;
    for (const id of this.#withPulled) {
      const tracked = this.#tracked.get(id);
      if (!tracked?.pulled || tracked.pulled.untilSeq <= maxSeq) {
        if (tracked) delete tracked.pulled;
        this.#withPulled.delete(id);
      }
    }
  }

  /**
   * Loads the configuration of sensors not cached, and takes up the sensors not tracked: their persisted state and
   * every stored reading after their watermark (in pages), which this round judges.
   */
  async #takeUp(ids: readonly string[], maxSeq: number): Promise<Map<string, StoredReading[]>> {
    const unconfigured = ids.filter((id) => !this.#sensors.has(id));
    for (const sensor of await loadSensorConfigs(this.#db, unconfigured)) this.#sensors.set(sensor.id, sensor);
    const fresh = ids.filter((id) => this.#sensors.has(id) && !this.#tracked.has(id));
    const pulled = new Map<string, StoredReading[]>();
    if (fresh.length === 0) return pulled;
    const states = await loadSensorStates(this.#db, fresh.map((id) => this.#sensors.get(id)!));
    let after = new Map(fresh.map((id) => [id, states.get(id)!.state.lastTs]));
    while (after.size > 0) {
      const page = await unjudgedReadings(this.#db, after);
      const more = new Map<string, number | null>();
      for (const [id, readings] of page) {
        const list = pulled.get(id);
        if (list) for (const r of readings) list.push(r);
        else pulled.set(id, readings);
        if (readings.length === UNJUDGED_PAGE) more.set(id, readings.at(-1)!.ts);
      }
      after = more;
    }
    // Writes that had started by now may have committed before the reads above: their announcements are covered.
    const untilSeq = Math.max(this.#writesStarted(), maxSeq);
    for (const id of fresh) {
      const { state, judgement } = states.get(id)!;
      const readings = pulled.get(id) ?? [];
      this.#tracked.set(id, { state, savedPending: JSON.stringify(judgement.pendingSince), pulled: { ts: new Set(readings.map((r) => r.ts)), untilSeq } });
      this.#withPulled.add(id);
    }
    return pulled;
  }

  async #checkStale(now: Date): Promise<{ opened: number }> {
    const rows = await this.#db.selectFrom('sensors').select('id').where('active', '=', true).where(sql<boolean>`rules @> '[{"kind":"stale"}]'::jsonb`).execute();
    await this.#judge([], rows.map((r) => r.id));
    const next = new Map<string, SensorState>();
    const changes: SensorChange[] = [];
    const writes: JudgementWrite[] = [];
    for (const { id } of rows) {
      const sensor = this.#sensors.get(id);
      const tracked = this.#tracked.get(id);
      if (!sensor || !tracked) continue;
      // A sensor that never reported counts from its registration, or from this process's start.
      const since = Math.max(sensor.createdAt, this.#startedAt);
      const result = evaluateStale(sensor, tracked.state, now.getTime(), since, { newId: randomUUID });
      if (result.changes.length === 0) continue;
      next.set(id, result.state);
      for (const change of result.changes) changes.push({ sensor, change });
      writes.push({ sensorId: id, judgedThrough: result.state.lastTs, pendingSince: result.state.pendingSince, lateReadings: 0 });
    }
    await this.#commit(next, changes, writes);
    return { opened: changes.length };
  }

  /** Writes the changes and watermarks in one transaction, then swaps in the new states and publishes. */
  async #commit(next: Map<string, SensorState>, changes: SensorChange[], writes: JudgementWrite[]) {
    const now = new Date();
    if (writes.length > 0) {
      try {
        await this.#db.transaction().execute(async (tx) => {
          if (changes.length > 0) await this.#writeChanges(tx, changes, now);
          await saveJudgements(tx, writes, now);
        });
      } catch (error) {
        // The database did not take them: these sensors are taken up again from what it holds (the next flush).
        for (const { sensorId } of writes) {
          this.#tracked.delete(sensorId);
          this.#sensors.delete(sensorId);
          this.#dirty.delete(sensorId);
          this.#retry.add(sensorId);
          next.delete(sensorId);
        }
        for (const [id, state] of next) this.#keep(id, state, false);
        throw error;
      }
    }
    const written = new Set(writes.map((w) => w.sensorId));
    for (const [id, state] of next) this.#keep(id, state, written.has(id));
    if (changes.length > 0) await this.#publish(changes.map((c) => c.change));
  }

  #keep(id: string, state: SensorState, written: boolean) {
    const tracked = this.#tracked.get(id);
    if (!tracked) return;
    const moved = tracked.state.lastTs !== state.lastTs;
    tracked.state = state;
    if (written) {
      tracked.savedPending = JSON.stringify(state.pendingSince);
      this.#dirty.delete(id);
    } else if (moved) this.#dirty.add(id);
  }

  async #publish(changes: readonly AlarmChange[]) {
    const announced = changes.filter((c) => c.type !== 'peak');
    const rows = new Map((await alarmsByIds(this.#db, [...new Set(announced.map((c) => c.alarm.id))])).map((r) => [r.id, r]));
    for (const change of announced) {
      const row = rows.get(change.alarm.id);
      if (!row) continue;
      const type = change.type === 'opened' ? 'alarm.opened' : change.type === 'cleared' ? 'alarm.cleared' : 'alarm.changed';
      this.#events.publish({ type, at: new Date(change.at).toISOString(), subject: subjectOf(row), data: { ...presentAlarm(row), value: change.value } });
    }
  }

  async #writeChanges(tx: Transaction<Database>, changes: readonly SensorChange[], now: Date) {
    const sensorIds = [...new Set(changes.map((c) => c.sensor.id))];
    const silenced = new Set(
      (await tx.selectFrom('sensor_silences').select('sensor_id').where('sensor_id', 'in', sensorIds).where('until', '>', now).where('cancelled_at', 'is', null).execute()).map((r) => r.sensor_id),
    );
    const plan = planAlarmWrites(changes, silenced, now);
    await writeAlarmPlan(tx, plan, now);
    for (const alarm of plan.opened) await bridgeRepeats(tx, alarm, alarm.bridge, now);
    await recordAudit(tx, engineActor, plan.audit);
    await enqueueWebhookEvents(tx, plan.webhooks, now);
  }
}
