import { DISTRICT } from './demo-catalogue.ts';

/**
 * Departments of the demo city and what each supervises under "三管三必须" (安全生产法 2021 Art. 3;
 * domain-rules §10.1). An enterprise is in a department's scope when its region path meets `regionCodes` and
 * its GB/T 4754 path meets `industryCodes` (codes of any level). Railway, civil aviation and oil/gas pipelines
 * are supervised by central-government bodies (国家铁路局, 民航局, 国家能源局) that are not city departments.
 */
export interface DemoDepartment {
  key: string;
  name: string;
  regionCodes: string[];
  industryCodes: string[];
}

const CITY = '510100';
const ALL_SECTIONS = 'ABCDEFGHIJKLMNOPQRST'.split('');

export const DEMO_DEPARTMENTS: readonly DemoDepartment[] = [
  // 应急管理: comprehensive supervision of every industry (安全生产法 Art. 10)
  { key: 'ema', name: '成都市应急管理局', regionCodes: [CITY], industryCodes: ALL_SECTIONS },
  // 工业 and 民用爆炸物品 (工信, with 公安), 电力 行业管理
  { key: 'eit', name: '成都市经济和信息化局', regionCodes: [CITY], industryCodes: ['C', '44'] },
  // 建筑施工 (住房城乡建设)
  { key: 'housing', name: '成都市住房和城乡建设局', regionCodes: [CITY], industryCodes: ['E'] },
  // road and water transport, urban transit, multimodal transport (交通运输)
  { key: 'transport', name: '成都市交通运输局', regionCodes: [CITY], industryCodes: ['54', '55', '58'] },
  // 特种设备 are supervised wherever they are used (特种设备安全法 Art. 5)
  { key: 'samr', name: '成都市市场监督管理局', regionCodes: [CITY], industryCodes: ALL_SECTIONS },
  // 消防 in every unit (消防法 Art. 4)
  { key: 'fire', name: '成都市消防救援支队', regionCodes: [CITY], industryCodes: ALL_SECTIONS },
  // 商贸流通: wholesale, retail (incl. 成品油), catering
  { key: 'commerce', name: '成都市商务局', regionCodes: [CITY], industryCodes: ['51', '52', '62'] },
  // 城镇燃气 and vehicle gas stations
  { key: 'urban', name: '成都市城市管理委员会', regionCodes: [CITY], industryCodes: ['45', '5266'] },
  // 民用爆炸物品 and 危险货物道路运输 (公安, with 工信 and 交通运输)
  { key: 'police', name: '成都市公安局', regionCodes: [CITY], industryCodes: ['2671', '5435'] },
  { key: 'water', name: '成都市水务局', regionCodes: [CITY], industryCodes: ['46', '76'] },
  // hotels, culture and entertainment venues
  { key: 'culture', name: '成都市文化广电旅游局', regionCodes: [CITY], industryCodes: ['61', '86', '87', '88', '90'] },
  // agriculture, agricultural machinery, 渔业船舶
  { key: 'agriculture', name: '成都市农业农村局', regionCodes: [CITY], industryCodes: ['A'] },
  // district bureaus: every industry within their district (属地管理)
  { key: 'ema-jinjiang', name: '锦江区应急管理局', regionCodes: [DISTRICT.jinjiang], industryCodes: ALL_SECTIONS },
  { key: 'ema-longquanyi', name: '龙泉驿区应急管理局', regionCodes: [DISTRICT.longquanyi], industryCodes: ALL_SECTIONS },
  { key: 'ema-qingbaijiang', name: '青白江区应急管理局', regionCodes: [DISTRICT.qingbaijiang], industryCodes: ALL_SECTIONS },
  { key: 'ema-pengzhou', name: '彭州市应急管理局', regionCodes: [DISTRICT.pengzhou], industryCodes: ALL_SECTIONS },
];
