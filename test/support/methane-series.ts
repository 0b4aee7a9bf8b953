import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The shared methane series (../shared/data/methane-longwall-pl, sensor MM116, one 30-second average a row; the
 * test file follows the train file): what the judgement tests replay, as values in row order.
 */
const DATA_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/data/methane-longwall-pl');

export const METHANE_SERIES_STEP_MS = 30_000;

export function methaneSeries(): number[] {
  const values: number[] = [];
  for (const file of ['methane-train.csv', 'methane-test.csv']) {
    const [header, ...lines] = readFileSync(path.join(DATA_DIR, file), 'utf8').trim().split('\n');
    const column = header!.split(',').indexOf('MM116');
    for (const line of lines) values.push(Number(line.split(',')[column]));
  }
  return values;
}
