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

export interface ChartYAxis {
  min: number;
  max: number;
  /** Level lines inside [min, max], drawn on the chart. */
  shown: AlarmLevelLine[];
  /** Levels too far from the data to draw without flattening it: named in a note under the chart. */
  offChart: AlarmLevelLine[];
}

/** How far beyond the data a level may lie and still be drawn, in multiples of the data's magnitude. */
const LEVEL_REACH = 2;

/** 1, 2, 2.5 or 5 × 10ⁿ: the tick step for a span cut in about five. */
function niceStep(span: number): number {
  const raw = span / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= raw)! * power;
  return step;
}

const clean = (x: number) => Number(x.toFixed(10));

/**
 * The y-axis of a sensor chart scaled to the readings, not to the alarm levels: a CO sensor reading 1.9 ppm with
 * levels at 24 and 160 ppm shows its curve, and the far levels are listed as off the chart. A level is drawn when
 * it lies within LEVEL_REACH × the data's magnitude (the larger of its span and its largest absolute value) of
 * the data, so a methane face at 0.6 %CH₄ still shows its 1.0 alarm and 1.5 power-off lines. Without data, the
 * axis spans the levels. The bounds are rounded out to a tick step; a non-negative axis does not dip below zero.
 */
export function chartYAxis(values: readonly number[], levels: readonly AlarmLevelLine[]): ChartYAxis {
  const data = values.filter((v) => Number.isFinite(v));
  let shown: AlarmLevelLine[];
  let lo: number;
  let hi: number;
  if (data.length === 0) {
    shown = [...levels];
    lo = Math.min(0, ...levels.map((l) => l.value));
    hi = Math.max(lo + 1, ...levels.map((l) => l.value));
  } else {
    const dataMin = Math.min(...data);
    const dataMax = Math.max(...data);
    const magnitude = Math.max(dataMax - dataMin, Math.abs(dataMin), Math.abs(dataMax)) || 1;
    const reach = LEVEL_REACH * magnitude;
    shown = levels.filter((l) => l.value >= dataMin - reach && l.value <= dataMax + reach);
    lo = Math.min(dataMin, ...shown.map((l) => l.value));
    hi = Math.max(dataMax, ...shown.map((l) => l.value));
  }
  const pad = Math.max((hi - lo) * 0.08, Math.abs(hi) * 0.02, 1e-6);
  const nonNegative = lo >= 0;
  let min = lo - pad;
  let max = hi + pad;
  // A non-negative axis starts at zero when zero is near (within one span): concentrations read against their origin.
  if (nonNegative && (min < 0 || lo <= hi - lo)) min = 0;
  const step = niceStep(max - min);
  min = clean(Math.floor(min / step) * step);
  max = clean(Math.ceil(max / step) * step);
  if (nonNegative && min < 0) min = 0;
  return { min, max, shown, offChart: levels.filter((l) => !shown.includes(l)) };
}
