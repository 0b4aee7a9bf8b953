import type { Alarm } from './monitoring.types.ts';

const format = (value: number | null, unit: string) => (value === null ? '—' : `${Number(value.toFixed(3))} ${unit}`);

/** "1.2 %CH4 / 1.6 %CH4": the value at opening and the peak, or only one when they are equal. */
export function alarmValues(alarm: Pick<Alarm, 'openValue' | 'peakValue' | 'unit'>): string {
  if (alarm.openValue === null && alarm.peakValue === null) return '—';
  if (alarm.peakValue === null || alarm.peakValue === alarm.openValue) return format(alarm.openValue, alarm.unit);
  return `${format(alarm.openValue, alarm.unit)} / ${format(alarm.peakValue, alarm.unit)}`;
}

export function alarmLimit(alarm: Pick<Alarm, 'limit' | 'unit'>): string {
  return format(alarm.limit, alarm.unit);
}
