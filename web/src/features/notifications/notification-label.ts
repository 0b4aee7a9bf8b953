import type { TFunction } from 'i18next';
import type { AppNotification } from './use-notifications.query.ts';

/** Kinds of notification the server writes (core/notifications/notification-preferences.ts). */
export const NOTIFICATION_KINDS = ['hazard_overdue', 'alarm_escalated', 'alarm_reminder'] as const;

/** What happened, in the user's language: "隐患逾期未整改，已通报市级". */
export function notificationLabel(t: TFunction, n: Pick<AppNotification, 'kind' | 'payload'>): string {
  const target = n.payload?.target ?? '';
  if (n.kind === 'hazard_overdue') return t('notifications.hazardOverdue', { target: t(`notifications.targets.${target}`, { defaultValue: '' }) });
  if (n.kind === 'alarm_escalated') return t('notifications.alarmEscalated', { target: t(`notifications.alarmTargets.${target}`, { defaultValue: '' }) });
  if (n.kind === 'alarm_reminder') return t('notifications.alarmReminder');
  return n.kind;
}

/** Where a notification's record opens. */
export function notificationLink(n: Pick<AppNotification, 'entity' | 'entityId'>): string | null {
  if (n.entity === 'hazard') return `/hazards/${n.entityId}`;
  if (n.entity === 'alarm') return '/monitoring/alarms';
  return null;
}
