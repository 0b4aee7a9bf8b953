import { isHazardGrade, isHazardSort, isHazardSource, isHazardStatus, type HazardListParams } from './hazard.types.ts';

export const PAGE_SIZES = [10, 20, 50, 100] as const;
const DEFAULT_PAGE_SIZE = 20;
const DEFAULT_SORT = '-foundAt';
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const REGION = /^\d{6}(\d{3})?$/;

function positiveInt(raw: string | null, fallback: number): number {
  const value = Number(raw);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

function text(raw: string | null): string | undefined {
  const value = raw?.trim();
  return value ? value : undefined;
}

function matching(raw: string | null, pattern: RegExp): string | undefined {
  return raw && pattern.test(raw) ? raw : undefined;
}

/** Reads list filters from the address bar, so a reload or a shared link shows the same page. */
export function parseHazardListParams(search: URLSearchParams): HazardListParams {
  const pageSize = positiveInt(search.get('pageSize'), DEFAULT_PAGE_SIZE);
  const status = search.get('status');
  const grade = search.get('grade');
  const source = search.get('source');
  const sort = search.get('sort');
  return {
    q: text(search.get('q')),
    status: isHazardStatus(status) ? status : undefined,
    grade: isHazardGrade(grade) ? grade : undefined,
    source: isHazardSource(source) ? source : undefined,
    overdue: search.get('overdue') === 'true' ? true : undefined,
    regionCode: matching(search.get('regionCode'), REGION),
    foundFrom: matching(search.get('foundFrom'), DATE),
    foundTo: matching(search.get('foundTo'), DATE),
    sort: isHazardSort(sort) ? sort : DEFAULT_SORT,
    page: positiveInt(search.get('page'), 1),
    pageSize: (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
  };
}

/** Writes list filters back, leaving defaults out to keep links short. */
export function toHazardSearchParams(params: HazardListParams): URLSearchParams {
  const search = new URLSearchParams();
  if (params.q) search.set('q', params.q);
  if (params.status) search.set('status', params.status);
  if (params.grade) search.set('grade', params.grade);
  if (params.source) search.set('source', params.source);
  if (params.overdue) search.set('overdue', 'true');
  if (params.regionCode) search.set('regionCode', params.regionCode);
  if (params.foundFrom) search.set('foundFrom', params.foundFrom);
  if (params.foundTo) search.set('foundTo', params.foundTo);
  if (params.sort !== DEFAULT_SORT) search.set('sort', params.sort);
  if (params.page > 1) search.set('page', String(params.page));
  if (params.pageSize !== DEFAULT_PAGE_SIZE) search.set('pageSize', String(params.pageSize));
  return search;
}

export function hasHazardFilters(params: HazardListParams): boolean {
  return Boolean(
    params.q ||
      params.status ||
      params.grade ||
      params.source ||
      params.overdue ||
      params.regionCode ||
      params.foundFrom ||
      params.foundTo,
  );
}

/**
 * The API query: the found-date range is read as whole days in the city (Asia/Shanghai), whatever the
 * browser's time zone, so "to 31 March" includes the evening of 31 March.
 */
export function toHazardApiQuery(params: HazardListParams): Record<string, string | number | undefined> {
  return {
    q: params.q,
    status: params.status,
    grade: params.grade,
    source: params.source,
    overdue: params.overdue ? 'true' : undefined,
    regionCode: params.regionCode,
    foundFrom: params.foundFrom ? `${params.foundFrom}T00:00:00+08:00` : undefined,
    foundTo: params.foundTo ? `${params.foundTo}T23:59:59.999+08:00` : undefined,
    sort: params.sort,
    page: params.page,
    pageSize: params.pageSize,
  };
}
