import { afterAll, describe, expect, it } from 'vitest';
import { changeLanguage, i18n } from '../../i18n/i18n.ts';
import { ALARM_WORDING_ZH, alarmSummaryZh } from '../../../../core/monitoring/alarm-wording.ts';
import { alarmText, alarmTextParts, formatQuantity, type AlarmFacts } from './alarm-text.ts';
import zhCN from './alarm-text.zh-CN.json';

const facts = (overrides: Partial<AlarmFacts>): AlarmFacts => ({ kind: 'threshold', severity: 'alarm', openValue: 1.2, limit: 1, unit: '%CH4', direction: 'high', horizonSec: null, ...overrides });

describe('alarm text from the alarm’s fields', () => {
  afterAll(() => changeLanguage('zh-CN'));

  it('words a forecast in the reader’s language, with its horizon, instead of the server’s "forecast 0.8 %CH4 → 1"', async () => {
    const forecast = facts({ kind: 'forecast', severity: 'warning', openValue: 0.8, limit: 1, direction: null, horizonSec: 180 });
    await changeLanguage('zh-CN');
    expect(alarmText(i18n.t, forecast)).toBe('预警：当前 0.8 %CH4，预计 3 分钟内达到 1 %CH4');
    await changeLanguage('en');
    expect(alarmText(i18n.t, forecast)).toBe('Early warning: 0.8 %CH4 now, expected to reach 1 %CH4 within 3 min');
    expect(alarmText(i18n.t, { ...forecast, horizonSec: null })).toBe('Early warning: 0.8 %CH4 now, expected to reach 1 %CH4');
  });

  it('a low limit reads ≤, a high one ≥; power-off, stale and sensor faults have their own words', async () => {
    await changeLanguage('zh-CN');
    expect(alarmText(i18n.t, facts({ unit: '%', openValue: 18.2, limit: 18.5, direction: 'low' }))).toBe('低于下限：18.2%（限值 ≤ 18.5%）');
    expect(alarmText(i18n.t, facts({ openValue: 1.23456 }))).toBe('超限：1.235 %CH4（限值 ≥ 1 %CH4）');
    expect(alarmText(i18n.t, facts({ kind: 'power_off', openValue: 1.6, limit: 1.5, direction: null }))).toBe('达到断电值：1.6 %CH4（断电 ≥ 1.5 %CH4）');
    expect(alarmText(i18n.t, facts({ kind: 'stale', openValue: null, limit: null, direction: null }))).toBe('无数据：传感器未按时上报');
    await changeLanguage('en');
    expect(alarmText(i18n.t, facts({ kind: 'sensor_fault', openValue: 4.5, limit: 4, direction: null }))).toBe('Sensor fault: reading 4.5 %CH4 outside the range (4 %CH4)');
  });

  it('a rate-of-change alarm recorded with a negative limit is a fall', () => {
    expect(alarmTextParts(facts({ kind: 'rate_of_change', openValue: 0.2, limit: -0.5, direction: null }))).toEqual({ key: 'rateFall', values: { value: '0.2 %CH4', rate: '0.5 %CH4' } });
    expect(alarmTextParts(facts({ kind: 'rate_of_change', openValue: 0.9, limit: 0.3, direction: null })).key).toBe('rateRise');
    expect(formatQuantity(null, 'ppm')).toBe('—');
  });

  it('the server words an alarm as the Chinese screen does (notification titles, SMS, e-mail)', async () => {
    expect(zhCN).toMatchObject(ALARM_WORDING_ZH);
    await changeLanguage('zh-CN');
    const forecast = facts({ kind: 'forecast', severity: 'warning', openValue: 0.8, limit: 1, direction: null, horizonSec: 180 });
    expect(alarmSummaryZh(forecast)).toBe(alarmText(i18n.t, forecast));
    expect(alarmSummaryZh(facts({ kind: 'stale', openValue: null, limit: null, direction: null }))).toBe('无数据：传感器未按时上报');
  });
});
