import { describe, it, expect } from 'vitest';
import {
  indexIndustries,
  industryAncestors,
  industryPath,
  isHighRiskGroup,
  keyIndustriesOf,
  keyIndustrySchema,
  KEY_INDUSTRY_RULES,
  sectionOf,
  type IndustryRow,
  type KeyIndustry,
} from './industries.ts';

const row = (code: string, name: string, level: number, section: string, parentCode: string | null): IndustryRow => ({
  code,
  name,
  level,
  section,
  parentCode,
});

const rows = [
  row('C', '制造业', 1, 'C', null),
  row('26', '化学原料和化学制品制造业', 2, 'C', 'C'),
  row('261', '基础化学原料制造', 3, 'C', '26'),
  row('2614', '有机化学原料制造', 4, 'C', '261'),
  row('B', '采矿业', 1, 'B', null),
  row('06', '煤炭开采和洗选业', 2, 'B', 'B'),
  row('061', '烟煤和无烟煤开采洗选', 3, 'B', '06'),
  row('0610', '烟煤和无烟煤开采洗选', 4, 'B', '061'),
  row('9999', 'orphan', 4, 'T', '999'),
];

describe('industryPath', () => {
  const lookup = indexIndustries(rows);

  it('lists the ancestors from the section letter down', () => {
    expect(industryPath('2614', lookup)).toEqual(['C', '26', '261', '2614']);
    expect(industryPath('0610', lookup)).toEqual(['B', '06', '061', '0610']);
    expect(industryPath('26', lookup)).toEqual(['C', '26']);
    expect(industryPath('C', lookup)).toEqual(['C']);
  });

  it('returns [] for a code that is not in the lookup or whose parent is missing', () => {
    expect(industryPath('2615', lookup)).toEqual([]);
    expect(industryPath('9999', lookup)).toEqual([]);
  });
});

describe('industryAncestors', () => {
  it.each([
    ['2614', ['C', '26', '261', '2614']],
    ['0610', ['B', '06', '061', '0610']],
    ['4710', ['E', '47', '471', '4710']],
    ['061', ['B', '06', '061']],
    ['06', ['B', '06']],
    ['G', ['G']],
    ['9700', ['T', '97', '970', '9700']],
  ])('derives %s → %j from the code alone', (code, path) => {
    expect(industryAncestors(code)).toEqual(path);
  });

  it.each(['', 'Z', 'c', '00', '98', '26145', '26a', 'C26'])('returns [] for the non-code %j', (code) => {
    expect(industryAncestors(code)).toEqual([]);
  });
});

describe('sectionOf', () => {
  it.each([
    ['05', 'A'],
    ['06', 'B'],
    ['12', 'B'],
    ['13', 'C'],
    ['43', 'C'],
    ['44', 'D'],
    ['46', 'D'],
    ['47', 'E'],
    ['50', 'E'],
    ['51', 'F'],
    ['53', 'G'],
    ['60', 'G'],
    ['61', 'H'],
    ['96', 'S'],
    ['97', 'T'],
  ])('puts 大类 %s in 门类 %s', (code, section) => {
    expect(sectionOf(code)).toBe(section);
  });
});

describe('keyIndustriesOf', () => {
  it.each<[string, KeyIndustry[]]>([
    // mines: the B06 / B07 boundary, and the coal contractor carved out of 11
    ['0610', ['coal_mine']],
    ['06', ['coal_mine']],
    ['B', []],
    ['0711', ['non_coal_mine']],
    ['1011', ['non_coal_mine']],
    ['1110', ['coal_mine']],
    ['1120', ['non_coal_mine']],
    ['1200', []],
    // chemicals, with fireworks and explosives carved out of C26
    ['2614', ['hazardous_chemicals']],
    ['26', ['hazardous_chemicals']],
    ['2511', ['hazardous_chemicals']],
    ['2542', []],
    ['2672', ['fireworks']],
    ['2671', ['civil_explosives']],
    ['267', []],
    ['2682', ['industry_trade']],
    ['2625', []],
    ['2710', ['hazardous_chemicals']],
    ['2720', []],
    // trade in hazardous goods and fuel
    ['5162', ['hazardous_chemicals']],
    ['5265', ['hazardous_chemicals']],
    ['5266', ['gas']],
    ['5166', ['industry_trade']],
    ['5942', ['hazardous_chemicals']],
    ['5920', ['industry_trade']],
    // metals are both smelting and 工贸 (冶金/有色)
    ['3120', ['metal_smelting', 'industry_trade']],
    ['3216', ['metal_smelting', 'industry_trade']],
    ['3391', ['industry_trade']],
    ['E', ['construction']],
    ['4710', ['construction']],
    ['5012', ['construction']],
    ['5431', ['transport']],
    ['5435', ['transport']],
    ['5611', ['transport']],
    ['5810', ['transport']],
    ['5821', []],
    ['6010', []],
    ['4511', ['gas']],
    ['D', []],
    ['4411', []],
    ['1620', ['industry_trade']],
    ['1751', ['industry_trade']],
    ['3011', ['industry_trade']],
    ['6513', []],
    ['8411', []],
    ['nonsense', []],
  ])('classifies %s as %j', (code, flags) => {
    expect(keyIndustriesOf(code)).toEqual(flags);
  });

  it('only uses flags of the schema and codes of a valid shape', () => {
    for (const r of KEY_INDUSTRY_RULES) {
      expect(keyIndustrySchema.safeParse(r.flag).success).toBe(true);
      expect(industryAncestors(r.code).at(-1)).toBe(r.code);
    }
  });

  it('gives every flag at least one code', () => {
    for (const flag of keyIndustrySchema.options) {
      expect(KEY_INDUSTRY_RULES.some((r) => r.flag === flag && r.include)).toBe(true);
    }
  });
});

describe('isHighRiskGroup (安全生产法 2021 Art. 24)', () => {
  it.each<[KeyIndustry[], boolean]>([
    [['coal_mine'], true],
    [['non_coal_mine'], true],
    [['metal_smelting', 'industry_trade'], true],
    [['construction'], true],
    [['transport'], true],
    [['hazardous_chemicals'], true],
    [['fireworks'], true],
    [['civil_explosives'], true],
    [['gas'], true],
    [['industry_trade'], false],
    [[], false],
  ])('%j → %s', (flags, expected) => {
    expect(isHighRiskGroup(flags)).toBe(expected);
  });

  it('follows from the code for a chemical plant and a furniture maker', () => {
    expect(isHighRiskGroup(keyIndustriesOf('2614'))).toBe(true);
    expect(isHighRiskGroup(keyIndustriesOf('2110'))).toBe(false);
  });
});
