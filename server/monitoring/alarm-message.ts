import type { AlarmKind } from '../../core/monitoring/sensor-rules.ts';

const sign: Record<AlarmKind, string> = { threshold: '≥', power_off: '≥', rate_of_change: '/min >', stale: '', sensor_fault: 'beyond range', forecast: '→' };

/** A one-line description of an alarm for lists and notifications, e.g. "power_off 1.52 %CH4 ≥ 1.5". */
export function alarmMessage(kind: AlarmKind, value: number | null, limit: number | null, unit: string, direction: 'high' | 'low' = 'high'): string {
  if (kind === 'stale') return 'stale: no reading';
  const op = kind === 'threshold' && direction === 'low' ? '≤' : sign[kind];
  return `${kind} ${value ?? '—'} ${unit} ${op} ${limit ?? '—'}`.replace(/\s+/g, ' ').trim();
}
