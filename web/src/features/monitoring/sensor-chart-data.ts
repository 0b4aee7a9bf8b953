import type { AlarmSeverity, LiveReading, RawReading, ReadingBucket, SensorRule } from './monitoring.types.ts';

/** [epoch ms, value] pairs as echarts takes them. */
export type ChartPoint = [number, number];

export interface SensorChartSeries {
  /** 1-minute averages before the raw window. */
  minuteAvg: ChartPoint[];
  /** 1-minute min–max band, as [ts, min, max]. */
  minuteRange: [number, number, number][];
  /** Raw readings of the last hour, then the live ones, in time order without duplicates. */
  raw: ChartPoint[];
}

const toMs = (ts: string | number) => (typeof ts === 'number' ? ts : new Date(ts).getTime());

/**
 * The chart's lines: 1-minute roll-ups for the 24 h before `rawFrom`, raw readings from `rawFrom`, and the
 * live readings appended (deduplicated by timestamp, kept in order, trimmed to `keepFrom`).
 */
export function sensorChartSeries(buckets: readonly ReadingBucket[], raw: readonly RawReading[], live: readonly LiveReading[], rawFrom: number, keepFrom: number): SensorChartSeries {
  const older = buckets.map((b) => ({ ...b, t: toMs(b.ts) })).filter((b) => b.t < rawFrom && b.t >= keepFrom);
  const byTs = new Map<number, number>();
  for (const r of raw) byTs.set(toMs(r.ts), r.value);
  for (const r of live) byTs.set(toMs(r.ts), r.value);
  const recent = [...byTs].filter(([t]) => t >= Math.max(rawFrom, keepFrom)).sort((a, b) => a[0] - b[0]);
  return {
    minuteAvg: older.map((b) => [b.t, b.avg]),
    minuteRange: older.map((b) => [b.t, b.min, b.max]),
    raw: recent,
  };
}

export interface AlarmLevelLine {
  value: number;
  severity: AlarmSeverity | 'power_off' | 'restore' | 'forecast';
  /** 'H', '一级报警', '≥ 1.5 power-off' — left to the caller to translate when absent. */
  label?: string;
  direction: 'high' | 'low';
}

/** The horizontal lines to draw: each threshold level, power-off and restore, and the forecast level. */
export function alarmLevelLines(rules: readonly SensorRule[]): AlarmLevelLine[] {
  const lines: AlarmLevelLine[] = [];
  for (const rule of rules) {
    if (rule.kind === 'threshold') {
      for (const level of rule.levels) lines.push({ value: level.at, severity: level.severity, label: level.label, direction: rule.direction });
    } else if (rule.kind === 'power_off') {
      lines.push({ value: rule.powerOffAt, severity: 'power_off', direction: 'high' });
      if (rule.restoreBelow !== rule.powerOffAt) lines.push({ value: rule.restoreBelow, severity: 'restore', direction: 'high' });
    }
  }
  // One line per value: the most severe meaning wins (power-off over alarm over restore).
  const order = ['restore', 'forecast', 'warning', 'alarm', 'critical', 'power_off'];
  const byValue = new Map<string, AlarmLevelLine>();
  for (const line of lines) {
    const key = `${line.direction}:${line.value}`;
    const existing = byValue.get(key);
    if (!existing || order.indexOf(line.severity) > order.indexOf(existing.severity)) byValue.set(key, line);
  }
  return [...byValue.values()].sort((a, b) => a.value - b.value);
}

export const LEVEL_COLORS: Record<AlarmLevelLine['severity'], string> = {
  warning: '#faad14',
  alarm: '#fa541c',
  critical: '#cf1322',
  power_off: '#a8071a',
  restore: '#52c41a',
  forecast: '#1677ff',
};
