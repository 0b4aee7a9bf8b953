import type { SensorTemplate } from './template.ts';

/**
 * Hazardous-chemical sites, domain-rules §6.2: GB/T 50493-2019《石油化工可燃气体和有毒气体检测报警设计标准》
 * §5.5.2 [H] — combustible gas level 1 ≤ 25 %LEL, level 2 ≤ 50 %LEL; toxic gas level 1 ≤ 100 % OEL, level 2
 * ≤ 200 % OEL; O₂ deficiency 19.5 %VOL, excess 23.5 %VOL; open-path 1 / 2 LEL·m. Level 1 → severity `alarm`,
 * level 2 → `critical`. Process limits LL / L / H / HH (HG/T 20511) are enterprise-specific: the point supplies them.
 */
const GBT50493 = 'GB/T 50493-2019《石油化工可燃气体和有毒气体检测报警设计标准》第5.5.2条';
const EDITION = 'GB/T 50493-2019';
const none = { powerOffAt: null, restoreBelow: null, powerOffScope: null, lowAlarmAt: null };

export const COMBUSTIBLE_TEMPLATES: readonly SensorTemplate[] = [
  {
    ...none,
    id: 'gbt50493-combustible',
    name: '可燃气体检测报警（点型）',
    kind: 'combustible_gas',
    unit: '%LEL',
    alarmAt: 25,
    levels: [
      { direction: 'high', severity: 'alarm', at: 25, label: '一级报警 25%LEL' },
      { direction: 'high', severity: 'critical', at: 50, label: '二级报警 50%LEL' },
    ],
    confidence: 'H',
    source: GBT50493,
    edition: EDITION,
    note: 'the standard sets the highest allowed settings (≤ 25 / ≤ 50); a site may set lower ones',
    params: [],
  },
  {
    ...none,
    id: 'gbt50493-combustible-open-path',
    name: '可燃气体检测报警（线型）',
    kind: 'combustible_gas',
    unit: 'LEL·m',
    alarmAt: 1,
    levels: [
      { direction: 'high', severity: 'alarm', at: 1, label: '一级报警 1LEL·m' },
      { direction: 'high', severity: 'critical', at: 2, label: '二级报警 2LEL·m' },
    ],
    confidence: 'H',
    source: GBT50493,
    edition: EDITION,
    note: null,
    params: [],
  },
];

const toxic = (id: string, name: string, kind: 'toxic_gas' | 'h2s' | 'co', level1: number, level2: number): SensorTemplate => ({
  ...none,
  id,
  name,
  kind,
  unit: 'ppm',
  alarmAt: level1,
  levels: [
    { direction: 'high', severity: 'alarm', at: level1, label: `一级报警 ${level1}ppm` },
    { direction: 'high', severity: 'critical', at: level2, label: `二级报警 ${level2}ppm` },
  ],
  confidence: 'L',
  source: `${GBT50493} (一级 ≤100%OEL, 二级 ≤200%OEL); example settings used by vendors, not normative`,
  edition: EDITION,
  note: '[L] vendor example (domain-rules §6.2): confirm against the gas’s OEL (GBZ 2.1) before use',
  params: [],
});

export const TOXIC_TEMPLATES: readonly SensorTemplate[] = [
  {
    ...none,
    id: 'gbt50493-toxic-oel',
    name: '有毒气体检测报警（按职业接触限值）',
    kind: 'toxic_gas',
    unit: 'ppm',
    alarmAt: null,
    levels: [
      { direction: 'high', severity: 'alarm', at: null, label: '一级报警 100%OEL', param: 'oel', factor: 1 },
      { direction: 'high', severity: 'critical', at: null, label: '二级报警 200%OEL', param: 'oel', factor: 2 },
    ],
    confidence: 'H',
    source: GBT50493,
    edition: EDITION,
    note: 'templateParams.oel: the gas’s occupational exposure limit in the sensor’s unit. Where the range cannot reach 200 % OEL, the standard allows 5 % / 10 % IDLH: give explicit rules',
    params: ['oel'],
  },
  toxic('gbt50493-toxic-h2s', '硫化氢检测报警', 'h2s', 10, 20),
  toxic('gbt50493-toxic-co', '一氧化碳检测报警（化工）', 'co', 24, 160),
  toxic('gbt50493-toxic-nh3', '氨气检测报警', 'toxic_gas', 25, 50),
  toxic('gbt50493-toxic-cl2', '氯气检测报警', 'toxic_gas', 0.3, 0.6),
];

export const OXYGEN_TEMPLATE: SensorTemplate = {
  id: 'gbt50493-oxygen',
  name: '氧气检测报警（缺氧 / 富氧）',
  kind: 'o2',
  unit: '%VOL',
  alarmAt: 23.5,
  lowAlarmAt: 19.5,
  powerOffAt: null,
  restoreBelow: null,
  powerOffScope: null,
  levels: [
    { direction: 'low', severity: 'alarm', at: 19.5, label: '缺氧报警 19.5%VOL' },
    { direction: 'high', severity: 'alarm', at: 23.5, label: '富氧报警 23.5%VOL' },
  ],
  confidence: 'H',
  source: GBT50493,
  edition: EDITION,
  note: null,
  params: [],
};

const tank = (id: string, name: string, kind: 'level' | 'pressure' | 'temperature', unit: string): SensorTemplate => ({
  id,
  name,
  kind,
  unit,
  alarmAt: null,
  lowAlarmAt: null,
  powerOffAt: null,
  restoreBelow: null,
  powerOffScope: null,
  levels: [
    { direction: 'low', severity: 'alarm', at: null, label: 'L 低报', param: 'L' },
    { direction: 'low', severity: 'critical', at: null, label: 'LL 低低报', param: 'LL' },
    { direction: 'high', severity: 'alarm', at: null, label: 'H 高报', param: 'H' },
    { direction: 'high', severity: 'critical', at: null, label: 'HH 高高报', param: 'HH' },
  ],
  confidence: 'M',
  source: 'AQ 3036-2010《危险化学品重大危险源 罐区现场安全监控装备设置规范》; HG/T 20511《信号报警及联锁系统设计规范》(LL/L/H/HH)',
  edition: 'AQ 3036-2010',
  note: 'limits are enterprise-specific: templateParams gives any of LL, L, H, HH (LL < L < H < HH); HH/LL are usually tied to interlocks',
  params: ['LL', 'L', 'H', 'HH'],
});

export const TANK_TEMPLATES: readonly SensorTemplate[] = [
  tank('tank-level-limits', '储罐液位（LL/L/H/HH）', 'level', 'm'),
  tank('tank-pressure-limits', '储罐压力（LL/L/H/HH）', 'pressure', 'MPa'),
  tank('tank-temperature-limits', '储罐温度（LL/L/H/HH）', 'temperature', '°C'),
];
