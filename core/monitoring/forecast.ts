import forecastParameters from './forecast-parameters.json' with { type: 'json' };

/**
 * Early warning (issue 4, "forecast" alarms): will a rising-limit sensor reach `level` within `horizonSec`?
 *
 * An explainable two-band rule over the sensor's own recent history, tuned on the training half of the
 * methane longwall data set (bench/forecast/fit.ts → forecast-parameters.json, ADR 0024):
 * 1. pre-alarm band — the value is within `preAlarmMargin` × level below the level (methane 1.0 %: ≥ 0.9 %),
 *    unless the signal has been flat (max − min < `flatTolerance` × level) for `flatSec` or longer: a reading
 *    parked just under the limit for a quarter of an hour rarely crosses it in the next minutes;
 * 2. recent-exceedance band — the value is within `recentMargin` × level below the level and the sensor was
 *    at or above the level within the last `recentSec` (it has just dipped and methane oscillates around the
 *    limit while the face is cut).
 * The estimated time to reach the level, when the warning stands and the robust (Theil–Sen) slope over the
 * last `slopeSec` is positive, is (level − value) / slope, capped at the horizon.
 *
 * The rule speaks of high limits (methane, CO, temperature, combustible gas); a low limit (O₂ ≤ 19.5 %) has no
 * forecast rule in the templates. `recentSec` is expressed for a 180 s horizon and scales with the horizon.
 */

export interface ForecastPoint {
  /** Epoch milliseconds. */
  ts: number;
  value: number;
}

export interface ForecastRuleInput {
  level: number;
  horizonSec: number;
}

export interface ForecastResult {
  willReach: boolean;
  etaSec?: number;
}

export type Forecaster = (history: readonly ForecastPoint[], rule: ForecastRuleInput) => ForecastResult;

export interface ForecastParameters {
  preAlarmMargin: number;
  flatTolerance: number;
  flatSec: number;
  recentMargin: number;
  recentSec: number;
  slopeSec: number;
}

export const DEFAULT_FORECAST_PARAMETERS: ForecastParameters = forecastParameters.parameters;

/** How much history (seconds before the latest reading) the forecaster looks at: keep at least this much. */
export function forecastHistorySec(parameters: ForecastParameters = DEFAULT_FORECAST_PARAMETERS, horizonSec = 180): number {
  return Math.max(parameters.flatSec, scaledRecentSec(parameters, horizonSec), parameters.slopeSec);
}

const EPSILON = 1e-9;

/** The default forecaster; `history` is in timestamp order, its last point the current reading. */
export const forecast: Forecaster = (history, rule) => forecastWith(DEFAULT_FORECAST_PARAMETERS, history, rule);

export function forecastWith(parameters: ForecastParameters, history: readonly ForecastPoint[], rule: ForecastRuleInput): ForecastResult {
  const current = history.at(-1);
  if (current === undefined || !Number.isFinite(current.value)) return { willReach: false };
  const { level } = rule;
  if (current.value >= level - EPSILON) return { willReach: true, etaSec: 0 };
  const scale = Math.abs(level);

  const inPreAlarmBand = current.value >= level - parameters.preAlarmMargin * scale - EPSILON;
  const inRecentBand = current.value >= level - parameters.recentMargin * scale - EPSILON;
  const warn =
    (inPreAlarmBand && !isFlat(history, current.ts - parameters.flatSec * 1000, parameters.flatTolerance * scale)) ||
    (inRecentBand && reachedLevelSince(history, current.ts - scaledRecentSec(parameters, rule.horizonSec) * 1000, level));
  if (!warn) return { willReach: false };

  const slopePerSec = theilSenSlopePerSec(history.filter((p) => p.ts >= current.ts - parameters.slopeSec * 1000));
  if (slopePerSec <= 0) return { willReach: true };
  return { willReach: true, etaSec: Math.min(rule.horizonSec, Math.round((level - current.value) / slopePerSec)) };
}

function scaledRecentSec(parameters: ForecastParameters, horizonSec: number): number {
  return (parameters.recentSec * horizonSec) / 180;
}

/** True when the history covers [since, now] and every value in it lies within a band narrower than `tolerance`. */
function isFlat(history: readonly ForecastPoint[], since: number, tolerance: number): boolean {
  const first = history[0];
  if (first === undefined || first.ts > since) return false;
  let min = Infinity;
  let max = -Infinity;
  for (let i = history.length - 1; i >= 0; i -= 1) {
    const point = history[i]!;
    min = Math.min(min, point.value);
    max = Math.max(max, point.value);
    if (max - min >= tolerance) return false;
    if (point.ts <= since) return true;
  }
  return true;
}

function reachedLevelSince(history: readonly ForecastPoint[], since: number, level: number): boolean {
  for (let i = history.length - 1; i >= 0 && history[i]!.ts >= since; i -= 1) {
    if (history[i]!.value >= level - EPSILON) return true;
  }
  return false;
}

/** Median of the pairwise slopes (units per second): robust to a single spike. */
export function theilSenSlopePerSec(points: readonly ForecastPoint[]): number {
  const slopes: number[] = [];
  for (let a = 0; a < points.length; a += 1) {
    for (let b = a + 1; b < points.length; b += 1) {
      const dt = (points[b]!.ts - points[a]!.ts) / 1000;
      if (dt > 0) slopes.push((points[b]!.value - points[a]!.value) / dt);
    }
  }
  if (slopes.length === 0) return 0;
  slopes.sort((x, y) => x - y);
  const middle = Math.floor(slopes.length / 2);
  return slopes.length % 2 === 1 ? slopes[middle]! : (slopes[middle - 1]! + slopes[middle]!) / 2;
}
