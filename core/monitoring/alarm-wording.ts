import type { AlarmFacts } from './alarm.schema.ts';

/**
 * An alarm worded from its fields (kind, values, limit, unit, direction, forecast horizon), never from the
 * server's English `message`: the web fills these keys from its texts in the reader's language
 * (web/src/features/monitoring/alarm-text.*.json), the server fills them in Chinese for what it writes itself
 * (notification titles, SMS and e-mail: the platform's users read Chinese).
 */

export type AlarmTextKey = 'high' | 'low' | 'powerOff' | 'rateRise' | 'rateFall' | 'stale' | 'sensorFault' | 'forecast' | 'forecastNoHorizon';

export interface AlarmTextParts {
  key: AlarmTextKey;
  values: Record<string, string | number>;
}

/** 1.2345 → "1.235 ppm"; a bare percent sign follows the number without a space. */
export function formatQuantity(value: number | null, unit: string): string {
  if (value === null) return '—';
  const n = String(Number(value.toFixed(3)));
  return unit === '%' ? `${n}%` : `${n} ${unit}`.trim();
}

/** The wording's key and values for an alarm. */
export function alarmTextParts(alarm: AlarmFacts): AlarmTextParts {
  const value = formatQuantity(alarm.openValue, alarm.unit);
  const limit = formatQuantity(alarm.limit, alarm.unit);
  switch (alarm.kind) {
    case 'threshold':
      return { key: alarm.direction === 'low' ? 'low' : 'high', values: { value, limit } };
    case 'power_off':
      return { key: 'powerOff', values: { value, limit } };
    case 'rate_of_change': {
      // The engine records a fall limit as a negative rate.
      const rate = formatQuantity(alarm.limit === null ? null : Math.abs(alarm.limit), alarm.unit);
      return { key: alarm.limit !== null && alarm.limit < 0 ? 'rateFall' : 'rateRise', values: { value, rate } };
    }
    case 'stale':
      return { key: 'stale', values: {} };
    case 'sensor_fault':
      return { key: 'sensorFault', values: { value, limit } };
    case 'forecast':
      return alarm.horizonSec
        ? { key: 'forecast', values: { value, limit, minutes: Math.max(1, Math.round(alarm.horizonSec / 60)) } }
        : { key: 'forecastNoHorizon', values: { value, limit } };
  }
}

/** The Chinese wording, as the web's zh-CN texts have it (a web test keeps the two equal). */
export const ALARM_WORDING_ZH: Record<AlarmTextKey, string> = {
  high: '超限：{{value}}（限值 ≥ {{limit}}）',
  low: '低于下限：{{value}}（限值 ≤ {{limit}}）',
  powerOff: '达到断电值：{{value}}（断电 ≥ {{limit}}）',
  rateRise: '上升过快：{{value}}（每分钟上升超过 {{rate}}）',
  rateFall: '下降过快：{{value}}（每分钟下降超过 {{rate}}）',
  stale: '无数据：传感器未按时上报',
  sensorFault: '传感器故障：读数 {{value}} 超出量程（{{limit}}）',
  forecast: '预警：当前 {{value}}，预计 {{minutes}} 分钟内达到 {{limit}}',
  forecastNoHorizon: '预警：当前 {{value}}，预计将达到 {{limit}}',
};

/** "预警：当前 0.8 %CH4，预计 3 分钟内达到 1 %CH4". */
export function alarmSummaryZh(alarm: AlarmFacts): string {
  const { key, values } = alarmTextParts(alarm);
  return ALARM_WORDING_ZH[key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
}
