import type { Sample } from '../../core/monitoring/forecaster.ts';
import type { Sensor } from '../../core/monitoring/sensor.schema.ts';
import type { SensorKind, SensorRule } from '../../core/monitoring/sensor-rules.ts';
import { parseBridge } from './alarm-hazard-bridge.ts';
import type { SensorRow } from './sensor.repository.ts';

export function presentSensor(r: SensorRow, last: Sample | undefined): Sensor {
  return {
    id: r.id,
    enterpriseId: r.enterprise_id,
    enterpriseName: r.enterprise_name,
    code: r.code,
    name: r.name,
    kind: r.kind as SensorKind,
    unit: r.unit,
    rangeLow: r.range_low,
    rangeHigh: r.range_high,
    location: r.location,
    expectedIntervalSec: r.expected_interval_sec,
    template: r.template_id,
    rules: r.rules as SensorRule[],
    lastReading: last ? { ts: new Date(last.ts).toISOString(), value: last.value } : null,
    alarmState: r.alarm_state as Sensor['alarmState'],
    openAlarms: r.open_alarms,
    createdAt: r.created_at.toISOString(),
    hazardBridge: parseBridge(r.hazard_bridge),
    silencedUntil: r.silenced_until ? r.silenced_until.toISOString() : null,
    judgement: { judgedThrough: r.judged_through ? r.judged_through.toISOString() : null, lateReadings: r.late_readings ?? 0 },
  };
}
