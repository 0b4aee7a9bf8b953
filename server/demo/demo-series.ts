import { readFileSync } from 'node:fs';

/** The replayable demo series (server/demo/series/SOURCE.md): file and sampling step. */
export const DEMO_SERIES = {
  'methane-mm116': { file: 'methane-mm116.csv', stepSec: 30 },
  'methane-mm31': { file: 'methane-mm31.csv', stepSec: 30 },
  'air-velocity-as038': { file: 'air-velocity-as038.csv', stepSec: 30 },
  'nab-ambient-temperature-f': { file: 'nab-ambient-temperature-f.csv', stepSec: 3600 },
  'nab-machine-temperature-f': { file: 'nab-machine-temperature-f.csv', stepSec: 300 },
  'nab-art-daily-jumpsup': { file: 'nab-art-daily-jumpsup.csv', stepSec: 300 },
  'nab-art-daily-small-noise': { file: 'nab-art-daily-small-noise.csv', stepSec: 300 },
  'skab-pressure-bar': { file: 'skab-pressure-bar.csv', stepSec: 5 },
} as const;
export type DemoSeriesName = keyof typeof DEMO_SERIES;

const cache = new Map<DemoSeriesName, number[]>();

export function loadDemoSeries(name: DemoSeriesName): number[] {
  let values = cache.get(name);
  if (!values) {
    const text = readFileSync(new URL(`./series/${DEMO_SERIES[name].file}`, import.meta.url), 'utf8');
    values = text.trim().split('\n').slice(1).map(Number);
    if (values.length === 0 || values.some((v) => !Number.isFinite(v))) throw new Error(`demo series ${name} is empty or not numeric`);
    cache.set(name, values);
  }
  return values;
}
