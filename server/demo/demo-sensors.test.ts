import { describe, expect, it } from 'vitest';
import { sensorCreateSchema } from '../../core/monitoring/sensor.schema.ts';
import { generateDemoCity } from './demo-city.ts';
import { DEMO_SERIES, loadDemoSeries, type DemoSeriesName } from './demo-series.ts';
import { SERIES_LENGTHS, generateDemoSensors } from './demo-sensors.ts';

const city = generateDemoCity();
const sensors = generateDemoSensors(city.enterprises);

describe('demo sensors', () => {
  it('are deterministic', () => {
    expect(generateDemoSensors(generateDemoCity().enterprises)).toEqual(sensors);
  });

  it('cover the coal mines and the hazardous-chemical producers, the `enterprise` account’s plant first', () => {
    const coal = new Set(sensors.filter((s) => s.code.startsWith('CM')).map((s) => s.enterpriseIndex));
    const chemical = new Set(sensors.filter((s) => s.code.startsWith('HC')).map((s) => s.enterpriseIndex));
    expect(coal.size).toBe(city.enterprises.filter((e) => e.industryCode.startsWith('06')).length);
    expect(coal.size).toBeGreaterThanOrEqual(2);
    expect(chemical.size).toBeGreaterThanOrEqual(10);
    const account = city.users.find((u) => u.username === 'enterprise')!;
    expect(chemical.has(account.enterpriseIndex!)).toBe(true);
  });

  it('are valid sensor registrations with unique codes', () => {
    expect(new Set(sensors.map((s) => s.code)).size).toBe(sensors.length);
    for (const s of sensors) {
      const { replay: _, enterpriseIndex: __, templateId: ___, ...body } = s;
      const parsed = sensorCreateSchema.safeParse({ ...body, enterpriseId: '00000000-0000-4000-8000-000000000000' });
      expect(parsed.success, `${s.code}: ${parsed.error?.message}`).toBe(true);
    }
  });

  it('replay from rows inside the shipped series, whose lengths match SERIES_LENGTHS', () => {
    for (const name of Object.keys(DEMO_SERIES) as DemoSeriesName[]) expect(loadDemoSeries(name).length, name).toBe(SERIES_LENGTHS[name]);
    for (const s of sensors) {
      expect(s.replay.startIndex).toBeGreaterThanOrEqual(0);
      expect(s.replay.startIndex).toBeLessThan(SERIES_LENGTHS[s.replay.series]);
    }
  });

  it('include a methane stretch that crosses the 1.0 % alarm within minutes and the 1.5 % power-off later', () => {
    const mm116 = loadDemoSeries('methane-mm116');
    const firstAlarm = mm116.findIndex((v) => v >= 1.0);
    expect(firstAlarm).toBeGreaterThan(0);
    expect(firstAlarm * DEMO_SERIES['methane-mm116'].stepSec).toBeLessThanOrEqual(15 * 60);
    expect(mm116.some((v) => v >= 1.5)).toBe(true);
  });

  it('give the first chemical plant a combustible-gas reading over 25 %LEL within half an hour', () => {
    const lel = sensors.find((s) => s.kind === 'combustible_gas')!;
    const values = loadDemoSeries(lel.replay.series);
    const rowsIn30Min = (30 * 60) / DEMO_SERIES[lel.replay.series].stepSec;
    const window = values.slice(lel.replay.startIndex, lel.replay.startIndex + rowsIn30Min).map((v) => v * lel.replay.scale + lel.replay.offset);
    expect(Math.max(...window)).toBeGreaterThanOrEqual(25);
  });
});
