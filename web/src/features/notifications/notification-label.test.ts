import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../../i18n/en.json';
import zh from '../../i18n/zh-CN.json';
import { notificationLabel, notificationLink } from './notification-label.ts';

const t = i18next.createInstance();
beforeAll(async () => {
  await t.init({ lng: 'zh-CN', resources: { 'zh-CN': { translation: zh }, en: { translation: en } }, interpolation: { escapeValue: false } });
});

describe('notificationLabel', () => {
  it('says what happened and to whom, in the user’s language', async () => {
    expect(notificationLabel(t.t, { kind: 'hazard_overdue', payload: { target: 'city' } })).toBe('隐患逾期未整改，已通报市级');
    expect(notificationLabel(t.t, { kind: 'alarm_escalated', payload: { target: 'department' } })).toBe('报警未确认，已通报监管部门');
    await t.changeLanguage('en');
    expect(notificationLabel(t.t, { kind: 'alarm_escalated', payload: { target: 'city' } })).toBe('Alarm unacknowledged, escalated to the city');
    expect(notificationLabel(t.t, { kind: 'alarm_reminder', payload: null })).toBe('Alarm still unacknowledged: reminder');
    await t.changeLanguage('zh-CN');
  });

  it('opens a hazard’s page or the alarm list', () => {
    expect(notificationLink({ entity: 'hazard', entityId: 'h1' })).toBe('/hazards/h1');
    expect(notificationLink({ entity: 'alarm', entityId: 'a1' })).toBe('/monitoring/alarms');
    expect(notificationLink({ entity: 'other', entityId: 'x' })).toBeNull();
  });
});
