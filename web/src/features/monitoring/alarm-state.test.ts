import { describe, expect, it } from 'vitest';
import { applyAlarmEvent, monitoredEnterprises, sortOpenAlarms, stateCounts } from './alarm-state.ts';
import { alarm, sensor } from './test-alarms.ts';

describe('monitored enterprises', () => {
  it('colours an enterprise by its worst open alarm or sensor state', () => {
    const rows = monitoredEnterprises(
      [sensor({ alarmState: 'warning' }), sensor({ id: 's2', alarmState: null }), sensor({ id: 's3', enterpriseId: 'ent-2', enterpriseName: '青白江化工', alarmState: null })],
      [alarm({ severity: 'critical', status: 'acknowledged' }), alarm({ id: 'a2', severity: 'alarm', status: 'active' })],
    );
    expect(rows).toEqual([
      { enterpriseId: 'ent-1', enterpriseName: '彭州煤业有限公司', state: 'critical', sensors: 2, openAlarms: 2, unacknowledged: 1 },
      { enterpriseId: 'ent-2', enterpriseName: '青白江化工', state: 'normal', sensors: 1, openAlarms: 0, unacknowledged: 0 },
    ]);
  });

  it('marks an enterprise whose sensors never reported as offline, and ignores cleared alarms', () => {
    const rows = monitoredEnterprises([sensor({ lastReading: null })], [alarm({ status: 'cleared', severity: 'critical' })]);
    expect(rows[0]).toMatchObject({ state: 'offline', openAlarms: 0 });
    expect(stateCounts(rows)).toEqual({ critical: 0, alarm: 0, warning: 0, normal: 0, offline: 1 });
  });

  it('lists an enterprise that has an open alarm even before its sensors load', () => {
    expect(monitoredEnterprises([], [alarm({ severity: 'warning' })])).toEqual([
      { enterpriseId: 'ent-1', enterpriseName: '彭州煤业有限公司', state: 'warning', sensors: 0, openAlarms: 1, unacknowledged: 1 },
    ]);
  });
});

describe('live alarm events', () => {
  const open = [alarm({ id: 'a1', severity: 'alarm' })];

  it('adds an opened alarm, most severe first', () => {
    const next = applyAlarmEvent(open, 'alarm.opened', alarm({ id: 'a2', severity: 'critical' }));
    expect(next.map((a) => a.id)).toEqual(['a2', 'a1']);
  });

  it('replaces a changed or acknowledged alarm in place of the old copy', () => {
    const next = applyAlarmEvent(open, 'alarm.acknowledged', alarm({ id: 'a1', status: 'acknowledged', acknowledgedBy: '张三' }));
    expect(next).toHaveLength(1);
    expect(next[0]).toMatchObject({ status: 'acknowledged', acknowledgedBy: '张三' });
  });

  it('removes a cleared alarm, and ignores the clearing of an unknown one', () => {
    expect(applyAlarmEvent(open, 'alarm.cleared', alarm({ id: 'a1', status: 'cleared' }))).toEqual([]);
    expect(applyAlarmEvent(open, 'alarm.cleared', alarm({ id: 'zz', status: 'cleared' }))).toEqual(open);
  });

  it('sorts unacknowledged before acknowledged at equal severity, then newest first', () => {
    const sorted = sortOpenAlarms([
      alarm({ id: 'old', openedAt: '2026-11-30T01:00:00Z' }),
      alarm({ id: 'acked', status: 'acknowledged', openedAt: '2026-11-30T05:00:00Z' }),
      alarm({ id: 'new', openedAt: '2026-11-30T03:00:00Z' }),
    ]);
    expect(sorted.map((a) => a.id)).toEqual(['new', 'old', 'acked']);
  });
});
