import { describe, expect, it } from 'vitest';
import { emptyState, evaluateReadings } from '../alarm-engine.ts';
import { linearTrendForecaster } from '../forecast-default.ts';
import { sensorRuleSchema } from '../sensor-rules.ts';
import { expandTemplate, findTemplate, SENSOR_TEMPLATES } from './index.ts';
import { sensorTemplateSchema } from './template.ts';

const template = (id: string) => findTemplate(id)!;

describe('the template list', () => {
  it('has every row of the methane table (domain-rules §5.1: 26 rows) and unique ids', () => {
    expect(SENSOR_TEMPLATES.filter((t) => t.kind === 'methane')).toHaveLength(26);
    expect(new Set(SENSOR_TEMPLATES.map((t) => t.id)).size).toBe(SENSOR_TEMPLATES.length);
  });

  it('every template matches the API shape, cites a source and edition, and fixed templates expand to valid rules', () => {
    for (const t of SENSOR_TEMPLATES) {
      sensorTemplateSchema.parse(t);
      expect(t.source.length).toBeGreaterThan(5);
      expect(t.edition.length).toBeGreaterThan(3);
      if (t.params.length > 0) continue;
      const expansion = expandTemplate(t);
      expect(expansion.ok, t.id).toBe(true);
      if (expansion.ok) for (const r of expansion.rules) sensorRuleSchema.parse(r);
    }
  });

  it.each([
    ['methane-longwall-upper-corner', '采煤工作面回风隅角', 1.0, 1.5, 1.0],
    ['methane-longwall-return', '采煤工作面回风巷', 1.0, 1.0, 1.0],
    ['methane-outburst-longwall-intake', '突出矿井采煤工作面进风巷', 0.5, 0.5, 0.5],
    ['methane-series-heading-fan-2', '被串掘进工作面局部通风机前（第二台传感器）', 0.5, 1.5, 0.5],
    ['methane-wing-main-return', '一翼回风巷及总回风巷', 0.75, null, null],
    ['methane-underground-bunker', '井下煤仓', 1.5, 1.5, 1.5],
  ])('%s: %s alarm %s, power-off %s, restore %s', (id, name, alarmAt, powerOffAt, restoreBelow) => {
    expect(template(id)).toMatchObject({ name, alarmAt, powerOffAt, restoreBelow, unit: '%CH4' });
  });
});

describe('expansion', () => {
  it('the upper corner: alarm ≥ 1.0, power-off ≥ 1.5, restore < 1.0, and a stale rule', () => {
    expect(expandTemplate(template('methane-longwall-upper-corner'))).toEqual({
      ok: true,
      rules: [
        { kind: 'threshold', direction: 'high', levels: [{ severity: 'alarm', at: 1.0, label: '报警' }], deadband: 0, minDurationSec: 0 },
        { kind: 'power_off', powerOffAt: 1.5, restoreBelow: 1.0 },
        { kind: 'stale', severity: 'warning' },
      ],
    });
  });

  it('an alarm-only row has no power-off', () => {
    const e = expandTemplate(template('methane-wing-main-return'));
    expect(e.ok && e.rules.map((r) => r.kind)).toEqual(['threshold', 'stale']);
  });

  it('air velocity: a minimum is a low rule, a maximum a high rule', () => {
    const e = expandTemplate(template('wind-conveyor-district-roadway'));
    expect(e.ok && e.rules.slice(0, 2)).toEqual([
      expect.objectContaining({ direction: 'high', levels: [expect.objectContaining({ at: 6 })] }),
      expect.objectContaining({ direction: 'low', levels: [expect.objectContaining({ at: 0.25 })] }),
    ]);
  });

  it('O₂ 19.5 / 23.5 and combustible 25 / 50 %LEL', () => {
    const o2 = expandTemplate(template('gbt50493-oxygen'));
    expect(o2.ok && o2.rules.slice(0, 2).map((r) => r.kind === 'threshold' && [r.direction, r.levels[0]!.at])).toEqual([['high', 23.5], ['low', 19.5]]);
    const lel = expandTemplate(template('gbt50493-combustible'));
    expect(lel.ok && lel.rules[0]!.kind === 'threshold' && lel.rules[0]!.levels.map((l) => [l.severity, l.at])).toEqual([['alarm', 25], ['critical', 50]]);
  });

  it('toxic gas by OEL: level 1 = 100 % OEL, level 2 = 200 % OEL', () => {
    const e = expandTemplate(template('gbt50493-toxic-oel'), { oel: 10 });
    expect(e.ok && e.rules[0]!.kind === 'threshold' && e.rules[0]!.levels.map((l) => l.at)).toEqual([10, 20]);
    expect(expandTemplate(template('gbt50493-toxic-oel')).ok).toBe(false);
  });

  it('tank limits come from the point; order is checked; unknown params are refused', () => {
    const e = expandTemplate(template('tank-level-limits'), { LL: 0.5, L: 1, H: 8, HH: 9 });
    expect(e.ok && e.rules.slice(0, 2)).toEqual([
      expect.objectContaining({ direction: 'high', levels: [expect.objectContaining({ at: 8, severity: 'alarm' }), expect.objectContaining({ at: 9, severity: 'critical' })] }),
      expect.objectContaining({ direction: 'low', levels: [expect.objectContaining({ at: 1, severity: 'alarm' }), expect.objectContaining({ at: 0.5, severity: 'critical' })] }),
    ]);
    expect(expandTemplate(template('tank-level-limits'), { H: 8 }).ok).toBe(true);
    expect(expandTemplate(template('tank-level-limits'), { L: 5, H: 4 })).toEqual({ ok: false, problems: [{ path: 'H', message: 'must be above L' }] });
    expect(expandTemplate(template('tank-level-limits'), {}).ok).toBe(false);
    expect(expandTemplate(template('methane-shearer'), { H: 1 }).ok).toBe(false);
  });

  it('the expanded upper-corner rules drive the engine as the table says', () => {
    const e = expandTemplate(template('methane-longwall-upper-corner'));
    if (!e.ok) throw new Error('expansion failed');
    let n = 0;
    const sensor = { id: 's', rules: e.rules, expectedIntervalSec: 30, rangeLow: 0, rangeHigh: 4 };
    const { changes } = evaluateReadings(sensor, emptyState(), [1.0, 1.5, 1.2, 0.9].map((value, i) => ({ ts: i * 30_000, value })), { newId: () => `${++n}`, forecaster: linearTrendForecaster });
    expect(changes.filter((c) => c.type !== 'peak').map((c) => `${c.type} ${c.alarm.kind} @${c.value}`)).toEqual([
      'opened threshold @1',
      'opened power_off @1.5',
      'cleared threshold @0.9',
      'cleared power_off @0.9',
    ]);
  });
});

describe('every methane row at its boundaries (the table, exhaustively)', () => {
  const rows = SENSOR_TEMPLATES.filter((t) => t.kind === 'methane');
  const run = (id: string, values: number[]) => {
    const e = expandTemplate(template(id));
    if (!e.ok) throw new Error(id);
    let n = 0;
    const sensor = { id: 's', rules: e.rules, expectedIntervalSec: 30, rangeLow: 0, rangeHigh: 4 };
    const { changes, state } = evaluateReadings(sensor, emptyState(), values.map((value, i) => ({ ts: i * 30_000, value })), { newId: () => `${++n}`, forecaster: linearTrendForecaster });
    return { log: changes.filter((c) => c.type !== 'peak').map((c) => `${c.type} ${c.alarm.kind}`), open: Object.values(state.open).map((a) => a.kind).sort() };
  };
  const below = (x: number) => Math.round((x - 0.01) * 100) / 100;

  it.each(rows.map((r) => [r.id, r.alarmAt!, r.powerOffAt, r.restoreBelow] as const))('%s: alarm %s, power-off %s, restore %s', (id, alarmAt, powerOffAt, restoreBelow) => {
    expect(run(id, [below(alarmAt)]).open).toEqual([]);
    expect(run(id, [alarmAt]).open).toEqual(powerOffAt !== null && powerOffAt <= alarmAt ? ['power_off', 'threshold'] : ['threshold']);
    if (powerOffAt === null || restoreBelow === null) return;
    expect(run(id, [below(powerOffAt)]).open).not.toContain('power_off');
    expect(run(id, [powerOffAt]).open).toContain('power_off');
    // Latched at exactly the restore level; restored at the first reading below it.
    expect(run(id, [powerOffAt, restoreBelow]).open).toContain('power_off');
    expect(run(id, [powerOffAt, below(restoreBelow)]).log).toContain('cleared power_off');
  });
});
