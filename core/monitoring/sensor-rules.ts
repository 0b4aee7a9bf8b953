import { z } from 'zod';
import { text } from '../shared/text.ts';

/**
 * Alarm rules of a sensor: the contract between sensor registration, templates and the alarm engine.
 * Threshold semantics (issue 4, a contract): an alarm opens at the first reading ≥ its level (≤ for a low
 * limit) and clears at the first reading below its clear level (above, for a low limit); the clear level
 * defaults to the level itself, minus a deadband when one is set. Severity may rise and fall within one
 * alarm while the reading moves between levels; the peak and the timeline are kept.
 */

export const SENSOR_KINDS = [
  'methane',
  'co',
  'o2',
  'co2',
  'h2s',
  'temperature',
  'wind_speed',
  'combustible_gas',
  'toxic_gas',
  'level',
  'pressure',
  'flow',
  'switch',
  'dust',
  'other',
] as const;
export const sensorKindSchema = z.enum(SENSOR_KINDS);
export type SensorKind = z.infer<typeof sensorKindSchema>;

/** Ordered from least to most severe. */
export const alarmSeveritySchema = z.enum(['warning', 'alarm', 'critical']);
export type AlarmSeverity = z.infer<typeof alarmSeveritySchema>;

export const alarmKindSchema = z.enum(['threshold', 'power_off', 'rate_of_change', 'stale', 'sensor_fault', 'forecast']);
export type AlarmKind = z.infer<typeof alarmKindSchema>;

const finite = z.number().finite();

export const thresholdLevelSchema = z.object({
  severity: alarmSeveritySchema,
  /** Opens (or raises the alarm to this severity) at ≥ at (high) / ≤ at (low). */
  at: finite,
  /** Clears (or steps down from this level) at the first reading < clearAt (high) / > clearAt (low); default `at`. */
  clearAt: finite.optional(),
  /** e.g. 'H', 'HH', '一级报警'. */
  label: text().max(40).optional(),
});

export const thresholdRuleSchema = z.object({
  kind: z.literal('threshold'),
  direction: z.enum(['high', 'low']),
  /** One or more levels, from least to most severe (a high rule: ascending `at`; a low rule: descending). */
  levels: z.array(thresholdLevelSchema).min(1).max(4),
  /** Subtracted from (high) or added to (low) each level to give its default clear level. */
  deadband: finite.min(0).default(0),
  /** The reading must stay beyond the level this long before the alarm opens. */
  minDurationSec: z.number().int().min(0).max(3600).default(0),
});

/** 煤矿安全规程 Art. 498 table (domain-rules §5.1): alarm and power-off are separate; restore only below restoreBelow. */
export const powerOffRuleSchema = z.object({
  kind: z.literal('power_off'),
  powerOffAt: finite,
  restoreBelow: finite,
});

export const rateOfChangeRuleSchema = z.object({
  kind: z.literal('rate_of_change'),
  /** Opens when the value rises by more than this per minute over the window (absolute units). */
  maxRisePerMinute: finite.positive().optional(),
  maxFallPerMinute: finite.positive().optional(),
  windowSec: z.number().int().min(10).max(3600).default(60),
  severity: alarmSeveritySchema.default('warning'),
});

/** No reading for `afterSec` (default 3 × the sensor's expectedIntervalSec; domain-rules §5.3, §6.3 [L]). */
export const staleRuleSchema = z.object({
  kind: z.literal('stale'),
  afterSec: z.number().int().min(1).optional(),
  severity: alarmSeveritySchema.default('warning'),
});

/** Predicts that the value will reach `level` within `horizonSec` (early warning, before the limit). */
export const forecastRuleSchema = z.object({
  kind: z.literal('forecast'),
  level: finite,
  horizonSec: z.number().int().min(30).max(3600).default(180),
  severity: alarmSeveritySchema.default('warning'),
});

export const sensorRuleSchema = z.discriminatedUnion('kind', [
  thresholdRuleSchema,
  powerOffRuleSchema,
  rateOfChangeRuleSchema,
  staleRuleSchema,
  forecastRuleSchema,
]);
export type SensorRule = z.infer<typeof sensorRuleSchema>;
export type ThresholdRule = z.infer<typeof thresholdRuleSchema>;
export type PowerOffRule = z.infer<typeof powerOffRuleSchema>;
