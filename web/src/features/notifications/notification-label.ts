import type { TFunction } from 'i18next';
import { alarmText } from '../monitoring/alarm-text.ts';
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

/**
 * The notification's title: an alarm's worded from its fields in the user's language ("采煤工作面甲烷 T0（CH4-01）
 * 预警：当前 0.8 %CH4 …"), anything else (and an alarm notification written before the fields were kept) as stored.
 */
export function notificationTitle(t: TFunction, n: Pick<AppNotification, 'entity' | 'title' | 'payload'>): string {
  const p = n.payload;
  if (n.entity === 'alarm' && p?.alarm && p.sensorName) return `${p.sensorName}${p.sensorCode ? `（${p.sensorCode}）` : ''} ${alarmText(t, p.alarm)}`;
  return n.title;
}

/** Where a notification's record opens. */
export function notificationLink(n: Pick<AppNotification, 'entity' | 'entityId'>): string | null {
  if (n.entity === 'hazard') return `/hazards/${n.entityId}`;
  if (n.entity === 'alarm') return '/monitoring/alarms';
  return null;
}
