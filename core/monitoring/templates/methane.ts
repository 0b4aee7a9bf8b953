import type { SensorTemplate } from './template.ts';

/**
 * 甲烷传感器的报警浓度、断电浓度、复电浓度和断电范围 — 《煤矿安全规程》2016 edition (原国家安全监管总局令第87号,
 * amended by 应急管理部令第8号, in force 2022-04-01), Art. 498 table; domain-rules §5.1, every row, unit %CH₄.
 * Edition warning (domain-rules §0.1): the 2025 edition (应急管理部令第17号, in force 2026-02-01) moves the table
 * (possibly to Art. 536 [L]); check each value against it before go-live. Rows without a power-off are alarm only.
 */
const SOURCE = '《煤矿安全规程》第四百九十八条 表（甲烷传感器的报警浓度、断电浓度、复电浓度和断电范围）; AQ 1029';
const EDITION = '2016版（原国家安全监管总局令第87号，2022年应急管理部令第8号修正）';

type Row = [id: string, name: string, alarmAt: number, powerOffAt: number | null, restoreBelow: number | null, scope: string, confidence: 'H' | 'M', note?: string];

const ROWS: readonly Row[] = [
  ['methane-longwall-upper-corner', '采煤工作面回风隅角', 1.0, 1.5, 1.0, '工作面及其回风巷内全部非本质安全型电气设备', 'H', 'AQ 1029-2007 older table shows restore <1.5; the 2016 规程 uses <1.0'],
  ['methane-longwall-face', '低瓦斯、高瓦斯矿井的采煤工作面', 1.0, 1.5, 1.0, '工作面及其回风巷内全部非本质安全型电气设备', 'H'],
  ['methane-outburst-longwall-face', '突出矿井的采煤工作面', 1.0, 1.5, 1.0, '工作面及其进、回风巷内全部非本质安全型电气设备', 'H'],
  ['methane-longwall-return', '采煤工作面回风巷', 1.0, 1.0, 1.0, '工作面及其回风巷内全部非本质安全型电气设备', 'H'],
  ['methane-outburst-longwall-intake', '突出矿井采煤工作面进风巷', 0.5, 0.5, 0.5, '进风巷内全部非本质安全型电气设备', 'H'],
  ['methane-series-longwall-intake', '被串采煤工作面进风巷', 0.5, 0.5, 0.5, '被串采煤工作面及其进、回风巷内全部非本质安全型电气设备', 'H'],
  ['methane-longwall-return-middle', '高瓦斯、突出矿井采煤工作面回风巷中部', 1.0, 1.0, 1.0, '工作面及其回风巷内全部非本质安全型电气设备', 'H'],
  ['methane-shearer', '采煤机', 1.0, 1.5, 1.0, '采煤机电源', 'H'],
  ['methane-heading-face', '煤巷、半煤岩巷和有瓦斯涌出岩巷的掘进工作面', 1.0, 1.5, 1.0, '掘进巷道内全部非本质安全型电气设备', 'H'],
  ['methane-heading-return', '煤巷、半煤岩巷和有瓦斯涌出岩巷的掘进工作面回风流中', 1.0, 1.0, 1.0, '掘进巷道内全部非本质安全型电气设备', 'H'],
  ['methane-outburst-heading-intake-split', '突出矿井掘进工作面的进风分风口处', 0.5, 0.5, 0.5, '掘进巷道内全部非本质安全型电气设备', 'M'],
  ['methane-series-heading-fan', '被串掘进工作面局部通风机前', 0.5, 0.5, 0.5, '被串掘进巷道内全部非本质安全型电气设备', 'H'],
  ['methane-series-heading-fan-2', '被串掘进工作面局部通风机前（第二台传感器）', 0.5, 1.5, 0.5, '被串掘进巷道内全部非本质安全型电气设备，包括局部通风机', 'M', 'older table shows ≥1.5/≥1.5/<0.5'],
  ['methane-twin-heading-mixed-return', '高瓦斯矿井双巷掘进工作面混合回风流处', 1.0, 1.0, 1.0, '除全风压供风的进风巷外，双掘进巷道内全部非本质安全型电气设备', 'M'],
  ['methane-heading-middle', '高瓦斯、突出矿井掘进巷道中部', 1.0, 1.0, 1.0, '掘进巷道内全部非本质安全型电气设备', 'M'],
  ['methane-heading-machines', '掘进机、连续采煤机、锚杆钻车、梭车', 1.0, 1.5, 1.0, '掘进机、连续采煤机、锚杆钻车、梭车电源', 'M'],
  ['methane-district-return', '采区回风巷', 1.0, 1.0, 1.0, '采区回风巷内全部非本质安全型电气设备', 'M'],
  ['methane-wing-main-return', '一翼回风巷及总回风巷', 0.75, null, null, '—（仅报警）', 'M'],
  ['methane-trolley-loading-point', '使用架线电机车的主要运输巷道内装煤点处', 0.5, 0.5, 0.5, '装煤点处上风流100m内及其下风流的架空线电源和全部非本质安全型电气设备', 'H'],
  ['methane-battery-locomotive', '矿用防爆型蓄电池电机车', 0.5, 0.5, 0.5, '机车电源', 'M'],
  ['methane-diesel-vehicle', '矿用防爆型柴油机车、无轨胶轮车', 0.5, 0.5, 0.5, '车辆动力', 'M'],
  ['methane-underground-bunker', '井下煤仓', 1.5, 1.5, 1.5, '煤仓附近的各类运输设备及其他非本质安全型电气设备', 'M'],
  ['methane-surface-belt-gallery', '封闭的带式输送机地面走廊内，带式输送机滚筒上方', 1.5, 1.5, 1.5, '带式输送机地面走廊内全部非本质安全型电气设备', 'M'],
  ['methane-surface-drainage-pump-room', '地面瓦斯抽采泵房内', 0.5, null, null, '—（仅报警）', 'M'],
  ['methane-underground-drainage-station', '井下临时瓦斯抽采泵站下风侧栅栏外', 1.0, 1.0, 1.0, '瓦斯抽采泵站电源', 'M'],
  ['methane-dedicated-drainage-roadway', '专用排瓦斯巷', 2.5, 2.5, 2.5, '工作面内全部非本质安全型电气设备', 'M', 'historical: 2009/2011 editions only, removed later'],
];

export const METHANE_TEMPLATES: readonly SensorTemplate[] = ROWS.map(([id, name, alarmAt, powerOffAt, restoreBelow, scope, confidence, note]) => ({
  id,
  name,
  kind: 'methane',
  unit: '%CH4',
  alarmAt,
  powerOffAt,
  restoreBelow,
  lowAlarmAt: null,
  levels: [{ direction: 'high', severity: 'alarm', at: alarmAt, label: '报警' }],
  powerOffScope: powerOffAt === null ? null : scope,
  confidence,
  source: SOURCE,
  edition: EDITION,
  note: note ?? null,
  params: [],
}));
