import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { forecastHistorySec, DEFAULT_FORECAST_PARAMETERS, type ForecastParameters } from '../../core/monitoring/forecast.ts';
import { warningCases, type LabelledRow, type WarningCase } from '../../core/monitoring/forecast-evaluation.ts';

/**
 * The methane longwall data set (dev-time data, not shipped): /work/shared/data/methane-longwall-pl, or
 * ANQUAN_SHARED_DATA/methane-longwall-pl. MM116 in % CH4, 30 s rows, MM116_pred = max of the next 6 rows.
 */
export const METHANE_LEVEL = 1.0;
export const NAIVE_PRE_ALARM = 0.9;
export const STEP_SEC = 30;
export const HORIZON_SEC = 180;
const HORIZON_ROWS = HORIZON_SEC / STEP_SEC;

export function sharedDataDir(): string {
  return process.env.ANQUAN_SHARED_DATA ?? '/work/shared/data';
}

export function readMethaneRows(split: 'train' | 'test'): LabelledRow[] {
  const file = join(sharedDataDir(), 'methane-longwall-pl', `methane-${split}.csv`);
  const records = parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  return records.map((r) => ({ value: Number(r.MM116), futureMax: Number(r.MM116_pred) }));
}

export function methaneCases(split: 'train' | 'test', parameters: ForecastParameters = DEFAULT_FORECAST_PARAMETERS): WarningCase[] {
  const historyRows = Math.ceil(forecastHistorySec(parameters, HORIZON_SEC) / STEP_SEC) + 2;
  return warningCases(readMethaneRows(split), { level: METHANE_LEVEL, stepSec: STEP_SEC, horizonRows: HORIZON_ROWS, historyRows });
}
