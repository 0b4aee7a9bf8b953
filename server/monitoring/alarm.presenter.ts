import type { Alarm, AlarmDetail } from '../../core/monitoring/alarm.schema.ts';
import type { AlarmKind, AlarmSeverity } from '../../core/monitoring/sensor-rules.ts';
import type { Selectable } from 'kysely';
import type { AlarmEventsTable } from '../db/schema.ts';
import type { AlarmRow } from './alarm.repository.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function presentAlarm(r: AlarmRow): Alarm {
  return {
    id: r.id,
    sensorId: r.sensor_id,
    sensorCode: r.sensor_code,
    sensorName: r.sensor_name,
    unit: r.unit,
    enterpriseId: r.enterprise_id,
    enterpriseName: r.enterprise_name,
    kind: r.kind as AlarmKind,
    status: r.status as Alarm['status'],
    severity: r.severity as AlarmSeverity,
    peakSeverity: r.peak_severity as AlarmSeverity,
    openValue: r.open_value,
    peakValue: r.peak_value,
    limit: r.limit_value,
    openedAt: r.opened_at.toISOString(),
    acknowledgedAt: iso(r.acknowledged_at),
    acknowledgedBy: r.acknowledged_by,
    clearedAt: iso(r.cleared_at),
    hazardId: r.hazard_id,
    message: r.message,
    direction: r.direction,
    horizonSec: r.horizon_sec,
    silenced: r.silenced,
  };
}

export function presentAlarmDetail(r: AlarmRow, events: Selectable<AlarmEventsTable>[]): AlarmDetail {
  return {
    ...presentAlarm(r),
    timeline: events.map((e) => ({
      at: new Date(e.at).toISOString(),
      type: e.type as AlarmDetail['timeline'][number]['type'],
      severity: e.severity as AlarmSeverity | null,
      value: e.value,
      by: e.by_name,
      note: e.note,
    })),
  };
}

/** The event-stream subject of an alarm: its enterprise (server/events/event-bus.ts). */
export const subjectOf = (r: Pick<AlarmRow, 'enterprise_id' | 'region_path' | 'industry_path'>) => ({ id: r.enterprise_id, regionPath: r.region_path, industryPath: r.industry_path });
