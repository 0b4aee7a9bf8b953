import { describe, expect, it } from 'vitest';
import type { OpenAlarm } from '../../core/monitoring/alarm-engine.ts';
import { planAlarmWrites, type AlarmSensor } from './alarm-writes.ts';

const sensor: AlarmSensor = {
  id: 'sensor-1',
  rules: [{ kind: 'threshold', direction: 'high', levels: [{ severity: 'alarm', at: 1.0 }, { severity: 'critical', at: 1.5 }], deadband: 0, minDurationSec: 0 }],
  expectedIntervalSec: 30,
  rangeLow: 0,
  rangeHigh: 4,
  unit: '%CH4',
  enterpriseId: 'enterprise-1',
  hazardBridge: null,
};
const alarm = (id: string, patch: Partial<OpenAlarm> = {}): OpenAlarm => ({
  id, ruleKey: 'threshold:0', kind: 'threshold', severity: 'alarm', peakSeverity: 'alarm', openValue: 1.1, peakValue: 1.1, limit: 1.0, openedAt: 1_000, levelIndex: 0, ...patch,
});
const now = new Date('2026-11-30T08:00:00Z');

describe('planAlarmWrites', () => {
  it('inserts an alarm opened and cleared in one batch once, with its final state, and keeps every timeline event', () => {
    const plan = planAlarmWrites(
      [
        { sensor, change: { type: 'opened', at: 1_000, value: 1.1, alarm: alarm('a') } },
        { sensor, change: { type: 'severity_changed', at: 2_000, value: 1.6, from: 'alarm', alarm: alarm('a', { severity: 'critical', peakSeverity: 'critical', peakValue: 1.6, levelIndex: 1, limit: 1.5 }) } },
        { sensor, change: { type: 'cleared', at: 3_000, value: 0.8, alarm: alarm('a', { severity: 'critical', peakSeverity: 'critical', peakValue: 1.6, levelIndex: 1, limit: 1.5 }) } },
      ],
      new Set(),
      now,
    );
    expect(plan.inserts).toHaveLength(1);
    expect(plan.inserts[0]).toMatchObject({ id: 'a', status: 'cleared', cleared_at: new Date(3_000), severity: 'critical', peak_value: 1.6, open_value: 1.1, opened_at: new Date(1_000) });
    expect(plan.updates).toEqual([]);
    expect(plan.events.map((e) => e.type)).toEqual(['opened', 'severity_changed', 'cleared']);
    expect(plan.audit.map((e) => e.action)).toEqual(['alarm_opened', 'alarm_severity_changed', 'alarm_cleared']);
    expect(plan.opened.map((o) => o.id)).toEqual(['a']);
  });

  it('updates an alarm opened earlier once, with the last state and the clearing time', () => {
    const plan = planAlarmWrites(
      [
        { sensor, change: { type: 'peak', at: 1_000, value: 1.3, alarm: alarm('b', { peakValue: 1.3 }) } },
        { sensor, change: { type: 'cleared', at: 2_000, value: 0.5, alarm: alarm('b', { peakValue: 1.3 }) } },
      ],
      new Set(),
      now,
    );
    expect(plan.inserts).toEqual([]);
    expect(plan.updates).toEqual([{ id: 'b', alarm: alarm('b', { peakValue: 1.3 }), clearedAt: new Date(2_000) }]);
    expect(plan.events.map((e) => e.type)).toEqual(['cleared']); // a new peak is persisted, not a timeline event
  });

  it('marks an alarm of a silenced sensor and keeps it away from the hazard bridge', () => {
    const plan = planAlarmWrites([{ sensor, change: { type: 'opened', at: 1_000, value: 1.1, alarm: alarm('c') } }], new Set(['sensor-1']), now);
    expect(plan.inserts[0]).toMatchObject({ silenced: true, status: 'active' });
    expect(plan.events[0]!.note).toBe('silenced');
    expect(plan.opened).toEqual([]);
  });
});
