import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest, type Page } from '../../app/api-client.ts';
import type { NotificationDelivery } from '../../../../core/notifications/notification-delivery.ts';
import type { NotificationSettings, NotificationSettingsUpdate } from '../../../../core/notifications/notification-preferences.ts';

const keys = { settings: ['notification-settings'] as const, deliveries: ['notification-deliveries'] as const };

/** `GET /api/v1/notification-preferences`: the caller's addresses and every kind × channel. */
export function useNotificationSettings() {
  return useQuery({ queryKey: keys.settings, queryFn: ({ signal }) => apiRequest<NotificationSettings>('/notification-preferences', { signal }) });
}

export function useUpdateNotificationSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NotificationSettingsUpdate) => apiRequest<NotificationSettings>('/notification-preferences', { method: 'PUT', body }),
    onSuccess: (data) => client.setQueryData(keys.settings, data),
  });
}

/** E-mail and SMS deliveries: the caller's own (an admin's: everyone's). */
export function useNotificationDeliveries(q: { page: number; pageSize: number }) {
  return useQuery({
    queryKey: [...keys.deliveries, q],
    queryFn: ({ signal }) => apiRequest<Page<NotificationDelivery>>('/notification-deliveries', { query: q, signal }),
    refetchInterval: 60_000,
  });
}
