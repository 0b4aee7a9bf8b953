import { describe, expect, it } from 'vitest';
import { parseInspectionListParams, toInspectionSearchParams } from './inspection-list-params.ts';

describe('inspection list params', () => {
  it('round-trip through the address bar, defaults left out', () => {
    const search = new URLSearchParams('q=化工&status=rectifying&kind=inspection&regionCode=510113&from=2026-01-01&to=2026-01-31&officer=王&page=2&pageSize=50');
    const params = parseInspectionListParams(search);
    expect(params).toEqual({ q: '化工', status: 'rectifying', kind: 'inspection', regionCode: '510113', from: '2026-01-01', to: '2026-01-31', officer: '王', page: 2, pageSize: 50 });
    expect(toInspectionSearchParams(params).toString()).toBe(search.toString());
    expect(toInspectionSearchParams({ page: 1, pageSize: 20 }).toString()).toBe('');
  });

  it('drop what is not a filter value', () => {
    expect(parseInspectionListParams(new URLSearchParams('status=open&kind=x&regionCode=51&from=2026-1-1&page=-1&pageSize=7'))).toEqual({
      q: undefined, status: undefined, kind: undefined, regionCode: undefined, from: undefined, to: undefined, officer: undefined, page: 1, pageSize: 20,
    });
  });
});
