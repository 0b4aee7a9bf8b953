import type { Alarm, Sensor } from './monitoring.types.ts';

/** Contract-shaped fixtures for the monitoring web tests. */
export function alarm(overrides: Partial<Alarm> = {}): Alarm {
  return {
    id: '00000000-0000-4000-8000-00000000000a',
    sensorId: '00000000-0000-4000-8000-000000000001',
    sensorCode: 'CM071-CH4-T0',
    sensorName: '采煤工作面回风隅角甲烷 T0',
    unit: '%CH4',
    enterpriseId: 'ent-1',
    enterpriseName: '彭州煤业有限公司',
    kind: 'threshold',
    status: 'active',
    severity: 'alarm',
    peakSeverity: 'alarm',
    openValue: 1.0,
    peakValue: 1.2,
    limit: 1.0,
    openedAt: '2026-11-30T04:00:00.000Z',
    acknowledgedAt: null,
    acknowledgedBy: null,
    clearedAt: null,
    hazardId: null,
    message: 'threshold 1 %CH4 ≥ 1',
    direction: 'high',
    horizonSec: null,
    silenced: false,
    ...overrides,
  };
}

export function sensor(overrides: Partial<Sensor> = {}): Sensor {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    enterpriseId: 'ent-1',
    enterpriseName: '彭州煤业有限公司',
    code: 'CM071-CH4-T0',
    name: '采煤工作面回风隅角甲烷 T0',
    kind: 'methane',
    unit: '%CH4',
    rangeLow: 0,
    rangeHigh: 4,
    location: '',
    expectedIntervalSec: 30,
    template: null,
    rules: [],
    lastReading: { ts: '2026-11-30T04:00:00.000Z', value: 0.8 },
    alarmState: null,
    openAlarms: 0,
    createdAt: '2026-11-30T00:00:00.000Z',
    ...overrides,
  };
}
