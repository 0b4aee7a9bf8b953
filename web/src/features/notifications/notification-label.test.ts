import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../../i18n/en.json';
import zh from '../../i18n/zh-CN.json';
import alarmTextEn from '../monitoring/alarm-text.en.json';
import alarmTextZh from '../monitoring/alarm-text.zh-CN.json';
import { notificationLabel, notificationLink, notificationTitle } from './notification-label.ts';

const t = i18next.createInstance();
beforeAll(async () => {
  await t.init({ lng: 'zh-CN', resources: { 'zh-CN': { translation: { ...zh, alarmText: alarmTextZh } }, en: { translation: { ...en, alarmText: alarmTextEn } } }, interpolation: { escapeValue: false } });
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

  it('words an alarm notification from its fields in the user’s language; older ones keep their stored title', async () => {
    const n = {
      entity: 'alarm',
      title: '某公司 回风隅角甲烷（CH4-01）预警：当前 0.8 %CH4，预计 3 分钟内达到 1 %CH4',
      payload: { sensorName: '回风隅角甲烷', sensorCode: 'CH4-01', alarm: { kind: 'forecast' as const, severity: 'warning' as const, openValue: 0.8, limit: 1, unit: '%CH4', direction: null, horizonSec: 180 } },
    };
    await t.changeLanguage('en');
    expect(notificationTitle(t.t, n)).toBe('回风隅角甲烷（CH4-01） Early warning: 0.8 %CH4 now, expected to reach 1 %CH4 within 3 min');
    await t.changeLanguage('zh-CN');
    expect(notificationTitle(t.t, n)).toBe('回风隅角甲烷（CH4-01） 预警：当前 0.8 %CH4，预计 3 分钟内达到 1 %CH4');
    expect(notificationTitle(t.t, { entity: 'alarm', title: '旧标题 forecast 0.8 %CH4 → 1', payload: { target: 'city' } })).toBe('旧标题 forecast 0.8 %CH4 → 1');
  });
});
