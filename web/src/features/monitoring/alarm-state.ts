import type { Alarm, AlarmEventType, AlarmSeverity, Sensor } from './monitoring.types.ts';

/** An enterprise's colour on the wall: the worst open alarm, else quiet, else no live sensor data. */
export type EnterpriseAlarmState = AlarmSeverity | 'normal' | 'offline';

const RANK: Record<EnterpriseAlarmState, number> = { offline: 0, normal: 1, warning: 2, alarm: 3, critical: 4 };

export const STATE_COLORS: Record<EnterpriseAlarmState, string> = {
  critical: '#cf1322',
  alarm: '#fa541c',
  warning: '#faad14',
  normal: '#52c41a',
  offline: '#8c8c8c',
};

export function worseState(a: EnterpriseAlarmState, b: EnterpriseAlarmState): EnterpriseAlarmState {
  return RANK[b] > RANK[a] ? b : a;
}

export interface MonitoredEnterprise {
  enterpriseId: string;
  enterpriseName: string;
  state: EnterpriseAlarmState;
  sensors: number;
  openAlarms: number;
  unacknowledged: number;
}

/**
 * One row per enterprise that has sensors or open alarms: its state is the worst severity among its open
 * (not cleared) alarms and its sensors' `alarmState`; with neither, `normal` when a sensor has reported,
 * `offline` when none has.
 */
export function monitoredEnterprises(sensors: readonly Sensor[], openAlarms: readonly Alarm[]): MonitoredEnterprise[] {
  const rows = new Map<string, MonitoredEnterprise & { reported: boolean }>();
  const row = (id: string, name: string) => {
    let r = rows.get(id);
    if (!r) {
      r = { enterpriseId: id, enterpriseName: name, state: 'offline', sensors: 0, openAlarms: 0, unacknowledged: 0, reported: false };
      rows.set(id, r);
    }
    return r;
  };
  for (const s of sensors) {
    const r = row(s.enterpriseId, s.enterpriseName);
    r.sensors += 1;
    if (s.lastReading) r.reported = true;
    if (s.alarmState) r.state = worseState(r.state, s.alarmState);
  }
  for (const a of openAlarms) {
    if (a.status === 'cleared') continue;
    const r = row(a.enterpriseId, a.enterpriseName);
    r.openAlarms += 1;
    if (a.status === 'active') r.unacknowledged += 1;
    r.state = worseState(r.state, a.severity);
  }
  return [...rows.values()]
    .map(({ reported, ...r }) => ({ ...r, state: r.state === 'offline' && reported ? ('normal' as const) : r.state }))
    .sort((a, b) => RANK[b.state] - RANK[a.state] || b.unacknowledged - a.unacknowledged || a.enterpriseName.localeCompare(b.enterpriseName, 'zh-CN'));
}

/** Counts per state for the wall's summary. */
export function stateCounts(rows: readonly MonitoredEnterprise[]): Record<EnterpriseAlarmState, number> {
  const counts: Record<EnterpriseAlarmState, number> = { critical: 0, alarm: 0, warning: 0, normal: 0, offline: 0 };
  for (const r of rows) counts[r.state] += 1;
  return counts;
}

/**
 * The open-alarm list after a live event: opened/changed/acknowledged replace or add the alarm (an older
 * copy never overwrites a newer one), cleared removes it. Most severe first, then unacknowledged, then newest.
 */
export function applyAlarmEvent(alarms: readonly Alarm[], type: AlarmEventType, alarm: Alarm): Alarm[] {
  const rest = alarms.filter((a) => a.id !== alarm.id);
  if (type === 'alarm.cleared' || alarm.status === 'cleared') return rest;
  return sortOpenAlarms([...rest, alarm]);
}

const SEVERITY_RANK: Record<AlarmSeverity, number> = { warning: 0, alarm: 1, critical: 2 };

export function sortOpenAlarms(alarms: readonly Alarm[]): Alarm[] {
  return [...alarms].sort(
    (a, b) =>
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
      Number(b.status === 'active') - Number(a.status === 'active') ||
      b.openedAt.localeCompare(a.openedAt),
  );
}
