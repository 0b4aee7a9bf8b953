import { keyIndustryScope, type ChecklistItem, type ChecklistLibrary } from './checklist.schema.ts';

/**
 * 煤矿重大事故隐患判定标准 (应急管理部令第4号, adopted 2020-11-02, in force 2021-01-01), domain-rules §2.3 C:
 * the 15 aspects of Art. 3 [H], the sub-criteria of aspect (1) in Art. 4 and of aspect (2) in Art. 5 as far as the
 * doc gives them [M] — their item numbers are not given and are left empty. Art. 4 also has a criterion on the
 * 开拓、准备、回采煤量可采期 that the doc does not give; Arts. 6–18 detail the other aspects. Get the order's text.
 */

const STANDARD = '煤矿重大事故隐患判定标准（应急管理部令第4号）';
const COAL = keyIndustryScope('coal_mine');
const CHINESE = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五'];

const ASPECTS = [
  '超能力、超强度或者超定员组织生产',
  '瓦斯超限作业',
  '煤与瓦斯突出矿井，未依照规定实施防突出措施',
  '高瓦斯矿井未建立瓦斯抽采系统和监控系统，或者系统不能正常运行',
  '通风系统不完善、不可靠',
  '有严重水患，未采取有效措施',
  '超层越界开采',
  '有冲击地压危险，未采取有效措施',
  '自然发火严重，未采取有效措施',
  '使用明令禁止使用或者淘汰的设备、工艺',
  '煤矿没有双回路供电系统',
  '新建煤矿边建设边生产，煤矿改扩建期间，在改扩建的区域生产，或者在其他区域的生产超出安全设施设计规定的范围和规模',
  '煤矿实行整体承包生产经营后，未重新取得或者及时变更安全生产许可证而从事生产，或者承包方再次转包，以及将井下采掘工作面和井巷维修作业进行劳务承包',
  '煤矿改制期间，未明确安全生产责任人和安全管理机构，或者在完成改制后，未重新取得或者变更采矿许可证、安全生产许可证和营业执照',
  '其他重大事故隐患',
] as const;

const aspect = (text: string, i: number): ChecklistItem => ({
  code: `CM20-03-${String(i + 1).padStart(2, '0')}`,
  standard: STANDARD,
  article: '第三条',
  item: `（${CHINESE[i + 1]}）`,
  text,
  industryScope: COAL,
  isMajorCriterion: true,
  checkType: 'boolean',
  phrasing: 'violation',
  confidence: 'H',
});

const sub = (code: string, article: '第四条' | '第五条', text: string, extra: Partial<ChecklistItem> = {}): ChecklistItem => ({
  code,
  standard: STANDARD,
  article,
  item: null,
  text,
  industryScope: COAL,
  isMajorCriterion: true,
  checkType: 'boolean',
  phrasing: 'violation',
  confidence: 'M',
  ...extra,
});

export const COAL_MINE_2020: ChecklistLibrary = {
  id: 'coal-mine-2020',
  name: '煤矿重大事故隐患判定标准',
  industryScope: COAL,
  edition: '应急管理部令第4号，2020-11-20公布，2021-01-01施行',
  source: 'domain-rules §2.3 C (pages minesoc.com, hs139178.cn, zxcvb202.cn)',
  items: [
    ...ASPECTS.map(aspect),
    sub('CM20-04-OUTPUT', '第四条', '煤矿全年原煤产量超过核定（设计）生产能力幅度在10%以上，或者月原煤产量大于核定（设计）生产能力的10%的', {
      checkType: 'numeric',
      note: 'computable: annualOutput ≥ 1.10 × approvedCapacity ("以上" includes the number — confirm), or monthlyOutput > 0.10 × approvedCapacity ("大于" excludes it); compare in exact decimals',
    }),
    sub('CM20-04-PLAN', '第四条', '煤矿或者其上级公司超过煤矿核定（设计）生产能力下达生产计划或者经营指标的'),
    sub('CM20-04-LEVELS', '第四条', '煤矿井下同时生产的水平超过2个，或者一个采（盘）区内同时作业的采煤、煤巷掘进工作面个数超过《煤矿安全规程》规定的', {
      checkType: 'numeric',
      note: 'computable: producing levels > 2 ("超过" excludes the number); face counts against the 《煤矿安全规程》 limits',
    }),
    sub('CM20-04-GAS-DRAINAGE', '第四条', '瓦斯抽采不达标组织生产的'),
    sub('CM20-04-MANNING', '第四条', '煤矿未制定或者未严格执行井下劳动定员制度，或者采掘作业地点单班作业人数超过国家有关限员规定20%以上的', {
      checkType: 'numeric',
      note: 'computable: single-shift persons at a working place ≥ 1.20 × the manning limit ("以上" includes the number — confirm)',
    }),
    sub('CM20-05-MISSED-CHECK', '第五条', '瓦斯检查存在漏检、假检情况且进行作业的'),
    sub('CM20-05-OVER-LIMIT', '第五条', '井下瓦斯超限后继续作业或者未按照国家规定处置继续进行作业的'),
    sub('CM20-05-ACCUMULATED-GAS', '第五条', '井下排放积聚瓦斯未按照国家规定制定并实施安全技术措施进行作业的'),
  ],
};
