import { describe, expect, it } from 'vitest';
import { parseHazardListParams, toHazardApiQuery, toHazardSearchParams } from './hazard-list-params.ts';

describe('hazard list URL parameters', () => {
  it('round-trips every filter, the sort and the page through the address bar', () => {
    const params = {
      q: '液位',
      status: 'rectifying' as const,
      grade: 'major' as const,
      source: 'inspection' as const,
      overdue: true,
      regionCode: '510113',
      foundFrom: '2026-03-01',
      foundTo: '2026-03-31',
      sort: 'deadline' as const,
      page: 3,
      pageSize: 50,
    };
    expect(parseHazardListParams(toHazardSearchParams(params))).toEqual(params);
  });

  it('drops values the API would refuse and falls back to the newest first, page 1 of 20', () => {
    expect(
      parseHazardListParams(
        new URLSearchParams('status=open&grade=big&source=rumour&overdue=yes&regionCode=51&foundFrom=2026-3-1&sort=name&page=0&pageSize=7'),
      ),
    ).toEqual({
      q: undefined,
      status: undefined,
      grade: undefined,
      source: undefined,
      overdue: undefined,
      regionCode: undefined,
      foundFrom: undefined,
      foundTo: undefined,
      sort: '-foundAt',
      page: 1,
      pageSize: 20,
    });
  });

  it('leaves defaults out of the URL', () => {
    expect(toHazardSearchParams({ sort: '-foundAt', page: 1, pageSize: 20 }).toString()).toBe('');
  });

  it('asks the API for whole city days, whatever the browser’s time zone', () => {
    const query = toHazardApiQuery({ foundFrom: '2026-03-01', foundTo: '2026-03-31', sort: '-foundAt', page: 1, pageSize: 20 });
    expect(query.foundFrom).toBe('2026-03-01T00:00:00+08:00');
    expect(query.foundTo).toBe('2026-03-31T23:59:59.999+08:00');
    expect(query.overdue).toBeUndefined();
  });
});
