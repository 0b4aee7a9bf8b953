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

  it('gives each problem a code and its figures, for the report to word in the user’s language', () => {
    const { errors } = mapRow({ Date: 'soon', Killed: '20000', 'Accident Type': 'Fire in timbers', 'Mine Name': '', City: '' }, 4, { ...mapping, regionCode: { column: 'Region' } });
    expect(errors.map(({ path, code, params }) => ({ path, code, params }))).toEqual([
      { path: 'category', code: 'no_mapping', params: { value: 'Fire in timbers', column: 'Accident Type' } },
      { path: 'occurredAt', code: 'not_a_date', params: undefined },
      { path: 'deaths', code: 'too_large', params: { max: 10_000 } },
    ]);
    expect(mapRow({ Date: '2020-01-01', Killed: 'x', 'Accident Type': 'Fire', 'Mine Name': '', City: '' }, 5, { ...mapping, description: { column: 'Mine Name' } }).errors.map((e) => [e.path, e.code])).toEqual([
      ['deaths', 'not_a_number'],
      ['description', 'required'],
    ]);
    const noRegion = mapRow({ Date: '2020-01-01', Killed: '1', 'Accident Type': 'Fire', 'Mine Name': 'A', City: 'B' }, 6, { ...mapping, regionCode: { column: 'Region' } });
    expect(noRegion.errors).toEqual([{ row: 6, path: 'regionCode', code: 'required', message: 'is required when there is no enterprise' }]);
  });

  it('refuses fractional counts', () => {
    expect(mapRow({ Date: '2020-01-01', Killed: '2.5', 'Accident Type': 'Fire' }, 3, mapping).errors).toEqual([{ row: 3, path: 'deaths', code: 'not_whole_number', message: 'must be a whole number' }]);
  });
});
