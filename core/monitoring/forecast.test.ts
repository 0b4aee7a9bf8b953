import { describe, expect, it } from 'vitest';
import { forecast, forecastWith, theilSenSlopePerSec, type ForecastParameters, type ForecastPoint } from './forecast.ts';

const STEP_MS = 30_000;
const rule = { level: 1.0, horizonSec: 180 };
const parameters: ForecastParameters = { preAlarmMargin: 0.1, flatTolerance: 0.05, flatSec: 600, recentMargin: 0.3, recentSec: 180, slopeSec: 300 };

/** A 30-second series ending now. */
function series(values: number[]): ForecastPoint[] {
  return values.map((value, i) => ({ ts: 1_800_000_000_000 + i * STEP_MS, value }));
}
const repeat = (value: number, times: number) => Array.from({ length: times }, () => value);

describe('forecast (early warning)', () => {
  it('does not warn far below the level', () => {
    expect(forecastWith(parameters, series([...repeat(0.4, 30), 0.5, 0.6]), rule)).toEqual({ willReach: false });
  });

  it('warns in the pre-alarm band while the signal moves', () => {
    expect(forecastWith(parameters, series([...repeat(0.7, 20), 0.8, 0.8, 0.9]), rule).willReach).toBe(true);
  });

  it('gives an ETA from the rising slope, capped at the horizon', () => {
    const result = forecastWith(parameters, series([0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95]), rule);
    expect(result.willReach).toBe(true);
    // 0.05 per 30 s = 1/600 per second; 0.05 to go → 30 s.
    expect(result.etaSec).toBe(30);
  });

  it('stays quiet when the value has been parked just below the level for longer than flatSec', () => {
    expect(forecastWith(parameters, series(repeat(0.9, 22)), rule).willReach).toBe(false);
  });

  it('warns when parked but the history does not yet cover flatSec (it cannot know it is flat)', () => {
    expect(forecastWith(parameters, series(repeat(0.9, 5)), rule).willReach).toBe(true);
  });

  it('warns two steps below the level right after an exceedance, not later', () => {
    const dipped = [...repeat(0.7, 20), 1.1, 1.0, 0.8];
    expect(forecastWith(parameters, series(dipped), rule).willReach).toBe(true);
    const longAgo = [...repeat(0.7, 20), 1.1, 1.0, ...repeat(0.8, 8)];
    expect(forecastWith(parameters, series(longAgo), rule).willReach).toBe(false);
  });

  it('does not use the recent-exceedance band below its margin', () => {
    expect(forecastWith(parameters, series([...repeat(0.5, 20), 1.0, 0.6]), rule).willReach).toBe(false);
  });

  it('reports a value already at the level as reached now', () => {
    expect(forecastWith(parameters, series([0.8, 1.0]), rule)).toEqual({ willReach: true, etaSec: 0 });
  });

  it('scales with the level (CO 24 ppm: the pre-alarm band starts at 21.6 ppm)', () => {
    const co = { level: 24, horizonSec: 180 };
    expect(forecastWith(parameters, series([10, 15, 21.7]), co).willReach).toBe(true);
    expect(forecastWith(parameters, series([10, 15, 21.5]), co).willReach).toBe(false);
  });

  it('handles an empty history and a NaN reading', () => {
    expect(forecast([], rule)).toEqual({ willReach: false });
    expect(forecast(series([Number.NaN]), rule)).toEqual({ willReach: false });
  });

  it('the committed parameters are used by the default forecaster', () => {
    expect(forecast(series([...repeat(0.7, 20), 0.8, 0.9]), rule).willReach).toBe(true);
    expect(forecast(series(repeat(0.5, 30)), rule).willReach).toBe(false);
  });
});

describe('theilSenSlopePerSec', () => {
  it('ignores a single spike', () => {
    const points = series([1, 2, 3, 100, 5, 6]);
    expect(theilSenSlopePerSec(points)).toBeCloseTo(1 / 30, 6);
  });
  it('is zero for fewer than two points', () => {
    expect(theilSenSlopePerSec(series([1]))).toBe(0);
  });
});
