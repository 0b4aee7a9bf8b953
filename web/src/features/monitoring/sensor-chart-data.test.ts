import { describe, expect, it } from 'vitest';
import { alarmLevelLines, chartYAxis, sensorChartSeries } from './sensor-chart-data.ts';

const T = Date.parse('2026-11-30T04:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();

describe('sensor chart series', () => {
  it('uses roll-ups before the raw window, raw readings inside it, and appends live readings without duplicates', () => {
    const buckets = [
      { ts: iso(T - 7_200_000), min: 0.5, max: 0.7, avg: 0.6, count: 2 },
      { ts: iso(T - 60_000), min: 0.8, max: 0.9, avg: 0.85, count: 2 }, // inside the raw window: dropped
    ];
    const raw = [
      { ts: iso(T - 30_000), value: 0.9 },
      { ts: iso(T), value: 1.0 },
    ];
    const live = [
      { sensorId: 's', ts: iso(T), value: 1.0 }, // same instant as a raw reading: one point
      { sensorId: 's', ts: T + 30_000, value: 1.1 },
    ];
    const series = sensorChartSeries(buckets, raw, live, T - 3_600_000, T - 86_400_000);
    expect(series.minuteAvg).toEqual([[T - 7_200_000, 0.6]]);
    expect(series.minuteRange).toEqual([[T - 7_200_000, 0.5, 0.7]]);
    expect(series.raw).toEqual([
      [T - 30_000, 0.9],
      [T, 1.0],
      [T + 30_000, 1.1],
    ]);
  });

  it('drops what has scrolled out of the 24 h window', () => {
    const series = sensorChartSeries([{ ts: iso(T - 90_000_000), min: 1, max: 1, avg: 1, count: 1 }], [], [], T - 3_600_000, T - 86_400_000);
    expect(series.minuteAvg).toEqual([]);
  });
});

describe('alarm level lines', () => {
  it('draws each threshold level, power-off and restore, one line per value with the most severe meaning', () => {
    const lines = alarmLevelLines([
      { kind: 'threshold', direction: 'high', levels: [{ severity: 'alarm', at: 1.0 }], deadband: 0, minDurationSec: 0 },
      { kind: 'power_off', powerOffAt: 1.5, restoreBelow: 1.0 },
      { kind: 'forecast', level: 1.0, horizonSec: 180, severity: 'warning' },
      { kind: 'stale', severity: 'warning' },
    ]);
    expect(lines).toEqual([
      { value: 1.0, severity: 'alarm', label: undefined, direction: 'high' },
      { value: 1.5, severity: 'power_off', direction: 'high' },
    ]);
  });

  it('keeps high and low limits of one sensor apart (tank LL/L/H/HH)', () => {
    const lines = alarmLevelLines([
      { kind: 'threshold', direction: 'high', levels: [{ severity: 'alarm', at: 85, label: 'H' }, { severity: 'critical', at: 90, label: 'HH' }], deadband: 1, minDurationSec: 0 },
      { kind: 'threshold', direction: 'low', levels: [{ severity: 'alarm', at: 15, label: 'L' }, { severity: 'critical', at: 10, label: 'LL' }], deadband: 1, minDurationSec: 0 },
    ]);
    expect(lines.map((l) => `${l.label}@${l.value}`)).toEqual(['LL@10', 'L@15', 'H@85', 'HH@90']);
  });
});

describe('chart y-axis', () => {
  const co = alarmLevelLines([{ kind: 'threshold', direction: 'high', levels: [{ severity: 'warning', at: 24 }, { severity: 'alarm', at: 160 }], deadband: 0, minDurationSec: 0 }]);
  const methane = alarmLevelLines([
    { kind: 'threshold', direction: 'high', levels: [{ severity: 'alarm', at: 1 }], deadband: 0, minDurationSec: 0 },
    { kind: 'power_off', powerOffAt: 1.5, restoreBelow: 1 },
  ]);

  it('scales to a live 1.9 ppm curve, not to the 160 ppm alarm line, and lists the levels left off', () => {
    const axis = chartYAxis([1.85, 1.9, 1.95, 1.88], co);
    expect(axis.max).toBeLessThan(3);
    expect(axis.min).toBeGreaterThan(1);
    expect(axis.min).toBeLessThanOrEqual(1.85);
    expect(axis.max).toBeGreaterThanOrEqual(1.95);
    expect(axis.shown).toEqual([]);
    expect(axis.offChart.map((l) => l.value)).toEqual([24, 160]);
    // The curve fills most of the height.
    expect((1.95 - 1.85) / (axis.max - axis.min)).toBeGreaterThan(0.2);
  });

  it('keeps the levels near the data on the chart: a methane face at 0.6 shows alarm 1.0 and power-off 1.5', () => {
    const axis = chartYAxis([0.5, 0.6, 0.55], methane);
    expect(axis.shown.map((l) => l.value)).toEqual([1, 1.5]);
    expect(axis.offChart).toEqual([]);
    expect(axis.min).toBe(0);
    expect(axis.max).toBeGreaterThanOrEqual(1.5);
    expect(axis.max).toBeLessThanOrEqual(2);
  });

  it('draws a near level and names a far one: 0.4 %CH4 reaches 1.0 but not 1.5', () => {
    const axis = chartYAxis([0.3, 0.4], methane);
    expect(axis.shown.map((l) => l.value)).toEqual([1]);
    expect(axis.offChart.map((l) => l.value)).toEqual([1.5]);
  });

  it('a low limit below the data (oxygen 20.9 % with 19.5 %) and negative temperatures', () => {
    const o2 = alarmLevelLines([{ kind: 'threshold', direction: 'low', levels: [{ severity: 'alarm', at: 19.5 }], deadband: 0, minDurationSec: 0 }]);
    const axis = chartYAxis([20.8, 20.9, 21], o2);
    expect(axis.shown.map((l) => l.value)).toEqual([19.5]);
    expect(axis.min).toBeLessThanOrEqual(19.5);
    expect(axis.max).toBeGreaterThanOrEqual(21);
    const cold = chartYAxis([-8, -5, -6], []);
    expect(cold.min).toBeLessThanOrEqual(-8);
    expect(cold.max).toBeGreaterThanOrEqual(-5);
    expect(cold.max).toBeLessThanOrEqual(0);
  });

  it('flat zero readings still get an axis; without data the axis spans the levels', () => {
    const zero = chartYAxis([0, 0, 0], co);
    expect(zero.min).toBe(0);
    expect(zero.max).toBeGreaterThan(0);
    expect(zero.max).toBeLessThan(24);
    expect(zero.offChart).toHaveLength(2);
    const empty = chartYAxis([], co);
    expect(empty.shown).toHaveLength(2);
    expect(empty.max).toBeGreaterThanOrEqual(160);
  });
});
