import type { SensorKind, SensorRule } from '../../core/monitoring/sensor-rules.ts';
import { expandTemplate, findTemplate } from '../../core/monitoring/templates/index.ts';
import type { DemoSeriesName } from './demo-series.ts';

/**
 * The demo city's monitoring points: pure and deterministic (same enterprises → same sensors, codes and
 * replay offsets). Coal mines (GB/T 4754 06xx) get the 煤矿安全监控 points of domain-rules §5, the
 * hazardous-chemical producers get the 重大危险源 points of §6. Where a regulation fixes the figures the rules
 * come from its template (core/monitoring/templates, cited there); set points that are the enterprise's own
 * (tank LL/L/H/HH, process limits) are explicit here.
 */

export interface DemoSensorSpec {
  enterpriseIndex: number;
  code: string;
  name: string;
  kind: SensorKind;
  unit: string;
  rangeLow: number;
  rangeHigh: number;
  location: string;
  expectedIntervalSec: number;
  /** The rule template the rules were expanded from, if any (stored as the sensor's template_id). */
  templateId?: string;
  rules: SensorRule[];
  replay: { series: DemoSeriesName; startIndex: number; scale: number; offset: number };
}

/** Hazardous-chemical manufacturing classes of the demo catalogue (GB/T 4754-2017 26xx, 危险化学品生产). */
const CHEMICAL_PRODUCERS = new Set(['2611', '2614', '2621', '2631', '2651']);

/** A template's rules (plus `extra`, e.g. a forecast), as the sensors API would expand them. */
function fromTemplate(id: string, extra: SensorRule[] = []): { templateId: string; rules: SensorRule[] } {
  const template = findTemplate(id);
  const expansion = template ? expandTemplate(template) : undefined;
  if (!expansion?.ok) throw new Error(`demo sensor template ${id} does not expand`);
  return { templateId: id, rules: [...expansion.rules, ...extra] };
}

const FAHRENHEIT_TO_CELSIUS = { scale: 5 / 9, offset: (-32 * 5) / 9 };
const stale: SensorRule = { kind: 'stale', severity: 'warning' };
const high = (levels: { severity: 'warning' | 'alarm' | 'critical'; at: number; label?: string }[], deadband = 0): SensorRule => ({
  kind: 'threshold',
  direction: 'high',
  levels,
  deadband,
  minDurationSec: 0,
});
const low = (levels: { severity: 'warning' | 'alarm' | 'critical'; at: number; label?: string }[], deadband = 0): SensorRule => ({
  kind: 'threshold',
  direction: 'low',
  levels,
  deadband,
  minDurationSec: 0,
});

function coalMineSensors(enterpriseIndex: number, ordinal: number, prefix: string): DemoSensorSpec[] {
  // The second mine replays the same longwall from 4 hours later, so the two mines do not alarm in step.
  const methaneStart = ordinal === 0 ? 0 : 480;
  return [
    {
      enterpriseIndex,
      code: `${prefix}-CH4-T0`,
      name: '采煤工作面回风隅角甲烷 T0',
      kind: 'methane',
      unit: '%CH4',
      rangeLow: 0,
      rangeHigh: 4,
      location: '11201 采煤工作面回风隅角',
      expectedIntervalSec: 30,
      // 采煤工作面回风隅角 (domain-rules §5.1): alarm ≥ 1.0, power-off ≥ 1.5, restore < 1.0; early warning before 1.0.
      ...fromTemplate('methane-longwall-upper-corner', [{ kind: 'forecast', level: 1.0, horizonSec: 180, severity: 'warning' }]),
      replay: { series: 'methane-mm116', startIndex: methaneStart, scale: 1, offset: 0 },
    },
    {
      enterpriseIndex,
      code: `${prefix}-CH4-T2`,
      name: '采煤工作面回风巷甲烷 T2',
      kind: 'methane',
      unit: '%CH4',
      rangeLow: 0,
      rangeHigh: 4,
      location: '11201 回风巷',
      expectedIntervalSec: 30,
      // 采煤工作面回风巷 T2 (domain-rules §5.1): alarm, power-off and restore all at 1.0.
      ...fromTemplate('methane-longwall-return'),
      replay: { series: 'methane-mm31', startIndex: methaneStart, scale: 1, offset: 0 },
    },
    {
      enterpriseIndex,
      code: `${prefix}-CO-01`,
      name: '回风巷一氧化碳',
      kind: 'co',
      unit: 'ppm',
      rangeLow: 0,
      rangeHigh: 500,
      location: '11201 回风巷',
      expectedIntervalSec: 60,
      // CO 24 ppm (domain-rules §5.2).
      ...fromTemplate('coal-co-24ppm'),
      replay: { series: 'nab-art-daily-small-noise', startIndex: 600 * ordinal, scale: 0.08, offset: 0 },
    },
    {
      enterpriseIndex,
      code: `${prefix}-WS-01`,
      name: '采煤工作面风速',
      kind: 'wind_speed',
      unit: 'm/s',
      rangeLow: 0,
      rangeHigh: 15,
      location: '11201 采煤工作面',
      expectedIntervalSec: 30,
      // Art. 136 table (domain-rules §5.2, [M]): longwall faces 0.25–4 m/s.
      ...fromTemplate('wind-longwall-coal-heading'),
      replay: { series: 'air-velocity-as038', startIndex: methaneStart, scale: 1, offset: 0 },
    },
    {
      enterpriseIndex,
      code: `${prefix}-TEMP-01`,
      name: '采煤工作面温度',
      kind: 'temperature',
      unit: '°C',
      rangeLow: 0,
      rangeHigh: 40,
      location: '11201 采煤工作面',
      expectedIntervalSec: 60,
      // Art. 655 (domain-rules §5.2): face 26 °C shorten hours, 30 °C stop work.
      ...fromTemplate('coal-temperature-face'),
      replay: { series: 'nab-ambient-temperature-f', startIndex: 24 * ordinal, ...FAHRENHEIT_TO_CELSIUS },
    },
  ];
}

function chemicalSensors(enterpriseIndex: number, ordinal: number, prefix: string): DemoSensorSpec[] {
  const spread = (series: DemoSeriesName, k: number) => (ordinal * k) % seriesLength(series);
  return [
    {
      enterpriseIndex,
      code: `${prefix}-LEL-01`,
      name: '罐区可燃气体',
      kind: 'combustible_gas',
      unit: '%LEL',
      rangeLow: 0,
      rangeHigh: 100,
      location: '甲类储罐区 防火堤内',
      expectedIntervalSec: 30,
      // GB/T 50493-2019 §5.5.2 (domain-rules §6.2): level-1 25 %LEL, level-2 50 %LEL; early warning before level 1.
      ...fromTemplate('gbt50493-combustible', [{ kind: 'forecast', level: 25, horizonSec: 180, severity: 'warning' }]),
      // The first chemical plant (the `enterprise` demo account's) reaches the series' jump ~15 minutes after start.
      replay: { series: 'nab-art-daily-jumpsup', startIndex: ordinal === 0 ? 2985 : spread('nab-art-daily-jumpsup', 397), scale: 0.2, offset: 0 },
    },
    {
      enterpriseIndex,
      code: `${prefix}-CO-01`,
      name: '装置区有毒气体（一氧化碳）',
      kind: 'toxic_gas',
      unit: 'ppm',
      rangeLow: 0,
      rangeHigh: 500,
      location: '合成装置区',
      expectedIntervalSec: 30,
      // GB/T 50493-2019 §5.5.2: level-1 ≤ 100 % OEL, level-2 ≤ 200 % OEL; CO settings 24 / 160 ppm are a vendor example [L] (domain-rules §6.2).
      rules: [high([{ severity: 'alarm', at: 24, label: '一级报警' }, { severity: 'critical', at: 160, label: '二级报警' }]), stale],
      replay: { series: 'nab-art-daily-small-noise', startIndex: spread('nab-art-daily-small-noise', 251), scale: 0.1, offset: 0 },
    },
    {
      enterpriseIndex,
      code: `${prefix}-LT-01`,
      name: '1号储罐液位',
      kind: 'level',
      unit: '%',
      rangeLow: 0,
      rangeHigh: 100,
      location: '甲类储罐区 V-101',
      expectedIntervalSec: 60,
      // AQ 3036-2010 / HG/T 20511 four-level convention LL/L/H/HH (domain-rules §6.1–6.2); set points are the enterprise's own.
      rules: [
        high([{ severity: 'alarm', at: 85, label: 'H' }, { severity: 'critical', at: 90, label: 'HH' }], 1),
        low([{ severity: 'alarm', at: 15, label: 'L' }, { severity: 'critical', at: 10, label: 'LL' }], 1),
        stale,
      ],
      replay: { series: 'nab-art-daily-small-noise', startIndex: spread('nab-art-daily-small-noise', 613), scale: 0.6, offset: 20 },
    },
    {
      enterpriseIndex,
      code: `${prefix}-PT-01`,
      name: '反应釜压力',
      kind: 'pressure',
      unit: 'MPa',
      rangeLow: 0,
      rangeHigh: 2.5,
      location: '合成装置区 R-201',
      expectedIntervalSec: 10,
      // Process limits H/HH (domain-rules §6.2 [M]): enterprise-specific set points.
      rules: [high([{ severity: 'alarm', at: 1.0, label: 'H' }, { severity: 'critical', at: 1.1, label: 'HH' }]), stale],
      replay: { series: 'skab-pressure-bar', startIndex: spread('skab-pressure-bar', 173), scale: 0.1, offset: 0.8 },
    },
    {
      enterpriseIndex,
      code: `${prefix}-TT-01`,
      name: '压缩机轴承温度',
      kind: 'temperature',
      unit: '°C',
      rangeLow: -20,
      rangeHigh: 150,
      location: '压缩机房 C-301',
      expectedIntervalSec: 60,
      // Process limits H/HH (domain-rules §6.2 [M]): enterprise-specific set points.
      rules: [high([{ severity: 'alarm', at: 45, label: 'H' }, { severity: 'critical', at: 55, label: 'HH' }]), stale],
      replay: { series: 'nab-machine-temperature-f', startIndex: spread('nab-machine-temperature-f', 131), ...FAHRENHEIT_TO_CELSIUS },
    },
  ];
}

const seriesLength = (series: DemoSeriesName) => SERIES_LENGTHS[series];
/** Row counts of the shipped files (checked by demo-sensors.test.ts), so the generator stays free of I/O. */
export const SERIES_LENGTHS: Record<DemoSeriesName, number> = {
  'methane-mm116': 1440,
  'methane-mm31': 1440,
  'air-velocity-as038': 1440,
  'nab-ambient-temperature-f': 336,
  'nab-machine-temperature-f': 1152,
  'nab-art-daily-jumpsup': 4032,
  'nab-art-daily-small-noise': 4032,
  'skab-pressure-bar': 1881,
};

/** The sensors of the demo city, in enterprise order. Codes: `CM`/`HC` + the enterprise's index, then the point. */
export function generateDemoSensors(enterprises: readonly { industryCode: string }[]): DemoSensorSpec[] {
  const sensors: DemoSensorSpec[] = [];
  let coal = 0;
  let chemical = 0;
  enterprises.forEach((e, index) => {
    const number = String(index).padStart(3, '0');
    if (e.industryCode.startsWith('06')) sensors.push(...coalMineSensors(index, coal++, `CM${number}`));
    else if (CHEMICAL_PRODUCERS.has(e.industryCode)) sensors.push(...chemicalSensors(index, chemical++, `HC${number}`));
  });
  return sensors;
}
