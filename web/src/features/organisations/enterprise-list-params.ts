import { isKeyIndustry, type EnterpriseListParams } from './enterprise.types.ts';

export const PAGE_SIZES = [10, 20, 50, 100] as const;
const DEFAULT_PAGE_SIZE = 20;

function positiveInt(raw: string | null, fallback: number): number {
  const value = Number(raw);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

function text(raw: string | null): string | undefined {
  const value = raw?.trim();
  return value ? value : undefined;
}

/** Reads list filters from the address bar, so a reload or a shared link shows the same page. */
export function parseListParams(search: URLSearchParams): EnterpriseListParams {
  const pageSize = positiveInt(search.get('pageSize'), DEFAULT_PAGE_SIZE);
  const keyIndustry = search.get('keyIndustry');
  return {
    q: text(search.get('q')),
    regionCode: text(search.get('regionCode')),
    industryCode: text(search.get('industryCode')),
    keyIndustry: isKeyIndustry(keyIndustry) ? keyIndustry : undefined,
    page: positiveInt(search.get('page'), 1),
    pageSize: (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
  };
}

/** Writes list filters back, leaving defaults out to keep links short. */
export function toSearchParams(params: EnterpriseListParams): URLSearchParams {
  const search = new URLSearchParams();
  if (params.q) search.set('q', params.q);
  if (params.regionCode) search.set('regionCode', params.regionCode);
  if (params.industryCode) search.set('industryCode', params.industryCode);
  if (params.keyIndustry) search.set('keyIndustry', params.keyIndustry);
  if (params.page > 1) search.set('page', String(params.page));
  if (params.pageSize !== DEFAULT_PAGE_SIZE) search.set('pageSize', String(params.pageSize));
  return search;
}

export function hasFilters(params: EnterpriseListParams): boolean {
  return Boolean(params.q || params.regionCode || params.industryCode || params.keyIndustry);
}
