import { HISTORY_MAX_SAMPLES, restoreState, type OpenAlarm, type SensorState } from '../../core/monitoring/alarm-engine.ts';
import { sensorRuleSchema, type AlarmKind, type AlarmSeverity, type SensorRule } from '../../core/monitoring/sensor-rules.ts';
import type { Db } from '../db/database.ts';
import { parseBridge } from './alarm-hazard-bridge.ts';
import { openAlarmsOf } from './alarm.repository.ts';
import type { AlarmSensor } from './alarm-writes.ts';
import { findJudgements, judgedHistory, type Judgement } from './judgement.repository.ts';

/** A sensor as the evaluator needs it: the engine's view plus what alarm rows and events carry. */
export interface EvaluatedSensor extends AlarmSensor {
  createdAt: number;
}

/** The configuration of the active sensors among `ids` (rules that do not parse are left out). */
export async function loadSensorConfigs(db: Db, ids: readonly string[]): Promise<EvaluatedSensor[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('sensors')
    .select(['id', 'rules', 'expected_interval_sec', 'range_low', 'range_high', 'unit', 'enterprise_id', 'created_at', 'hazard_bridge'])
    .where('id', 'in', ids)
    .where('active', '=', true)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    rules: (Array.isArray(r.rules) ? r.rules : []).flatMap((x: unknown) => {
      const parsed = sensorRuleSchema.safeParse(x);
      return parsed.success ? [parsed.data as SensorRule] : [];
    }),
    expectedIntervalSec: r.expected_interval_sec,
    rangeLow: r.range_low,
    rangeHigh: r.range_high,
    unit: r.unit,
    enterpriseId: r.enterprise_id,
    createdAt: new Date(r.created_at).getTime(),
    hazardBridge: parseBridge(r.hazard_bridge),
  }));
}

const keepsHistory = (sensor: EvaluatedSensor) => sensor.rules.some((r) => r.kind === 'rate_of_change' || r.kind === 'forecast');

/**
 * Each sensor's engine state as persisted: its open alarms, its judgement row (watermark, waits, late count) and,
 * for rules that look back, the judged readings before the watermark. A fixed number of queries for any number.
 */
export async function loadSensorStates(db: Db, sensors: readonly EvaluatedSensor[]): Promise<Map<string, { state: SensorState; judgement: Judgement }>> {
  const ids = sensors.map((s) => s.id);
  const [open, judgements] = await Promise.all([openAlarmsOf(db, ids), findJudgements(db, ids)]);
  const history = await judgedHistory(
    db,
    sensors.flatMap((s) => {
      const through = judgements.get(s.id)?.judgedThrough ?? null;
      return through === null ? [] : [{ id: s.id, through, limit: keepsHistory(s) ? HISTORY_MAX_SAMPLES : 0 }];
    }),
  );
  const openBySensor = new Map<string, OpenAlarm[]>();
  for (const a of open) {
    const list = openBySensor.get(a.sensor_id) ?? [];
    list.push({
      id: a.id,
      ruleKey: a.rule_key,
      kind: a.kind as AlarmKind,
      severity: a.severity as AlarmSeverity,
      peakSeverity: a.peak_severity as AlarmSeverity,
      openValue: a.open_value,
      peakValue: a.peak_value,
      limit: a.limit_value,
      openedAt: new Date(a.opened_at).getTime(),
      ...(a.level_index === null ? {} : { levelIndex: a.level_index }),
    });
    openBySensor.set(a.sensor_id, list);
  }
  const result = new Map<string, { state: SensorState; judgement: Judgement }>();
  for (const id of ids) {
    const judgement = judgements.get(id) ?? { judgedThrough: null, pendingSince: {}, lateReadings: 0 };
    const state = restoreState({ openAlarms: openBySensor.get(id) ?? [], pendingSince: judgement.pendingSince, judgedThrough: judgement.judgedThrough, history: history.get(id) ?? [] });
    result.set(id, { state, judgement });
  }
  return result;
}
