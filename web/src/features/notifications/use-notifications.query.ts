import type { AlarmFacts } from '../../../../core/monitoring/alarm.schema.ts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest, type Page } from '../../app/api-client.ts';

/** What `GET /api/v1/notifications` returns (server/notifications/notification.service.ts). */
export interface AppNotification {
  id: string;
  createdAt: string;
  kind: string;
  entity: string;
  entityId: string;
  title: string;
  /** Alarm notifications also carry the sensor and the alarm's fields, to word it in the reader's language. */
  payload: { target?: string; enterpriseName?: string; grade?: string; sensorName?: string; sensorCode?: string; alarm?: AlarmFacts } | null;
  read: boolean;
}

const keys = { all: ['notifications'] as const };

/** The latest notifications and the unread count, refreshed every minute (the escalation job runs each minute). */
export function useNotifications(enabled: boolean) {
  const latest = useQuery({
    queryKey: [...keys.all, 'latest'],
    queryFn: ({ signal }) => apiRequest<Page<AppNotification>>('/notifications', { query: { pageSize: 8 }, signal }),
    refetchInterval: 60_000,
    enabled,
  });
  const unread = useQuery({
    queryKey: [...keys.all, 'unread'],
    queryFn: ({ signal }) => apiRequest<Page<AppNotification>>('/notifications', { query: { unread: 'true', pageSize: 1 }, signal }),
    refetchInterval: 60_000,
    enabled,
  });
  return { items: latest.data?.items ?? [], unread: unread.data?.total ?? 0 };
}

export function useMarkNotificationRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiRequest<void>(`/notifications/${id}/read`, { method: 'POST' }),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.all }),
  });
}

export interface NotificationListQuery {
  page: number;
  pageSize: number;
  unread?: boolean | undefined;
  kind?: string | undefined;
}

/** One page of the notification centre. */
export function useNotificationPage(q: NotificationListQuery) {
  return useQuery({
    queryKey: [...keys.all, 'page', q],
    queryFn: ({ signal }) =>
      apiRequest<Page<AppNotification>>('/notifications', {
        query: { page: q.page, pageSize: q.pageSize, ...(q.unread && { unread: 'true' }), ...(q.kind && { kind: q.kind }) },
        signal,
      }),
    refetchInterval: 60_000,
  });
}

export function useMarkAllNotificationsRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest<{ marked: number }>('/notifications/read-all', { method: 'POST', body: {} }),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.all }),
  });
}
