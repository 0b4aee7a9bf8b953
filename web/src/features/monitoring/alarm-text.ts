import type { TFunction } from 'i18next';
import type { AlarmFacts } from '../../../../core/monitoring/alarm.schema.ts';
import './alarm-text.texts.ts';

export type { AlarmFacts };

export interface AlarmTextParts {
  key: 'high' | 'low' | 'powerOff' | 'rateRise' | 'rateFall' | 'stale' | 'sensorFault' | 'forecast' | 'forecastNoHorizon';
  values: Record<string, string | number>;
}

/** 1.2345 → "1.235"; the unit follows with a space, except where it is a percent sign. */
export function formatQuantity(value: number | null, unit: string): string {
  if (value === null) return '—';
  const n = String(Number(value.toFixed(3)));
  return unit === '%' ? `${n}%` : `${n} ${unit}`.trim();
}

/**
 * What an alarm says, as an `alarmText.*` key with its values, from the alarm's fields (kind, values, limit, unit,
 * direction, forecast horizon) — never from the server's English `message` — so it reads in the user's language.
 */
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

/** The alarm's one-line text in the current language (e.g. "预警：当前 0.8 %CH4，预计 3 分钟内达到 1 %CH4"). */
export function alarmText(t: TFunction, alarm: AlarmFacts): string {
  const { key, values } = alarmTextParts(alarm);
  return t(`alarmText.${key}`, values);
}
