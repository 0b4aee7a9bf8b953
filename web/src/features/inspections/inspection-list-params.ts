import { INSPECTION_KINDS, INSPECTION_STATUSES, type InspectionKind, type InspectionStatus } from './inspection.types.ts';

/** The inspection list's filters as the address bar carries them, so a reload or a shared link shows the same page. */
export interface InspectionListParams {
  q?: string | undefined;
  status?: InspectionStatus | undefined;
  kind?: InspectionKind | undefined;
  regionCode?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  officer?: string | undefined;
  page: number;
  pageSize: number;
}

export const PAGE_SIZES = [10, 20, 50, 100] as const;
const DEFAULT_PAGE_SIZE = 20;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const REGION = /^\d{6}(\d{3})?$/;

const positiveInt = (raw: string | null, fallback: number) => {
  const value = Number(raw);
  return Number.isInteger(value) && value > 0 ? value : fallback;
};
const text = (raw: string | null) => raw?.trim() || undefined;
const matching = (raw: string | null, pattern: RegExp) => (raw && pattern.test(raw) ? raw : undefined);
const oneOf = <T extends string>(raw: string | null, values: readonly T[]) => (values as readonly (string | null)[]).includes(raw) ? (raw as T) : undefined;

export function parseInspectionListParams(search: URLSearchParams): InspectionListParams {
  const pageSize = positiveInt(search.get('pageSize'), DEFAULT_PAGE_SIZE);
  return {
    q: text(search.get('q')),
    status: oneOf(search.get('status'), INSPECTION_STATUSES),
    kind: oneOf(search.get('kind'), INSPECTION_KINDS),
    regionCode: matching(search.get('regionCode'), REGION),
    from: matching(search.get('from'), DATE),
    to: matching(search.get('to'), DATE),
    officer: text(search.get('officer')),
    page: positiveInt(search.get('page'), 1),
    pageSize: (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
  };
}

/** Writes the filters back, defaults left out to keep links short. */
export function toInspectionSearchParams(params: InspectionListParams): URLSearchParams {
  const search = new URLSearchParams();
  for (const key of ['q', 'status', 'kind', 'regionCode', 'from', 'to', 'officer'] as const) {
    const value = params[key];
    if (value) search.set(key, value);
  }
  if (params.page > 1) search.set('page', String(params.page));
  if (params.pageSize !== DEFAULT_PAGE_SIZE) search.set('pageSize', String(params.pageSize));
  return search;
}

export const hasInspectionFilters = (p: InspectionListParams) => Boolean(p.q || p.status || p.kind || p.regionCode || p.from || p.to || p.officer);

/** The API query: days are the city's, as the server reads them. */
export function toInspectionApiQuery(p: InspectionListParams): Record<string, string | number | undefined> {
  return { q: p.q, status: p.status, kind: p.kind, regionCode: p.regionCode, from: p.from, to: p.to, officer: p.officer, page: p.page, pageSize: p.pageSize };
}
