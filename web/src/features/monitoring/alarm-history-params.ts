import { cityInstant } from '../../../../core/shared/city-time.ts';
import { isAlarmKind, isAlarmStatus, type AlarmKind, type AlarmStatus } from './monitoring.types.ts';

export const PAGE_SIZES = [20, 50, 100] as const;
const DEFAULT_PAGE_SIZE = 20;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface AlarmHistoryParams {
  sensorId?: string;
  kind?: AlarmKind;
  status?: AlarmStatus;
  /** City dates, inclusive. */
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

function positiveInt(raw: string | null, fallback: number): number {
  const value = Number(raw);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

/** Filters from the address bar (a reload or a shared link shows the same page); unknown values are dropped. */
export function parseAlarmHistoryParams(search: URLSearchParams): AlarmHistoryParams {
  const kind = search.get('kind');
  const status = search.get('status');
  const sensorId = search.get('sensorId');
  const from = search.get('from');
  const to = search.get('to');
  const pageSize = positiveInt(search.get('pageSize'), DEFAULT_PAGE_SIZE);
  return {
    sensorId: sensorId && UUID.test(sensorId) ? sensorId : undefined,
    kind: isAlarmKind(kind) ? kind : undefined,
    status: isAlarmStatus(status) ? status : undefined,
    from: from && DATE.test(from) ? from : undefined,
    to: to && DATE.test(to) ? to : undefined,
    page: positiveInt(search.get('page'), 1),
    pageSize: (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
  };
}

export function toAlarmHistorySearchParams(params: AlarmHistoryParams): URLSearchParams {
  const search = new URLSearchParams();
  if (params.sensorId) search.set('sensorId', params.sensorId);
  if (params.kind) search.set('kind', params.kind);
  if (params.status) search.set('status', params.status);
  if (params.from) search.set('from', params.from);
  if (params.to) search.set('to', params.to);
  if (params.page > 1) search.set('page', String(params.page));
  if (params.pageSize !== DEFAULT_PAGE_SIZE) search.set('pageSize', String(params.pageSize));
  return search;
}

const cityDayStart = (date: string) => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return cityInstant({ year, month, day }, 0, 0, 0);
};

/** GET /api/v1/alarms query: city dates become instants — `from` the start of its day, `to` the end of its day. */
export function toAlarmApiQuery(params: AlarmHistoryParams): Record<string, string | number | undefined> {
  return {
    sensorId: params.sensorId,
    kind: params.kind,
    status: params.status,
    from: params.from ? cityDayStart(params.from).toISOString() : undefined,
    to: params.to ? new Date(cityDayStart(params.to).getTime() + 86_400_000 - 1).toISOString() : undefined,
    page: params.page,
    pageSize: params.pageSize,
  };
}

export function hasAlarmFilters(params: AlarmHistoryParams): boolean {
  return Boolean(params.sensorId || params.kind || params.status || params.from || params.to);
}
