import { describe, expect, it } from 'vitest';
import {
  emptyState,
  evaluateReadings,
  evaluateStale,
  restoreState,
  thresholdLevelAfter,
  type AlarmChange,
  type EngineSensor,
  type SensorState,
} from './alarm-engine.ts';
import { linearTrendForecaster } from './forecast-default.ts';
import type { SensorRule, ThresholdRule } from './sensor-rules.ts';

let ids = 0;
const options = { newId: () => `a${++ids}`, forecaster: linearTrendForecaster };
const sensor = (rules: SensorRule[], extra: Partial<EngineSensor> = {}): EngineSensor => ({ id: 's', rules, expectedIntervalSec: 30, rangeLow: 0, rangeHigh: 4, ...extra });
const high = (levels: ThresholdRule['levels'], extra: Partial<ThresholdRule> = {}): ThresholdRule => ({ kind: 'threshold', direction: 'high', levels, deadband: 0, minDurationSec: 0, ...extra });
const low = (levels: ThresholdRule['levels'], extra: Partial<ThresholdRule> = {}): ThresholdRule => ({ kind: 'threshold', direction: 'low', levels, deadband: 0, minDurationSec: 0, ...extra });

/** Feeds values 30 s apart and returns every change as a compact string, and the final state. */
function run(s: EngineSensor, values: number[], state: SensorState = emptyState(), start = 0) {
  const readings = values.map((value, i) => ({ ts: start + i * 30_000, value }));
  const result = evaluateReadings(s, state, readings, options);
  return { ...result, log: result.changes.filter((c) => c.type !== 'peak').map(describeChange) };
}
const describeChange = (c: AlarmChange) =>
  c.type === 'severity_changed' ? `${c.alarm.kind} ${c.from}→${c.alarm.severity} @${c.value}` : `${c.alarm.kind} ${c.type} ${c.alarm.severity} @${c.value}`;

describe('threshold: opening and clearing exactly at the boundaries', () => {
  const methane = sensor([high([{ severity: 'alarm', at: 1.0 }])]);
  it.each([
    ['just below the level stays quiet', [0.99], []],
    ['exactly at the level opens (≥)', [1.0], ['threshold opened alarm @1']],
    ['exactly at the clear level (= level) holds', [1.0, 1.0], ['threshold opened alarm @1']],
    ['the first reading below the clear level clears', [1.0, 0.99], ['threshold opened alarm @1', 'threshold cleared alarm @0.99']],
    ['reopens at the level again (a new alarm)', [1.2, 0.5, 1.0], ['threshold opened alarm @1.2', 'threshold cleared alarm @0.5', 'threshold opened alarm @1']],
  ])('%s', (_name, values, expected) => {
    expect(run(methane, values).log).toEqual(expected);
  });

  it('a deadband lowers the clear level: exactly at level − deadband holds, below it clears', () => {
    const s = sensor([high([{ severity: 'alarm', at: 1.0 }], { deadband: 0.1 })]);
    expect(run(s, [1.0, 0.95, 0.9]).log).toEqual(['threshold opened alarm @1']);
    expect(run(s, [1.0, 0.9, 0.89]).log).toEqual(['threshold opened alarm @1', 'threshold cleared alarm @0.89']);
    // The deadband does not lower the opening level.
    expect(run(s, [0.95]).log).toEqual([]);
  });

  it('an explicit clearAt wins over the deadband', () => {
    const s = sensor([high([{ severity: 'alarm', at: 1.0, clearAt: 0.8 }], { deadband: 0.1 })]);
    expect(run(s, [1.0, 0.8, 0.79]).log).toEqual(['threshold opened alarm @1', 'threshold cleared alarm @0.79']);
  });

  it('a low limit is the mirror: ≤ opens, > clear level clears', () => {
    const o2 = sensor([low([{ severity: 'alarm', at: 19.5 }], { deadband: 0.2 })], { rangeLow: 0, rangeHigh: 25 });
    expect(run(o2, [19.51]).log).toEqual([]);
    expect(run(o2, [19.5, 19.7, 19.71]).log).toEqual(['threshold opened alarm @19.5', 'threshold cleared alarm @19.71']);
  });
});

describe('threshold: severity rises and steps down within one alarm; the peak is kept', () => {
  const lel = sensor([high([{ severity: 'warning', at: 25 }, { severity: 'alarm', at: 50 }], { deadband: 5 })], { rangeHigh: 100 });

  it.each([
    [[24, 25], ['threshold opened warning @25']],
    [[25, 50], ['threshold opened warning @25', 'threshold warning→alarm @50']],
    [[50], ['threshold opened alarm @50']],
    [[50, 45], ['threshold opened alarm @50']],
    [[50, 44.9], ['threshold opened alarm @50', 'threshold alarm→warning @44.9']],
    [[50, 44.9, 50], ['threshold opened alarm @50', 'threshold alarm→warning @44.9', 'threshold warning→alarm @50']],
    [[60, 30, 19.9], ['threshold opened alarm @60', 'threshold alarm→warning @30', 'threshold cleared warning @19.9']],
    [[60, 19.9], ['threshold opened alarm @60', 'threshold cleared alarm @19.9']],
  ])('%j → %j', (values, expected) => {
    expect(run(lel, values).log).toEqual(expected);
  });

  it('keeps the peak value and severity after stepping down', () => {
    const { state } = run(lel, [30, 70, 55, 40]);
    const alarm = Object.values(state.open)[0]!;
    expect(alarm).toMatchObject({ severity: 'warning', peakSeverity: 'alarm', peakValue: 70, openValue: 30, limit: 25 });
  });

  it('the level function: hysteresis per level', () => {
    const rule = high([{ severity: 'warning', at: 25 }, { severity: 'alarm', at: 50 }], { deadband: 5 });
    expect(thresholdLevelAfter(rule, -1, 47)).toBe(0);
    expect(thresholdLevelAfter(rule, 1, 47)).toBe(1);
    expect(thresholdLevelAfter(rule, 1, 45)).toBe(1);
    expect(thresholdLevelAfter(rule, 1, 44.99)).toBe(0);
    expect(thresholdLevelAfter(rule, 0, 20)).toBe(0);
    expect(thresholdLevelAfter(rule, 0, 19.99)).toBe(-1);
  });

  it('tank LL/L/H/HH as two rules: a low and a high, each with two levels', () => {
    const tank = sensor(
      [
        low([{ severity: 'warning', at: 2, label: 'L' }, { severity: 'critical', at: 1, label: 'LL' }]),
        high([{ severity: 'warning', at: 8, label: 'H' }, { severity: 'critical', at: 9, label: 'HH' }]),
      ],
      { rangeHigh: 10 },
    );
    expect(run(tank, [5, 2, 1, 1.5, 2.01, 9]).log).toEqual([
      'threshold opened warning @2',
      'threshold warning→critical @1',
      'threshold critical→warning @1.5',
      'threshold cleared warning @2.01',
      'threshold opened critical @9',
    ]);
  });
});

describe('threshold: minimum duration', () => {
  const s = sensor([high([{ severity: 'alarm', at: 1.0 }], { minDurationSec: 60 })]);
  it.each([
    ['beyond for 30 s only: nothing', [1.0, 1.1], []],
    ['beyond for exactly 60 s: opens at the third reading', [1.0, 1.1, 1.2], ['threshold opened alarm @1.2']],
    ['a reading back inside restarts the wait', [1.0, 1.1, 0.9, 1.0, 1.0], []],
    ['restarted wait completes', [1.0, 0.9, 1.0, 1.0, 1.0], ['threshold opened alarm @1']],
  ])('%s', (_name, values, expected) => {
    expect(run(s, values).log).toEqual(expected);
  });
});

describe('power_off: latch until below restore', () => {
  const face = sensor([high([{ severity: 'alarm', at: 1.0 }]), { kind: 'power_off', powerOffAt: 1.5, restoreBelow: 1.0 }]);
  it.each([
    ['1.49: alarm only', [1.49], ['threshold opened alarm @1.49']],
    ['exactly 1.5: alarm and power-off', [1.5], ['threshold opened alarm @1.5', 'power_off opened critical @1.5']],
    ['back to 1.2 (restore ≤ v < power-off): stays off', [1.5, 1.2], ['threshold opened alarm @1.5', 'power_off opened critical @1.5']],
    ['exactly at restore 1.0: stays off', [1.5, 1.0], ['threshold opened alarm @1.5', 'power_off opened critical @1.5']],
    [
      'first reading < 1.0 restores and clears the alarm',
      [1.5, 0.99],
      ['threshold opened alarm @1.5', 'power_off opened critical @1.5', 'threshold cleared alarm @0.99', 'power_off cleared critical @0.99'],
    ],
  ])('%s', (_name, values, expected) => {
    expect(run(face, values).log).toEqual(expected);
  });

  it('equal alarm and power-off levels (return roadway 1.0/1.0/1.0): both open and clear on the same readings', () => {
    const ret = sensor([high([{ severity: 'alarm', at: 1.0 }]), { kind: 'power_off', powerOffAt: 1.0, restoreBelow: 1.0 }]);
    expect(run(ret, [0.99, 1.0, 1.0, 0.99]).log).toEqual([
      'threshold opened alarm @1',
      'power_off opened critical @1',
      'threshold cleared alarm @0.99',
      'power_off cleared critical @0.99',
    ]);
  });

  it('restore below the alarm level (被串掘进 0.5/1.5/0.5): stays off between 0.5 and 1.5', () => {
    const s = sensor([high([{ severity: 'alarm', at: 0.5 }]), { kind: 'power_off', powerOffAt: 1.5, restoreBelow: 0.5 }]);
    const { log } = run(s, [1.5, 0.7, 0.5, 0.49]);
    expect(log).toEqual(['threshold opened alarm @1.5', 'power_off opened critical @1.5', 'threshold cleared alarm @0.49', 'power_off cleared critical @0.49']);
  });
});

describe('rate of change', () => {
  const s = sensor([{ kind: 'rate_of_change', maxRisePerMinute: 0.2, windowSec: 60, severity: 'warning' }]);
  it.each([
    ['exactly the limit does not open (more than)', [0.1, 0.2, 0.3], []],
    ['faster opens', [0.1, 0.2, 0.31], ['rate_of_change opened warning @0.31']],
    ['clears when the rise slows', [0.1, 0.2, 0.31, 0.32], ['rate_of_change opened warning @0.31', 'rate_of_change cleared warning @0.32']],
  ])('%s', (_name, values, expected) => {
    expect(run(s, values).log).toEqual(expected);
  });

  it('falls are checked when a fall limit is set', () => {
    const f = sensor([{ kind: 'rate_of_change', maxFallPerMinute: 1, windowSec: 60, severity: 'alarm' }], { rangeHigh: 25 });
    expect(run(f, [20, 19, 18.9]).log).toEqual(['rate_of_change opened alarm @19']);
  });
});

describe('stale and sensor fault', () => {
  const s = sensor([high([{ severity: 'alarm', at: 1.0 }]), { kind: 'stale', severity: 'warning' }]);
  it('opens after exactly 3 × expectedIntervalSec without a reading, not a millisecond earlier', () => {
    const { state } = run(s, [0.3]);
    expect(evaluateStale(s, state, 90_000 - 1, 0, options).changes).toEqual([]);
    const stale = evaluateStale(s, state, 90_000, 0, options);
    expect(stale.changes.map(describeChange)).toEqual(['stale opened warning @null']);
    // Idempotent while open; clears on the next reading.
    expect(evaluateStale(s, stale.state, 200_000, 0, options).changes).toEqual([]);
    const next = evaluateReadings(s, stale.state, [{ ts: 300_000, value: 0.3 }], options);
    expect(next.changes.map(describeChange)).toEqual(['stale cleared warning @0.3']);
  });

  it('an explicit afterSec wins; a sensor that never reported counts from `since`', () => {
    const t = sensor([{ kind: 'stale', afterSec: 10, severity: 'alarm' }]);
    expect(evaluateStale(t, emptyState(), 9_999 + 5_000, 5_000, options).changes).toEqual([]);
    expect(evaluateStale(t, emptyState(), 10_000 + 5_000, 5_000, options).changes).toHaveLength(1);
  });

  it('no stale rule: never stale', () => {
    expect(evaluateStale(sensor([]), emptyState(), 1e12, 0, options).changes).toEqual([]);
  });

  it.each([
    ['exactly the range top is in range', [4], ['threshold opened alarm @4']],
    ['above the top is a fault', [4.01], ['sensor_fault opened warning @4.01', 'threshold opened alarm @4.01']],
    ['below the bottom is a fault; the next in-range reading clears it', [-0.1, 0], ['sensor_fault opened warning @-0.1', 'sensor_fault cleared warning @0']],
  ])('range: %s', (_name, values, expected) => {
    expect(run(s, values).log).toEqual(expected);
  });

  it('uses the flag given by ingestion when there is one', () => {
    const { changes } = evaluateReadings(s, emptyState(), [{ ts: 1, value: 0.2, outOfRange: true }], options);
    expect(changes.map(describeChange)).toEqual(['sensor_fault opened warning @0.2']);
  });
});

describe('forecast hook', () => {
  const s = sensor([{ kind: 'forecast', level: 1.0, horizonSec: 180, severity: 'warning' }]);
  it('a steady rise that reaches the level within the horizon opens an early warning; reaching the level clears it', () => {
    // +0.05 every 30 s: from 0.8 the level is 2 samples (60 s) away.
    const { log } = run(s, [0.6, 0.65, 0.7, 0.75, 0.8, 0.95, 1.0]);
    expect(log[0]).toMatch(/^forecast opened warning/);
    expect(log.at(-1)).toBe('forecast cleared warning @1');
  });
  it('a flat signal below the level never warns', () => {
    expect(run(s, [0.9, 0.9, 0.9, 0.9, 0.9]).log).toEqual([]);
  });
  it('calls the forecaster given in the options with the history and the rule', () => {
    const seen: number[] = [];
    evaluateReadings(s, emptyState(), [{ ts: 0, value: 0.1 }, { ts: 30_000, value: 0.2 }], {
      ...options,
      forecaster: (history, rule) => {
        seen.push(history.length, rule.level);
        return { willReach: false };
      },
    });
    expect(seen).toEqual([1, 1.0, 2, 1.0]);
  });
});

describe('order and restore', () => {
  const face = sensor([high([{ severity: 'alarm', at: 1.0 }]), { kind: 'power_off', powerOffAt: 1.5, restoreBelow: 1.0 }]);
  it('sorts a batch by time and skips readings not newer than the last one seen', () => {
    const first = evaluateReadings(face, emptyState(), [{ ts: 60_000, value: 0.5 }, { ts: 0, value: 1.6 }], options);
    expect(first.changes.map(describeChange)).toEqual(['threshold opened alarm @1.6', 'power_off opened critical @1.6', 'threshold cleared alarm @0.5', 'power_off cleared critical @0.5']);
    const late = evaluateReadings(face, first.state, [{ ts: 30_000, value: 3 }], options);
    expect(late.changes).toEqual([]);
  });

  it('a state restored from open alarms continues the latch: no second opening, clears below restore', () => {
    const { state } = run(face, [1.7]);
    const restored = restoreState({ openAlarms: Object.values(state.open), pendingSince: {}, judgedThrough: 0, history: [{ ts: 0, value: 1.7 }] });
    expect(run(face, [1.2], restored, 30_000).log).toEqual([]);
    expect(run(face, [0.9], restored, 30_000).log).toEqual(['threshold cleared alarm @0.9', 'power_off cleared critical @0.9']);
  });

  it('a restored state judges only readings after the watermark and keeps the minimum-duration wait', () => {
    const slow = sensor([{ kind: 'threshold', direction: 'high', levels: [{ severity: 'alarm', at: 1.0 }], deadband: 0, minDurationSec: 60 }]);
    const before = run(slow, [1.2, 1.3]); // at 0 s and 30 s: waiting since 0
    expect(before.log).toEqual([]);
    const restored = restoreState({ openAlarms: [], pendingSince: before.state.pendingSince, judgedThrough: 30_000, history: [{ ts: 60_000, value: 9 }] });
    expect(restored.lastTs).toBe(30_000);
    expect(restored.history).toEqual([]); // nothing after the watermark counts as judged
    expect(run(slow, [5], restored, 30_000).log).toEqual([]); // at the watermark: judged already
    expect(run(slow, [1.1], restored, 45_000).log).toEqual([]); // 45 s: not yet 60 s since the wait began at 0
    expect(run(slow, [1.1], restored, 60_000).log).toEqual(['threshold opened alarm @1.1']);
  });

  it('does not modify the state passed in', () => {
    const state = emptyState();
    run(face, [2], state);
    expect(state).toEqual(emptyState());
  });
});
