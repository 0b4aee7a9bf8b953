import { describe, expect, it } from 'vitest';
import { levelsProblem, toSensorCreate, toSensorPatch, editValuesOf } from './sensor-form-values.ts';
import { sensor } from './test-alarms.ts';
import type { SensorTemplate } from './use-sensor-admin.queries.ts';

const tank = { id: 'tank-level-limits', kind: 'level', unit: 'm', params: ['LL', 'L', 'H', 'HH'] } as unknown as SensorTemplate;
const base = { code: ' T-1 ', name: ' 液位 ', expectedIntervalSec: 10 };

describe('sensor form values', () => {
  it('a template sends its kind and unit and only the limits given', () => {
    expect(toSensorCreate('e1', { ...base, mode: 'template', template: 'tank-level-limits', templateParams: { LL: null, L: 2, H: 15, HH: undefined } }, [tank])).toEqual({
      enterpriseId: 'e1', code: 'T-1', name: '液位', location: '', expectedIntervalSec: 10, rangeLow: null, rangeHigh: null,
      kind: 'level', unit: 'm', template: 'tank-level-limits', templateParams: { L: 2, H: 15 },
    });
  });

  it('custom thresholds: levels in order, an optional power-off, always a stale rule', () => {
    const body = toSensorCreate('e1', { ...base, mode: 'custom', kind: 'methane', unit: '%CH4', direction: 'high', levels: { warning: 0.8, alarm: 1 }, powerOffAt: 1.5, restoreBelow: null }, []);
    expect(body.rules).toEqual([
      { kind: 'threshold', direction: 'high', levels: [{ severity: 'warning', at: 0.8 }, { severity: 'alarm', at: 1 }], deadband: 0, minDurationSec: 0 },
      { kind: 'power_off', powerOffAt: 1.5, restoreBelow: 1.5 },
      { kind: 'stale', severity: 'warning' },
    ]);
    expect(levelsProblem('high', {})).toBe('levelsRequired');
    expect(levelsProblem('high', { warning: 1, critical: 1 })).toBe('levelsOrder');
    expect(levelsProblem('low', { warning: 19.5, alarm: 18 })).toBeNull();
    expect(levelsProblem('low', { warning: 18, alarm: 19.5 })).toBe('levelsOrder');
  });

  it('an edit sends only what changed; a changed level sends every rule with it', () => {
    const s = sensor({ rules: [{ kind: 'threshold', direction: 'high', levels: [{ severity: 'alarm', at: 1, label: '报警' }], deadband: 0, minDurationSec: 0 }, { kind: 'power_off', powerOffAt: 1.5, restoreBelow: 1 }] });
    const values = editValuesOf(s);
    expect(toSensorPatch(s, values)).toBeNull();
    expect(toSensorPatch(s, { ...values, location: ' 3101 回风隅角 ' })).toEqual({ location: '3101 回风隅角' });
    expect(toSensorPatch(s, { ...values, levels: { 0: { 0: 0.9 } } })).toEqual({
      rules: [{ kind: 'threshold', direction: 'high', levels: [{ severity: 'alarm', at: 0.9, label: '报警' }], deadband: 0, minDurationSec: 0 }, { kind: 'power_off', powerOffAt: 1.5, restoreBelow: 1 }],
    });
  });
});
