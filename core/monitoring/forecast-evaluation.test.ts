import { describe, expect, it } from 'vitest';
import { confusionCounts, scoreWarnings, warningCases, warningScores } from './forecast-evaluation.ts';

describe('forecast evaluation', () => {
  it('counts true/false positives and negatives', () => {
    const outcomes = [
      { predicted: true, actual: true },
      { predicted: true, actual: true },
      { predicted: true, actual: false },
      { predicted: false, actual: true },
      { predicted: false, actual: false },
      { predicted: false, actual: false },
      { predicted: false, actual: false },
    ];
    expect(confusionCounts(outcomes)).toEqual({ tp: 2, fp: 1, fn: 1, tn: 3 });
    const scores = warningScores(outcomes);
    expect(scores.recall).toBeCloseTo(2 / 3);
    expect(scores.precision).toBeCloseTo(2 / 3);
    expect(scores.falseAlarmRate).toBeCloseTo(1 / 4);
  });

  it('gives zero rather than NaN when a denominator is empty', () => {
    expect(warningScores([{ predicted: false, actual: false }])).toMatchObject({ recall: 0, precision: 0, falseAlarmRate: 0 });
  });

  it('scores only rows below the level, drops the last horizon rows, labels by the look-ahead maximum', () => {
    const rows = [
      { value: 0.5, futureMax: 0.9 }, // below, will not reach
      { value: 0.9, futureMax: 1.0 }, // below, reaches (1.0 counts)
      { value: 1.2, futureMax: 1.2 }, // already above: not a case
      { value: 0.8, futureMax: 1.1 }, // below, reaches
      { value: 0.9, futureMax: 0.9 }, // in the last horizonRows: dropped
    ];
    const cases = warningCases(rows, { level: 1.0, stepSec: 30, horizonRows: 1, historyRows: 2 });
    expect(cases.map((c) => [c.index, c.reaches])).toEqual([
      [0, false],
      [1, true],
      [3, true],
    ]);
    expect(cases[2]!.history).toEqual([
      { ts: 60_000, value: 1.2 },
      { ts: 90_000, value: 0.8 },
    ]);
    const naive = scoreWarnings(cases, (c) => c.value >= 0.9);
    expect(naive).toMatchObject({ tp: 1, fp: 0, fn: 1, tn: 1 });
  });
});
