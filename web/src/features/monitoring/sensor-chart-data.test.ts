import { describe, expect, it } from 'vitest';
import { alarmLevelLines, sensorChartSeries } from './sensor-chart-data.ts';

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
