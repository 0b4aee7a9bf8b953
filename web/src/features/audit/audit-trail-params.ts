import dayjs from 'dayjs';

export const AUDIT_PAGE_SIZES = [20, 50, 100];

/** The audit trail's filters as the URL holds them (dates as the city's calendar days, `to` inclusive). */
export interface AuditTrailParams {
  actor?: string | undefined;
  action?: string | undefined;
  entity?: string | undefined;
  entityId?: string | undefined;
  enterpriseId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  page: number;
  pageSize: number;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const text = (v: string | null) => (v && v.trim() ? v.trim().slice(0, 100) : undefined);

export function parseAuditTrailParams(search: URLSearchParams): AuditTrailParams {
  const page = Number(search.get('page'));
  const pageSize = Number(search.get('pageSize'));
  const date = (v: string | null) => (v && DATE.test(v) ? v : undefined);
  const enterpriseId = search.get('enterpriseId');
  return {
    actor: text(search.get('actor')),
    action: text(search.get('action')),
    entity: text(search.get('entity')),
    entityId: text(search.get('entityId')),
    enterpriseId: enterpriseId && UUID.test(enterpriseId) ? enterpriseId : undefined,
    from: date(search.get('from')),
    to: date(search.get('to')),
    page: Number.isInteger(page) && page > 0 ? page : 1,
    pageSize: AUDIT_PAGE_SIZES.includes(pageSize) ? pageSize : 20,
  };
}

export function auditTrailSearch(params: AuditTrailParams): URLSearchParams {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === '' || (key === 'page' && value === 1) || (key === 'pageSize' && value === 20)) continue;
    search.set(key, String(value));
  }
  return search;
}

/** The city's days (UTC+8, no daylight saving) as the API's instants: [from 00:00, the day after `to` 00:00). */
export function auditTrailQuery(params: AuditTrailParams): Record<string, string | number | undefined> {
  const { from, to, ...rest } = params;
  return {
    ...rest,
    from: from ? `${from}T00:00:00+08:00` : undefined,
    to: to ? `${dayjs(to).add(1, 'day').format('YYYY-MM-DD')}T00:00:00+08:00` : undefined,
  };
}
