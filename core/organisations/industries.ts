import { z } from 'zod';

/**
 * GB/T 4754-2017 国民经济行业分类 codes, and the key-industry (重点行业) classification built on them.
 *
 * Codes come in four levels: 门类 section letter A–T, 大类 2 digits, 中类 3 digits, 小类 4 digits. A code's
 * digits start with its parent's, so the ancestors of a numeric code follow from the code itself.
 */

export const industryRowSchema = z.object({
  code: z.string().regex(/^(?:[A-T]|\d{2,4})$/),
  name: z.string().min(1),
  level: z.number().int().min(1).max(4),
  section: z.string().regex(/^[A-T]$/),
  parentCode: z.string().nullable(),
});
export type IndustryRow = z.infer<typeof industryRowSchema>;

/** First 大类 of each 门类 (GB/T 4754-2017 门类 notes, e.g. "本门类包括06～12大类"); 大类 run 01–97 without gaps. */
const SECTION_STARTS: ReadonlyArray<readonly [section: string, firstDivision: number]> = [
  ['A', 1], ['B', 6], ['C', 13], ['D', 44], ['E', 47], ['F', 51], ['G', 53], ['H', 61], ['I', 63], ['J', 66],
  ['K', 70], ['L', 71], ['M', 73], ['N', 76], ['O', 80], ['P', 83], ['Q', 84], ['R', 86], ['S', 91], ['T', 97],
];
const LAST_DIVISION = 97;

/** The 门类 letter of a code of any level, or null if the code cannot be a GB/T 4754-2017 code. */
export function sectionOf(code: string): string | null {
  if (/^[A-T]$/.test(code)) return code;
  if (!/^\d{2,4}$/.test(code)) return null;
  const division = Number(code.slice(0, 2));
  if (division < 1 || division > LAST_DIVISION) return null;
  let section: string | null = null;
  for (const [letter, first] of SECTION_STARTS) if (division >= first) section = letter;
  return section;
}

/**
 * Ancestors of a code from its 门类 down to itself, derived from the code alone: '2614' → ['C','26','261','2614'].
 * Returns [] for a string that cannot be a code. It does not check that the code exists; `industryPath` does.
 */
export function industryAncestors(code: string): string[] {
  const section = sectionOf(code);
  if (section === null) return [];
  if (code === section) return [section];
  const path = [section];
  for (let length = 2; length <= code.length; length++) path.push(code.slice(0, length));
  return path;
}

export type IndustryLookup = ReadonlyMap<string, Pick<IndustryRow, 'code' | 'parentCode'>>;

export function indexIndustries(rows: readonly IndustryRow[]): Map<string, IndustryRow> {
  return new Map(rows.map((row) => [row.code, row]));
}

/**
 * Ancestors of a code from its 门类 down to itself, following `parentCode` through the shipped rows:
 * '2614' → ['C','26','261','2614']. Returns [] when the code (or one of its parents) is not in the lookup.
 */
export function industryPath(code: string, lookup: IndustryLookup): string[] {
  const path: string[] = [];
  let current: string | null = code;
  while (current !== null) {
    const row = lookup.get(current);
    if (!row || path.length > 4) return [];
    path.unshift(row.code);
    current = row.parentCode;
  }
  return path;
}

/**
 * Key industries (重点行业) as the platform groups them. `civil_explosives` (民用爆炸物品) is kept apart from
 * `hazardous_chemicals` because 《危险化学品安全管理条例》(国务院令第591号) Art. 97 excludes 民用爆炸物品 and
 * 烟花爆竹 from its scope and both have their own regulators (工信 + 公安; domain-rules §10.1).
 */
export const keyIndustrySchema = z.enum([
  'coal_mine',
  'non_coal_mine',
  'hazardous_chemicals',
  'fireworks',
  'civil_explosives',
  'metal_smelting',
  'construction',
  'transport',
  'industry_trade',
  'gas',
]);
export type KeyIndustry = z.infer<typeof keyIndustrySchema>;

export const keyIndustryLabels: Readonly<Record<KeyIndustry, string>> = {
  coal_mine: '煤矿',
  non_coal_mine: '非煤矿山',
  hazardous_chemicals: '危险化学品',
  fireworks: '烟花爆竹',
  civil_explosives: '民用爆炸物品',
  metal_smelting: '金属冶炼',
  construction: '建筑施工',
  transport: '交通运输',
  industry_trade: '工贸',
  gas: '燃气',
};

/**
 * One row of the key-industry table: a code of any level either brings a flag (`include`) or takes it away
 * from part of an included range (`include: false`). For each flag, the deepest rule on a code's path decides.
 */
export interface KeyIndustryRule {
  code: string;
  flag: KeyIndustry;
  include: boolean;
  basis: string;
}

const rule = (flag: KeyIndustry, include: boolean, codes: string[], basis: string): KeyIndustryRule[] =>
  codes.map((code) => ({ code, flag, include, basis }));

const ORDER_10_ART_2 = '工贸 = 冶金、有色、建材、机械、轻工、纺织、烟草、商贸 (应急管理部令第10号 Art. 2), mapped to codes per 应急厅〔2019〕17号';

export const KEY_INDUSTRY_RULES: readonly KeyIndustryRule[] = [
  ...rule('coal_mine', true, ['06'], '煤炭开采和洗选业: 煤矿 (安全生产法 2021 Art. 24 矿山)'),
  ...rule('coal_mine', true, ['1110'], 'contractors who drive and support coal-mine workings fall under 《煤矿安全规程》'),
  ...rule('non_coal_mine', true, ['07', '08', '09', '10', '11'], '金属非金属矿山 and 石油天然气开采 (安全生产许可证条例 Art. 2 矿山企业)'),
  ...rule('non_coal_mine', false, ['1110'], 'coal-mine contractors are coal_mine'),
  // 12 其他采矿业 has the single 小类 1200: geothermal and mineral-water extraction, which has no mine workings.
  // 2530 核燃料加工 stays here although 591号令 Art. 97 excludes 核能物质: it is still 危险物品 production for
  // 安全生产法 Art. 24, which is what the flag feeds; no city enterprise is expected to carry it.
  ...rule('hazardous_chemicals', true, ['25', '26'], '危险化学品 production (国务院令第591号 Art. 2; 安全生产法 Art. 24)'),
  ...rule('hazardous_chemicals', false, ['2542'], '生物质致密成型燃料 (pellets) are not in the 危险化学品目录'),
  ...rule('hazardous_chemicals', false, ['267'], '民用爆炸物品 and 烟花爆竹 are outside 591号令 (Art. 97)'),
  ...rule('hazardous_chemicals', false, ['2625'], '有机肥料及微生物肥料 (compost) are not 危险化学品'),
  ...rule('hazardous_chemicals', false, ['268'], '日用化学产品 (soap, cosmetics) are 轻工 under 应急厅〔2019〕17号'),
  ...rule('hazardous_chemicals', true, ['2710'], '化学原料药 synthesis: 危化 departments supervise 化工（含石油化工）、医药 (应急管理部三定) [M]'),
  ...rule('hazardous_chemicals', true, ['5162', '5169', '5265'], '危险化学品经营 needs a 经营许可证 (591号令 Art. 33), incl. 加油站'),
  ...rule('hazardous_chemicals', true, ['594'], '危险品仓储: 储存 of 危险物品 (安全生产法 Art. 24)'),
  ...rule('fireworks', true, ['2672'], '焰火、鞭炮产品制造 (《烟花爆竹安全管理条例》)'),
  ...rule('civil_explosives', true, ['2671'], '炸药及火工产品制造 (《民用爆炸物品安全管理条例》; 工信 + 公安)'),
  // [L] 31/32 include rolling-only plants (3130, 325x) that may not be 金属冶炼 in the legal sense, while foundries
  // that melt metal (3391/3392, under 33) are left out; confirm with the bureau's legal office.
  ...rule('metal_smelting', true, ['31', '32'], '黑色/有色金属冶炼和压延加工业 (安全生产法 Art. 24 金属冶炼)'),
  ...rule('construction', true, ['E'], '建筑业 47–50: 建筑施工 (安全生产法 Art. 24)'),
  ...rule('transport', true, ['53', '54', '55', '56', '57'], 'railway, road, water, air and pipeline 运输单位 (安全生产法 Art. 24)'),
  ...rule('transport', true, ['5810'], '多式联运 operates transport; 582 运输代理 only books it and is left out'),
  ...rule('gas', true, ['45'], '燃气生产和供应业 (《城镇燃气管理条例》)'),
  ...rule('gas', true, ['5266'], '机动车燃气零售: 加气站 hold a 燃气经营许可 (《城镇燃气管理条例》 Art. 15)'),
  ...rule('industry_trade', true, ['31'], `冶金: ${ORDER_10_ART_2}`),
  ...rule('industry_trade', true, ['32'], `有色: ${ORDER_10_ART_2}`),
  ...rule('industry_trade', true, ['30'], `建材 (305, 3073–3079 go to 轻工, still 工贸): ${ORDER_10_ART_2}`),
  ...rule('industry_trade', true, ['33', '34', '35', '36', '37', '38', '39', '40', '43'], `机械: ${ORDER_10_ART_2}`),
  ...rule('industry_trade', true, ['13', '14', '15', '19', '20', '21', '22', '23', '24', '268', '29', '41'], `轻工 [M]: ${ORDER_10_ART_2}`),
  ...rule('industry_trade', true, ['17', '18', '28'], `纺织 [M]: ${ORDER_10_ART_2}`),
  ...rule('industry_trade', true, ['16'], `烟草: ${ORDER_10_ART_2}`),
  ...rule('industry_trade', true, ['51', '52', '59'], `商贸 [M]: ${ORDER_10_ART_2}`),
  ...rule('industry_trade', false, ['5162', '5169', '5265', '5266', '594'], 'hazardous-goods trade and storage belong to 危化/燃气, not 商贸'),
];

/**
 * Key industries of a GB/T 4754-2017 code of any level. A code inherits the rules of its ancestors; for each
 * flag the deepest matching rule decides, so '2614' is hazardous_chemicals through '26' while '2672' is only
 * fireworks. A 中类 whose 小类 split between flags (267) gets none of the split flags. Unknown shapes → [].
 */
export function keyIndustriesOf(industryCode: string): KeyIndustry[] {
  const path = industryAncestors(industryCode);
  return keyIndustrySchema.options.filter((flag) => {
    let decided: KeyIndustryRule | undefined;
    for (const r of KEY_INDUSTRY_RULES) {
      if (r.flag === flag && path.includes(r.code) && (!decided || r.code.length > decided.code.length)) decided = r;
    }
    return decided?.include === true;
  });
}

/**
 * 安全生产法 2021 Art. 24: "矿山、金属冶炼、建筑施工、运输单位和危险物品的生产、经营、储存、装卸单位" must have a
 * safety organisation or full-time safety managers whatever their size. 危险物品 (Art. 117) covers 易燃易爆物品,
 * 危险化学品 and 放射性物品, so fireworks, civil explosives and fuel gas count too; plain 工贸 does not.
 */
const HIGH_RISK: ReadonlySet<KeyIndustry> = new Set<KeyIndustry>([
  'coal_mine',
  'non_coal_mine',
  'metal_smelting',
  'construction',
  'transport',
  'hazardous_chemicals',
  'fireworks',
  'civil_explosives',
  'gas',
]);

export function isHighRiskGroup(flags: readonly KeyIndustry[]): boolean {
  return flags.some((flag) => HIGH_RISK.has(flag));
}
