import { describe, expect, it } from 'vitest';
import { parseListParams, toSearchParams } from './enterprise-list-params.ts';

describe('enterprise list URL parameters', () => {
  it('round-trips filters and page through the address bar', () => {
    const params = { q: '化工', regionCode: '510104', keyIndustry: 'gas' as const, page: 3, pageSize: 50 };
    expect(parseListParams(toSearchParams({ ...params, industryCode: undefined }))).toEqual({
      ...params,
      industryCode: undefined,
    });
  });

  it('falls back to page 1 of 20 and drops unknown key industries', () => {
    expect(parseListParams(new URLSearchParams('page=-2&pageSize=7&keyIndustry=bakery'))).toEqual({
      q: undefined,
      regionCode: undefined,
      industryCode: undefined,
      keyIndustry: undefined,
      page: 1,
      pageSize: 20,
    });
  });

  it('leaves defaults out of the URL', () => {
    expect(toSearchParams({ page: 1, pageSize: 20 }).toString()).toBe('');
  });
});
