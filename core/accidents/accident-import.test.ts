import { describe, expect, it } from 'vitest';
import { mapRow, type ColumnMapping } from './accident-import.ts';

const mapping: ColumnMapping = {
  occurredAt: { column: 'Date' },
  deaths: { column: 'Killed' },
  category: { column: 'Accident Type', values: { Explosion: '15', Fire: '08' } },
  regionCode: { value: '510104' },
  industryCode: { value: '06' },
  seriousInjuries: { value: 0 },
  directLossYuan: { value: 0 },
  description: { template: '{Mine Name}, {City}' },
};

describe('mapRow (import through the API schema)', () => {
  it('maps columns, constants, translated values and templates', () => {
    const { input, errors } = mapRow({ Date: '1907-12-06', Killed: ' 362 ', 'Accident Type': 'Explosion', 'Mine Name': 'Monongah', City: 'Monongah' }, 2, mapping);
    expect(errors).toEqual([]);
    expect(input).toMatchObject({ deaths: 362, category: '15', regionCode: '510104', description: 'Monongah, Monongah', isFire: false });
    expect(input!.occurredAt.toISOString()).toBe('1907-12-05T16:00:00.000Z');
  });

  it('reports every problem of a dirty row with its row number', () => {
    const { input, errors } = mapRow({ Date: '1907-13-06', Killed: '-3', 'Accident Type': 'Fire in timbers', 'Mine Name': 'X', City: 'Y' }, 7, mapping);
    expect(input).toBeUndefined();
    expect(errors.map((e) => [e.row, e.path])).toEqual([[7, 'category'], [7, 'occurredAt'], [7, 'deaths']]);
  });

  it('refuses fractional counts', () => {
    expect(mapRow({ Date: '2020-01-01', Killed: '2.5', 'Accident Type': 'Fire' }, 3, mapping).errors).toEqual([{ row: 3, path: 'deaths', message: 'must be a whole number' }]);
  });
});
