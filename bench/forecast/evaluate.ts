/**
 * npm run bench:forecast — scores the early-warning forecaster against the naive pre-alarm on the methane
 * longwall test file (ADR 0024, docs/benchmarks.md). The parameters come from core/monitoring/
 * forecast-parameters.json, fitted on the train file only by `npm run bench:forecast:fit`.
 */
import { DEFAULT_FORECAST_PARAMETERS, forecast } from '../../core/monitoring/forecast.ts';
import { scoreWarnings, type WarningScores } from '../../core/monitoring/forecast-evaluation.ts';
import { HORIZON_SEC, METHANE_LEVEL, NAIVE_PRE_ALARM, methaneCases } from './methane-data.ts';

const percent = (x: number) => `${(x * 100).toFixed(1)} %`;

function row(name: string, s: WarningScores): string {
  return `| ${name} | ${percent(s.recall)} | ${percent(s.precision)} | ${percent(s.falseAlarmRate)} | ${s.tp} | ${s.fp} | ${s.fn} | ${s.tn} |`;
}

console.log(`Forecast parameters: ${JSON.stringify(DEFAULT_FORECAST_PARAMETERS)}`);
for (const split of ['train', 'test'] as const) {
  const cases = methaneCases(split);
  const positives = cases.filter((c) => c.reaches).length;
  console.log(`\n${split}: ${cases.length} rows with MM116 < ${METHANE_LEVEL} %, ${positives} reach ≥ ${METHANE_LEVEL} % within 3 min`);
  console.log('| Method | Recall | Precision | False-alarm rate | TP | FP | FN | TN |');
  console.log('|---|---|---|---|---|---|---|---|');
  console.log(row(`Naive pre-alarm MM116 ≥ ${NAIVE_PRE_ALARM}`, scoreWarnings(cases, (c) => c.value >= NAIVE_PRE_ALARM - 1e-9)));
  console.log(row('Forecaster (core/monitoring/forecast.ts)', scoreWarnings(cases, (c) => forecast(c.history, { level: METHANE_LEVEL, horizonSec: HORIZON_SEC }).willReach)));
}
