import type { SensorTemplate, TemplateLevel } from './template.ts';

/**
 * Other coal-mine limits, domain-rules §5.2 [M unless marked]: CO 24 ppm (规程 harmful-gas table [H], AQ 1029
 * sensor alarm [M]), face / chamber temperature (规程 2016 Art. 655: 26/30 °C shorten hours [H], 30/34 °C stop
 * work [M]), air velocity limits (规程 2016 Art. 136 table [M]: a minimum is a low limit, a maximum a high one).
 */
const GUIDE = '《煤矿安全规程》2016版（原国家安全监管总局令第87号，2022年修正）';
const base = { powerOffAt: null, restoreBelow: null, powerOffScope: null, note: null, params: [] as string[], edition: GUIDE };

export const CO_TEMPLATE: SensorTemplate = {
  ...base,
  id: 'coal-co-24ppm',
  name: '一氧化碳传感器（采区回风巷、一翼回风巷、总回风巷、带式输送机滚筒下风侧）',
  kind: 'co',
  unit: 'ppm',
  alarmAt: 24,
  lowAlarmAt: null,
  levels: [{ direction: 'high', severity: 'alarm', at: 24, label: '报警 ≥24ppm (0.0024%)' }],
  confidence: 'M',
  source: '《煤矿安全规程》有害气体最高允许浓度表 CO 0.0024% [H]; AQ 1029 一氧化碳传感器报警浓度 ≥24ppm [M]',
};

const temperature = (id: string, name: string, shorten: number, stop: number, source: string): SensorTemplate => ({
  ...base,
  id,
  name,
  kind: 'temperature',
  unit: '°C',
  alarmAt: stop,
  lowAlarmAt: null,
  levels: [
    { direction: 'high', severity: 'warning', at: shorten, label: `>${shorten}°C 缩短工作时间` },
    { direction: 'high', severity: 'alarm', at: stop, label: `≥${stop}°C 停止作业` },
  ],
  confidence: 'M',
  source,
  note: 'the regulation says "exceeds" (>); the engine opens at ≥ (the contract), a 0.1 °C difference on the boundary',
});

export const TEMPERATURE_TEMPLATES: readonly SensorTemplate[] = [
  temperature('coal-temperature-face', '采掘工作面空气温度', 26, 30, '《煤矿安全规程》第六百五十五条 (26°C [H], 30°C [M]); AQ 1029 工作面温度传感器报警 30°C [M]'),
  temperature('coal-temperature-chamber', '机电设备硐室空气温度', 30, 34, '《煤矿安全规程》第六百五十五条 (30°C [H], 34°C [M]); AQ 1029 硐室温度传感器报警 34°C [M]'),
];

type VelocityRow = [id: string, name: string, min: number | null, max: number | null, note?: string];
const VELOCITY_ROWS: readonly VelocityRow[] = [
  ['wind-shaft-no-hoist', '无提升设备的风井和风硐', null, 15],
  ['wind-shaft-materials', '专为升降物料的井筒', null, 12],
  ['wind-air-bridge', '风桥', null, 10],
  ['wind-shaft-persons-materials', '升降人员和物料的井筒', null, 8],
  ['wind-main-roadway', '主要进、回风巷', null, 8],
  ['wind-trolley-roadway', '架线电机车巷道', 1.0, 8],
  ['wind-conveyor-district-roadway', '运输机巷，采区进、回风巷', 0.25, 6],
  ['wind-longwall-coal-heading', '采煤工作面、掘进中的煤巷和半煤岩巷', 0.25, 4, 'fully-mechanised faces may go to 5 m/s with dust suppression: override the rule'],
  ['wind-rock-heading', '掘进中的岩巷', 0.15, 4],
  ['wind-other-walkways', '其他通风人行巷道', 0.15, null],
];

export const AIR_VELOCITY_TEMPLATES: readonly SensorTemplate[] = VELOCITY_ROWS.map(([id, name, min, max, note]) => {
  const levels: TemplateLevel[] = [];
  if (min !== null) levels.push({ direction: 'low', severity: 'alarm', at: min, label: `最低允许风速 ${min} m/s` });
  if (max !== null) levels.push({ direction: 'high', severity: 'alarm', at: max, label: `最高允许风速 ${max} m/s` });
  return {
    ...base,
    id,
    name,
    kind: 'wind_speed',
    unit: 'm/s',
    alarmAt: max,
    lowAlarmAt: min,
    levels,
    confidence: 'M',
    source: '《煤矿安全规程》第一百三十六条 井巷中的允许风流速度表',
    note: note ?? 'the table gives limits that must not be exceeded (below min / above max); the engine alarms at the limit itself (≥ / ≤)',
  } satisfies SensorTemplate;
});
