import type { Forecaster, Sample } from './forecaster.ts';
import type { AlarmKind, AlarmSeverity, PowerOffRule, SensorRule, ThresholdRule } from './sensor-rules.ts';
import type { z } from 'zod';
import type { rateOfChangeRuleSchema, staleRuleSchema } from './sensor-rules.ts';

/**
 * The alarm engine (issue 4 "Alarms"): a pure state machine per sensor. Readings go in, in timestamp order;
 * alarm changes come out. No clock, no I/O: the server keeps one state per sensor, persists the changes and
 * publishes them; a restart rebuilds the state from what was persisted with the judged watermark (restoreState).
 *
 * Threshold semantics (the contract of core/monitoring/sensor-rules.ts):
 * - a high rule opens at the first reading ≥ a level's `at`, a low rule at the first reading ≤ it;
 * - an open level holds while the reading stays ≥ its clear level (high) / ≤ it (low): clear level = `clearAt`,
 *   else `at` − deadband (high) / `at` + deadband (low); the alarm clears at the first reading beyond it;
 * - severity rises to the most severe level entered and steps down level by level as clear levels are crossed;
 *   the peak severity and peak value are kept;
 * - `minDurationSec`: the reading must stay beyond the entry level that long before the alarm opens (a reading
 *   back inside restarts the wait); a raise within an open alarm is immediate.
 * power_off (煤矿安全规程 2016 Art. 498 table, domain-rules §5.1): opens at ≥ powerOffAt, latched until the first
 * reading < restoreBelow (restore ≤ value < powerOffAt stays power-off: the hysteresis of §5.1's state machine).
 * stale (domain-rules §5.3 / §6.3 [L]): no reading for afterSec (default 3 × expectedIntervalSec); clears on the
 * next reading. sensor_fault: a reading outside [rangeLow, rangeHigh] opens it, the next in-range reading clears it.
 */

type RateOfChangeRule = z.infer<typeof rateOfChangeRuleSchema>;
type StaleRule = z.infer<typeof staleRuleSchema>;

export const SEVERITY_ORDER: readonly AlarmSeverity[] = ['warning', 'alarm', 'critical'];
export const severityRank = (s: AlarmSeverity) => SEVERITY_ORDER.indexOf(s);
export const moreSevere = (a: AlarmSeverity, b: AlarmSeverity) => (severityRank(a) >= severityRank(b) ? a : b);

/** Severity of a power-off (断电): the most severe, it cuts power in the scope. */
export const POWER_OFF_SEVERITY: AlarmSeverity = 'critical';
/** Severity of a sensor fault (out-of-range reading). */
export const SENSOR_FAULT_SEVERITY: AlarmSeverity = 'warning';

/**
 * Samples kept for rate of change and forecasts (only for sensors with such rules): at most this many, none
 * older than the longest window. Other sensors keep their last sample only.
 */
export const HISTORY_MAX_SAMPLES = 240;
const HISTORY_MAX_AGE_MS = 3_600_000;

const needsHistory = (sensor: EngineSensor) => sensor.rules.some((r) => r.kind === 'rate_of_change' || r.kind === 'forecast');

/** A copy whose containers may be changed; alarms inside are replaced, never mutated (copy on write). */
const copyState = (s: SensorState): SensorState => ({ open: { ...s.open }, pendingSince: { ...s.pendingSince }, history: s.history.slice(), lastTs: s.lastTs });

export interface EngineSensor {
  id: string;
  rules: readonly SensorRule[];
  expectedIntervalSec: number;
  rangeLow: number | null;
  rangeHigh: number | null;
}

export interface EngineReading {
  /** Epoch milliseconds. */
  ts: number;
  value: number;
  /** Given by ingestion; computed from the sensor's range when absent. */
  outOfRange?: boolean;
}

/** An open alarm as the engine tracks it. `ruleKey` names the rule that owns it (see ruleKeyOf). */
export interface OpenAlarm {
  id: string;
  ruleKey: string;
  kind: AlarmKind;
  severity: AlarmSeverity;
  peakSeverity: AlarmSeverity;
  openValue: number | null;
  peakValue: number | null;
  limit: number | null;
  /** Epoch milliseconds. */
  openedAt: number;
  /** Index into the threshold rule's levels (threshold alarms only). */
  levelIndex?: number;
}

export interface SensorState {
  open: Record<string, OpenAlarm>;
  /** minDurationSec waits: rule key → ts of the first reading beyond the level. */
  pendingSince: Record<string, number>;
  history: Sample[];
  lastTs: number | null;
}

export type AlarmChange =
  | { type: 'opened'; at: number; value: number | null; alarm: OpenAlarm }
  | { type: 'severity_changed'; at: number; value: number; from: AlarmSeverity; alarm: OpenAlarm }
  /** The peak value rose without a change of severity: persisted, not announced. */
  | { type: 'peak'; at: number; value: number; alarm: OpenAlarm }
  | { type: 'cleared'; at: number; value: number | null; alarm: OpenAlarm };

export interface EngineOptions {
  newId: () => string;
  forecaster: Forecaster;
}

export const emptyState = (): SensorState => ({ open: {}, pendingSince: {}, history: [], lastTs: null });

/** The key of a sensor's rule: its kind and its position in the sensor's rules. */
export const ruleKeyOf = (rule: SensorRule, index: number) => `${rule.kind}:${index}`;
export const SENSOR_FAULT_KEY = 'sensor_fault';

/** What the evaluator persists of a sensor's state (docs/adr/0029-judged-watermark.md). */
export interface PersistedState {
  openAlarms: readonly OpenAlarm[];
  /** minDurationSec waits: rule key → ts of the first reading beyond the level. */
  pendingSince: Readonly<Record<string, number>>;
  /** Every stored reading at or before it was judged (epoch ms); null: none yet. */
  judgedThrough: number | null;
  /** The last judged in-range readings up to `judgedThrough` (any order): the trend for rate of change and forecasts. */
  history: readonly Sample[];
}

/**
 * The state a sensor was in after its reading at `judgedThrough` — the restart path. The next reading judged is
 * the first one after the watermark, so the judgement goes on where it stopped.
 */
export function restoreState(persisted: PersistedState): SensorState {
  const state = emptyState();
  for (const alarm of persisted.openAlarms) state.open[alarm.ruleKey] = { ...alarm };
  state.pendingSince = { ...persisted.pendingSince };
  const judgedThrough = persisted.judgedThrough;
  state.history = persisted.history
    .filter((s) => judgedThrough !== null && s.ts <= judgedThrough)
    .sort((a, b) => a.ts - b.ts)
    .slice(-HISTORY_MAX_SAMPLES);
  state.lastTs = judgedThrough;
  return state;
}

export function isOutOfRange(sensor: Pick<EngineSensor, 'rangeLow' | 'rangeHigh'>, value: number): boolean {
  return (sensor.rangeLow !== null && value < sensor.rangeLow) || (sensor.rangeHigh !== null && value > sensor.rangeHigh);
}

/** The clear level of a threshold level (see the header). */
export function clearLevelOf(rule: ThresholdRule, index: number): number {
  const level = rule.levels[index]!;
  if (level.clearAt !== undefined) return level.clearAt;
  return rule.direction === 'high' ? level.at - rule.deadband : level.at + rule.deadband;
}

/**
 * The level a threshold rule is at after `value`, given the level it was at (−1: none): the most severe level
 * that the value enters, or that it was at or above and has not left through its clear level. −1: quiet.
 */
export function thresholdLevelAfter(rule: ThresholdRule, current: number, value: number): number {
  const beyond = (limit: number) => (rule.direction === 'high' ? value >= limit : value <= limit);
  for (let i = rule.levels.length - 1; i >= 0; i--) {
    if (beyond(rule.levels[i]!.at)) return i;
    if (i <= current && beyond(clearLevelOf(rule, i))) return i;
  }
  return -1;
}

class Evaluation {
  readonly changes: AlarmChange[] = [];
  constructor(
    readonly state: SensorState,
    readonly options: EngineOptions,
  ) {}

  open(ruleKey: string, kind: AlarmKind, severity: AlarmSeverity, at: number, value: number | null, limit: number | null, levelIndex?: number) {
    const alarm: OpenAlarm = { id: this.options.newId(), ruleKey, kind, severity, peakSeverity: severity, openValue: value, peakValue: value, limit, openedAt: at };
    if (levelIndex !== undefined) alarm.levelIndex = levelIndex;
    this.state.open[ruleKey] = alarm;
    this.changes.push({ type: 'opened', at, value, alarm: { ...alarm } });
  }

  clear(ruleKey: string, at: number, value: number | null) {
    const alarm = this.state.open[ruleKey];
    if (!alarm) return;
    delete this.state.open[ruleKey];
    this.changes.push({ type: 'cleared', at, value, alarm: { ...alarm } });
  }

  /** Keeps the peak value (the most extreme in the alarm's direction) and announces a severity change. */
  update(ruleKey: string, at: number, value: number, severity: AlarmSeverity, direction: 'high' | 'low', patch: Partial<OpenAlarm> = {}) {
    // Copy on write: the caller's state shares the unchanged alarms.
    const alarm = { ...this.state.open[ruleKey]! };
    this.state.open[ruleKey] = alarm;
    const from = alarm.severity;
    const peakRose = alarm.peakValue === null || (direction === 'high' ? value > alarm.peakValue : value < alarm.peakValue);
    if (peakRose) alarm.peakValue = value;
    Object.assign(alarm, patch);
    alarm.severity = severity;
    alarm.peakSeverity = moreSevere(alarm.peakSeverity, severity);
    if (from !== severity) this.changes.push({ type: 'severity_changed', at, value, from, alarm: { ...alarm } });
    else if (peakRose) this.changes.push({ type: 'peak', at, value, alarm: { ...alarm } });
  }
}

function evaluateThreshold(ev: Evaluation, rule: ThresholdRule, key: string, reading: EngineReading) {
  const { state } = ev;
  const alarm = state.open[key];
  const current = alarm?.levelIndex ?? -1;
  const next = thresholdLevelAfter(rule, current, reading.value);
  if (alarm) {
    if (next < 0) ev.clear(key, reading.ts, reading.value);
    else ev.update(key, reading.ts, reading.value, rule.levels[next]!.severity, rule.direction, { levelIndex: next, limit: rule.levels[next]!.at });
    return;
  }
  if (next < 0) {
    delete state.pendingSince[key];
    return;
  }
  const since = state.pendingSince[key] ?? reading.ts;
  if (reading.ts - since < rule.minDurationSec * 1000) {
    state.pendingSince[key] = since;
    return;
  }
  delete state.pendingSince[key];
  const level = rule.levels[next]!;
  ev.open(key, 'threshold', level.severity, reading.ts, reading.value, level.at, next);
}

function evaluatePowerOff(ev: Evaluation, rule: PowerOffRule, key: string, reading: EngineReading) {
  const alarm = ev.state.open[key];
  if (!alarm) {
    if (reading.value >= rule.powerOffAt) ev.open(key, 'power_off', POWER_OFF_SEVERITY, reading.ts, reading.value, rule.powerOffAt);
    return;
  }
  if (reading.value < rule.restoreBelow) ev.clear(key, reading.ts, reading.value);
  else ev.update(key, reading.ts, reading.value, POWER_OFF_SEVERITY, 'high');
}

/** Change per minute over the rule's window: from the oldest sample inside the window to the current reading. */
export function ratePerMinute(history: readonly Sample[], windowSec: number, now: Sample): number | null {
  const oldest = history.find((s) => s.ts >= now.ts - windowSec * 1000 && s.ts < now.ts);
  if (!oldest) return null;
  return ((now.value - oldest.value) * 60_000) / (now.ts - oldest.ts);
}

function evaluateRate(ev: Evaluation, rule: RateOfChangeRule, key: string, reading: EngineReading, before: readonly Sample[]) {
  const rate = ratePerMinute(before, rule.windowSec, reading);
  if (rate === null) return;
  const rising = rule.maxRisePerMinute !== undefined && rate > rule.maxRisePerMinute;
  const falling = rule.maxFallPerMinute !== undefined && -rate > rule.maxFallPerMinute;
  const alarm = ev.state.open[key];
  if (rising || falling) {
    const limit = rising ? rule.maxRisePerMinute! : -rule.maxFallPerMinute!;
    if (!alarm) ev.open(key, 'rate_of_change', rule.severity, reading.ts, reading.value, limit);
    else ev.update(key, reading.ts, reading.value, rule.severity, rising ? 'high' : 'low');
  } else if (alarm) ev.clear(key, reading.ts, reading.value);
}

function evaluateForecast(ev: Evaluation, rule: Extract<SensorRule, { kind: 'forecast' }>, key: string, reading: EngineReading, history: readonly Sample[]) {
  const alarm = ev.state.open[key];
  // At or past the level the threshold alarm speaks; the early warning has done its work.
  const { willReach } = reading.value >= rule.level ? { willReach: false } : ev.options.forecaster(history, rule);
  if (willReach && !alarm) ev.open(key, 'forecast', rule.severity, reading.ts, reading.value, rule.level);
  else if (willReach && alarm) ev.update(key, reading.ts, reading.value, rule.severity, 'high');
  else if (!willReach && alarm) ev.clear(key, reading.ts, reading.value);
}

/** What a sensor's rules imply, computed once per rules array. */
const compiledRules = new WeakMap<readonly SensorRule[], { stale: { rule: StaleRule; key: string } | null; keepHistory: boolean; liveKeys: Set<string>; keys: string[] }>();
function compiled(sensor: EngineSensor) {
  let c = compiledRules.get(sensor.rules);
  if (!c) {
    const keys = sensor.rules.map(ruleKeyOf);
    c = { stale: staleRuleOf(sensor), keepHistory: needsHistory(sensor), liveKeys: new Set([SENSOR_FAULT_KEY, ...keys]), keys };
    compiledRules.set(sensor.rules, c);
  }
  return c;
}

function staleRuleOf(sensor: EngineSensor): { rule: StaleRule; key: string } | null {
  const index = sensor.rules.findIndex((r) => r.kind === 'stale');
  return index < 0 ? null : { rule: sensor.rules[index] as StaleRule, key: ruleKeyOf(sensor.rules[index]!, index) };
}

/** Seconds without a reading before the sensor is stale: the rule's afterSec, default 3 × expectedIntervalSec. */
export function staleAfterSec(rule: StaleRule, expectedIntervalSec: number): number {
  return rule.afterSec ?? 3 * expectedIntervalSec;
}

/**
 * Feeds readings (any order: sorted here; a reading not newer than the last one seen is skipped — the alarm
 * state moves forward only) and returns the new state and the alarm changes in the order they happened.
 * The state passed in is not modified.
 */
export function evaluateReadings(sensor: EngineSensor, previous: SensorState, readings: readonly EngineReading[], options: EngineOptions): { state: SensorState; changes: AlarmChange[] } {
  const state = copyState(previous);
  const ev = new Evaluation(state, options);
  const { keepHistory, liveKeys, keys } = compiled(sensor);
  const history = state.history;
  const sorted = readings.every((r, i) => i === 0 || readings[i - 1]!.ts <= r.ts) ? readings : [...readings].sort((a, b) => a.ts - b.ts);
  for (const reading of sorted) {
    if (state.lastTs !== null && reading.ts <= state.lastTs) continue;
    for (const key in state.open) {
      // Alarms of rules that were removed (PATCH) end at the next reading; so does a stale alarm.
      if (!liveKeys.has(key) || state.open[key]!.kind === 'stale') ev.clear(key, reading.ts, reading.value);
    }

    const outOfRange = reading.outOfRange ?? isOutOfRange(sensor, reading.value);
    if (outOfRange && !state.open[SENSOR_FAULT_KEY]) ev.open(SENSOR_FAULT_KEY, 'sensor_fault', SENSOR_FAULT_SEVERITY, reading.ts, reading.value, reading.value > (sensor.rangeHigh ?? Infinity) ? sensor.rangeHigh : sensor.rangeLow);
    else if (!outOfRange) ev.clear(SENSOR_FAULT_KEY, reading.ts, reading.value);

    // Fail safe: an out-of-range reading still counts for thresholds and power-off (a saturated methane head
    // reads at its top), but it is kept out of the trend used by rate of change and forecasts.
    if (!outOfRange) {
      history.push({ ts: reading.ts, value: reading.value });
      if (!keepHistory) history.splice(0, history.length - 1);
      else {
        let drop = Math.max(0, history.length - HISTORY_MAX_SAMPLES);
        while (drop < history.length - 1 && history[drop]!.ts <= reading.ts - HISTORY_MAX_AGE_MS) drop++;
        if (drop > 0) history.splice(0, drop);
      }
    }
    // Rate of change looks back from the current reading: the history without it.
    const before = outOfRange ? history : history.slice(0, -1);
    sensor.rules.forEach((rule, index) => {
      const key = keys[index]!;
      switch (rule.kind) {
        case 'threshold':
          return evaluateThreshold(ev, rule, key, reading);
        case 'power_off':
          return evaluatePowerOff(ev, rule, key, reading);
        case 'rate_of_change':
          if (!outOfRange) evaluateRate(ev, rule, key, reading, before);
          return;
        case 'forecast':
          if (!outOfRange) evaluateForecast(ev, rule, key, reading, history);
          return;
        case 'stale':
          return;
      }
    });
    state.lastTs = reading.ts;
  }
  return { state, changes: ev.changes };
}

/**
 * The stale check at `now`: opens the stale alarm when no reading came for afterSec. `since` stands in for the
 * last reading of a sensor that never sent one (its registration, or the evaluator's start).
 */
export function evaluateStale(sensor: EngineSensor, previous: SensorState, now: number, since: number, options: Pick<EngineOptions, 'newId'>): { state: SensorState; changes: AlarmChange[] } {
  const stale = staleRuleOf(sensor);
  if (!stale || previous.open[stale.key]) return { state: previous, changes: [] };
  const last = previous.lastTs ?? since;
  if (now - last < staleAfterSec(stale.rule, sensor.expectedIntervalSec) * 1000) return { state: previous, changes: [] };
  const state = copyState(previous);
  const ev = new Evaluation(state, { ...options, forecaster: () => ({ willReach: false }) });
  ev.open(stale.key, 'stale', stale.rule.severity, now, null, null);
  return { state, changes: ev.changes };
}
