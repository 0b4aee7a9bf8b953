import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The shared methane series (sensor MM116, one 30-second average a row; the test file follows the train file),
 * as test/fixtures/methane-mm116-full.csv keeps it (test/fixtures/SOURCE.md): what the judgement tests replay.
 */
const FIXTURE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/methane-mm116-full.csv');

export const METHANE_SERIES_STEP_MS = 30_000;

export function methaneSeries(): number[] {
  const [, ...lines] = readFileSync(FIXTURE, 'utf8').trim().split('\n');
  return lines.map(Number);
}
