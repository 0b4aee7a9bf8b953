import type { Forecaster, Sample } from './forecaster.ts';

/** Samples the default trend is fitted over, and the fewest it needs. */
export const LINEAR_TREND_SAMPLES = 10;
const MIN_SAMPLES = 3;

/** Least-squares slope (units per second) and the fitted value at the last sample. */
function fit(samples: readonly Sample[]): { slopePerSec: number; fittedNow: number } {
  const t0 = samples[0]!.ts;
  const xs = samples.map((s) => (s.ts - t0) / 1000);
  const n = samples.length;
  const meanX = xs.reduce((a, b) => a + b, 0) / n;
  const meanY = samples.reduce((a, s) => a + s.value, 0) / n;
  let sxx = 0;
  let sxy = 0;
  samples.forEach((s, i) => {
    sxx += (xs[i]! - meanX) ** 2;
    sxy += (xs[i]! - meanX) * (s.value - meanY);
  });
  const slopePerSec = sxx === 0 ? 0 : sxy / sxx;
  return { slopePerSec, fittedNow: meanY + slopePerSec * (xs[n - 1]! - meanX) };
}

/**
 * The default forecaster: a straight line fitted over the last LINEAR_TREND_SAMPLES samples, extrapolated over
 * the rule's horizon. Reached already → eta 0. A flat or falling trend never reaches. A placeholder for the
 * tuned method (issue 4 evaluates that one against the naive pre-alarm); simple enough to reason about.
 */
export const linearTrendForecaster: Forecaster = (history, rule) => {
  const last = history.at(-1);
  if (!last) return { willReach: false };
  if (last.value >= rule.level) return { willReach: true, etaSec: 0 };
  const samples = history.slice(-LINEAR_TREND_SAMPLES);
  if (samples.length < MIN_SAMPLES) return { willReach: false };
  const { slopePerSec, fittedNow } = fit(samples);
  if (slopePerSec <= 0) return { willReach: false };
  const etaSec = Math.max(0, (rule.level - Math.max(fittedNow, last.value)) / slopePerSec);
  return etaSec <= rule.horizonSec ? { willReach: true, etaSec: Math.round(etaSec) } : { willReach: false };
};
