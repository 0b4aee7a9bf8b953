import { keepPreviousData, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest, type Page } from '../../app/api-client.ts';
import type { Enterprise } from '../organisations/enterprise.types.ts';
import { enterpriseKeys } from '../organisations/use-enterprises.query.ts';
import { toAlarmApiQuery, type AlarmHistoryParams } from './alarm-history-params.ts';
import { applyAlarmEvent, sortOpenAlarms } from './alarm-state.ts';
import type { Alarm, RawReading, ReadingBucket, Sensor } from './monitoring.types.ts';

export const monitoringKeys = {
  all: ['monitoring'] as const,
  sensors: ['monitoring', 'sensors'] as const,
  sensor: (id: string) => ['monitoring', 'sensors', id] as const,
  openAlarms: ['monitoring', 'alarms', 'open'] as const,
  alarmLists: ['monitoring', 'alarms', 'list'] as const,
  alarmList: (params: AlarmHistoryParams) => ['monitoring', 'alarms', 'list', params] as const,
  readings: (id: string, bucket: string, from: number, to: number) => ['monitoring', 'readings', id, bucket, from, to] as const,
};

const MAX_PAGE = 200;
const MAX_PAGES = 10;

/** Every page of a list (the wall shows the whole city at once), up to MAX_PAGES × 200 rows. */
async function allPages<T>(path: string, query: Record<string, string | number | undefined>, signal: AbortSignal): Promise<T[]> {
  const items: T[] = [];
  for (let page = 1; page <= MAX_PAGES; page += 1) {
    const result = await apiRequest<Page<T>>(path, { query: { ...query, page, pageSize: MAX_PAGE }, signal });
    items.push(...result.items);
    if (items.length >= result.total || result.items.length === 0) break;
  }
  return items;
}

export function useSensors() {
  return useQuery({
    queryKey: monitoringKeys.sensors,
    queryFn: ({ signal }) => allPages<Sensor>('/sensors', {}, signal),
    refetchInterval: 60_000,
  });
}

export function useSensor(id: string) {
  return useQuery({
    queryKey: monitoringKeys.sensor(id),
    queryFn: ({ signal }) => apiRequest<Sensor>(`/sensors/${encodeURIComponent(id)}`, { signal }),
  });
}

/** Alarms not yet cleared (active and acknowledged), kept current by live events on the wall. */
export function useOpenAlarms() {
  return useQuery({
    queryKey: monitoringKeys.openAlarms,
    queryFn: async ({ signal }) => {
      const [active, acknowledged] = await Promise.all([
        allPages<Alarm>('/alarms', { status: 'active' }, signal),
        allPages<Alarm>('/alarms', { status: 'acknowledged' }, signal),
      ]);
      return sortOpenAlarms([...active, ...acknowledged]);
    },
  });
}

export function useAlarmHistory(params: AlarmHistoryParams) {
  return useQuery({
    queryKey: monitoringKeys.alarmList(params),
    queryFn: ({ signal }) => apiRequest<Page<Alarm>>('/alarms', { query: toAlarmApiQuery(params), signal }),
    placeholderData: keepPreviousData,
  });
}

export function useRawReadings(id: string, from: number, to: number) {
  return useQuery({
    queryKey: monitoringKeys.readings(id, 'raw', from, to),
    queryFn: ({ signal }) =>
      apiRequest<{ items: RawReading[] }>(`/sensors/${encodeURIComponent(id)}/readings`, {
        query: { from: new Date(from).toISOString(), to: new Date(to).toISOString(), bucket: 'raw' },
        signal,
      }),
  });
}

export function useMinuteBuckets(id: string, from: number, to: number) {
  return useQuery({
    queryKey: monitoringKeys.readings(id, '1m', from, to),
    queryFn: ({ signal }) =>
      apiRequest<{ items: ReadingBucket[] }>(`/sensors/${encodeURIComponent(id)}/readings`, {
        query: { from: new Date(from).toISOString(), to: new Date(to).toISOString(), bucket: '1m' },
        signal,
      }),
  });
}

/** Locations of the monitored enterprises, for the map (one cached detail query each, shared with the enterprise pages). */
export function useEnterpriseLocations(ids: readonly string[]) {
  return useQueries({
    queries: ids.map((id) => ({
      queryKey: enterpriseKeys.detail(id),
      queryFn: ({ signal }: { signal: AbortSignal }) => apiRequest<Enterprise>(`/enterprises/${encodeURIComponent(id)}`, { signal }),
      staleTime: 10 * 60_000,
    })),
    combine: (results) => results.map((r) => r.data).filter((e): e is Enterprise => Boolean(e)),
  });
}

export function useAcknowledgeAlarm() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, note }: { id: string; note: string }) =>
      apiRequest<Alarm>(`/alarms/${encodeURIComponent(id)}/acknowledge`, { method: 'POST', body: note ? { note } : {} }),
    onSuccess: (alarm) => {
      client.setQueryData<Alarm[]>(monitoringKeys.openAlarms, (open) => (open ? applyAlarmEvent(open, 'alarm.acknowledged', alarm) : open));
      void client.invalidateQueries({ queryKey: monitoringKeys.alarmLists });
    },
  });
}
