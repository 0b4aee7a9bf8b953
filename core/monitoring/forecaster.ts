import type { z } from 'zod';
import type { forecastRuleSchema } from './sensor-rules.ts';

export type ForecastRule = z.infer<typeof forecastRuleSchema>;

/** One sample of a sensor's recent history, oldest first; ts in epoch milliseconds. */
export interface Sample {
  ts: number;
  value: number;
}

export interface ForecastResult {
  /** The value is predicted to reach `rule.level` within `rule.horizonSec`. */
  willReach: boolean;
  /** Seconds until it gets there, when the method knows. */
  etaSec?: number;
}

/**
 * The early-warning hook of the alarm engine (issue 4 "Forecast"): given the sensor's recent in-range samples
 * (oldest first, the current reading last) and the sensor's forecast rule, predict whether the value reaches the
 * rule's level within its horizon. Pure and synchronous: the engine calls it once per reading.
 * The evaluator uses the tuned method (core/monitoring/forecast.ts, same shape); core/monitoring/forecast-default.ts
 * is the simple linear-trend fallback the engine's tests use.
 */
export type Forecaster = (history: readonly Sample[], rule: ForecastRule) => ForecastResult;
