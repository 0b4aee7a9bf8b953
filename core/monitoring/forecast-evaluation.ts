import type { ForecastPoint } from './forecast.ts';

/**
 * Scoring of 3-minute-ahead warnings on a sampled series whose rows carry the true maximum of the next rows
 * (methane longwall data set: MM116 and MM116_pred, 30 s rows, 6 rows ahead). Pure, so the benchmark and its
 * test share it.
 */

export interface LabelledRow {
  value: number;
  /** The true maximum over the horizon after this row. */
  futureMax: number;
}

export interface WarningCase {
  index: number;
  /** The rows up to and including this one, as the sensor's history (synthetic timestamps, `stepSec` apart). */
  history: ForecastPoint[];
  value: number;
  /** Ground truth: the value reaches the level within the horizon. */
  reaches: boolean;
}

export interface ConfusionCounts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface WarningScores extends ConfusionCounts {
  recall: number;
  precision: number;
  /** False alarms over the cases that did not reach the level: fp / (fp + tn). */
  falseAlarmRate: number;
}

const EPSILON = 1e-9;

/**
 * The cases to score: rows still below the level, excluding the last `horizonRows` (their look-ahead maximum
 * runs off the end of the file). Each carries at most `historyRows` rows of history.
 */
export function warningCases(rows: readonly LabelledRow[], options: { level: number; stepSec: number; horizonRows: number; historyRows: number }): WarningCase[] {
  const cases: WarningCase[] = [];
  for (let index = 0; index < rows.length - options.horizonRows; index += 1) {
    const row = rows[index]!;
    if (row.value >= options.level - EPSILON) continue;
    const history: ForecastPoint[] = [];
    for (let k = Math.max(0, index - options.historyRows + 1); k <= index; k += 1) {
      history.push({ ts: k * options.stepSec * 1000, value: rows[k]!.value });
    }
    cases.push({ index, history, value: row.value, reaches: row.futureMax >= options.level - EPSILON });
  }
  return cases;
}

export function confusionCounts(outcomes: readonly { predicted: boolean; actual: boolean }[]): ConfusionCounts {
  const counts: ConfusionCounts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const { predicted, actual } of outcomes) {
    if (predicted && actual) counts.tp += 1;
    else if (predicted) counts.fp += 1;
    else if (actual) counts.fn += 1;
    else counts.tn += 1;
  }
  return counts;
}

export function warningScores(outcomes: readonly { predicted: boolean; actual: boolean }[]): WarningScores {
  const counts = confusionCounts(outcomes);
  const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
  return {
    ...counts,
    recall: ratio(counts.tp, counts.tp + counts.fn),
    precision: ratio(counts.tp, counts.tp + counts.fp),
    falseAlarmRate: ratio(counts.fp, counts.fp + counts.tn),
  };
}

export function scoreWarnings(cases: readonly WarningCase[], predict: (c: WarningCase) => boolean): WarningScores {
  return warningScores(cases.map((c) => ({ predicted: predict(c), actual: c.reaches })));
}
