import { describe, expect, it } from 'vitest';
import industries from '../../../server/organisations/data/industries-gbt4754-2017.json' with { type: 'json' };
import { hazardCreateSchema } from '../hazard.schema.ts';
import { builtInItem, BUILT_IN_CHECKLISTS } from './built-in-checklists.ts';
import { checklistItemSchema, checklistLibrarySchema } from './checklist.schema.ts';
import { hazardPrefillOf, inIndustryScope, itemsForIndustry } from './checklist-rules.ts';
import { CHEMICALS_2017 } from './chemicals-2017.ts';
import { COAL_MINE_2020 } from './coal-mine-2020.ts';
import { GENERAL_ITEMS } from './general.ts';
import { INDUSTRY_TRADE_2023 } from './industry-trade-2023.ts';

const shippedCodes = new Set(industries.map((r) => r.code));
const mustItem = (code: string) => {
  const item = builtInItem(code);
  if (!item) throw new Error(`no built-in item ${code}`);
  return item;
};
const allItems = BUILT_IN_CHECKLISTS.flatMap((l) => l.items.map((item) => ({ library: l, item })));

describe('built-in checklist libraries', () => {
  it.each(BUILT_IN_CHECKLISTS.map((l) => [l.id, l] as const))('%s fits the library schema', (_id, library) => {
    expect(checklistLibrarySchema.parse(library)).toEqual(library);
  });

  it('have unique library ids and item codes', () => {
    const codes = allItems.map(({ item }) => item.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(new Set(BUILT_IN_CHECKLISTS.map((l) => l.id)).size).toBe(BUILT_IN_CHECKLISTS.length);
  });

  it.each(allItems.map(({ item }) => [item.code, item] as const))('%s has text and a legal basis', (_code, item) => {
    expect(item.text.trim()).not.toBe('');
    expect(item.standard.trim()).not.toBe('');
    expect(item.article ?? item.item).toBeTruthy();
  });

  it('scope only GB/T 4754-2017 codes that exist in the shipped table', () => {
    const scopes = [...BUILT_IN_CHECKLISTS.flatMap((l) => l.industryScope), ...allItems.flatMap(({ item }) => item.industryScope)];
    expect(scopes.filter((code) => !shippedCodes.has(code))).toEqual([]);
  });

  it('scope each item within its library', () => {
    for (const { library, item } of allItems) {
      for (const code of item.industryScope) expect(inIndustryScope(library.industryScope, code), `${item.code} ${code}`).toBe(true);
    }
  });

  it('mark the determination criteria major and the general items not', () => {
    for (const l of [INDUSTRY_TRADE_2023, CHEMICALS_2017, COAL_MINE_2020]) expect(l.items.every((i) => i.isMajorCriterion)).toBe(true);
    expect(GENERAL_ITEMS.items.some((i) => i.isMajorCriterion)).toBe(false);
  });

  it('carry domain-rules confidence: chemicals 1–15 H and 16–20 M, coal aspects H, 工贸 Art. 3 H', () => {
    expect(CHEMICALS_2017.items.map((i) => i.confidence).join('')).toBe('H'.repeat(15) + 'M'.repeat(5));
    expect(COAL_MINE_2020.items.filter((i) => i.article === '第三条').map((i) => i.confidence)).toEqual(Array(15).fill('H'));
    expect(INDUSTRY_TRADE_2023.items.filter((i) => i.confidence === 'H').map((i) => i.code)).toEqual(['GM23-03-01', 'GM23-03-02', 'GM23-03-03']);
  });

  it('transcribe the counts domain-rules §2.3 gives', () => {
    const count = (prefix: string) => allItems.filter(({ item }) => item.code.startsWith(prefix)).length;
    expect([count('GM23-03'), count('GM23-04'), count('GM23-11'), count('GM23-12'), count('GM23-13')]).toEqual([3, 1, 10, 2, 2]);
    expect(CHEMICALS_2017.items).toHaveLength(20);
    expect(count('CM20-03')).toBe(15);
    expect(count('CM20-04')).toBe(5);
  });

  it('number items the way the documents do', () => {
    expect(builtInItem('GM23-11-03')).toMatchObject({ article: '第十一条', item: '（三）' });
    expect(builtInItem('HC17-20')).toMatchObject({ article: null, item: '二十' });
    expect(builtInItem('HC17-14')?.item).toBe('十四');
    expect(builtInItem('CM20-03-15')).toMatchObject({ article: '第三条', item: '（十五）' });
    expect(builtInItem('nope')).toBeUndefined();
  });
});

describe('itemsForIndustry', () => {
  const codes = (industry: string) => itemsForIndustry(BUILT_IN_CHECKLISTS, industry).map((i) => i.code);

  it.each([
    ['2614 有机化学原料制造', '2614', ['HC17-01', 'GEN-01'], ['GM23-11-01', 'CM20-03-01']],
    ['0610 烟煤和无烟煤开采洗选', '0610', ['CM20-03-01', 'GEN-01'], ['HC17-01', 'GM23-03-01']],
    ['3110 炼铁', '3110', ['GM23-03-03', 'GM23-04-01', 'GM23-11-01'], ['HC17-01']],
    ['3311 金属结构制造 (机械)', '3311', ['GM23-03-01', 'GM23-11-01'], ['GM23-03-03', 'GM23-04-01']],
    ['7010 房地产开发', '7010', ['GEN-08'], ['GM23-03-01', 'HC17-01', 'CM20-03-01']],
  ])('for %s', (_label, industry, present, absent) => {
    const got = codes(industry);
    for (const code of present) expect(got).toContain(code);
    for (const code of absent) expect(got).not.toContain(code);
  });
});

describe('hazardPrefillOf', () => {
  it('prefills a major hazard from a major criterion, with a legal basis the create schema accepts', () => {
    const prefill = hazardPrefillOf(mustItem('GM23-11-03'));
    expect(prefill).toMatchObject({ grade: 'major', checklistItemId: 'GM23-11-03', legalBasis: { article: '第十一条', item: '（三）' } });
    const body = {
      ...prefill,
      enterpriseId: '3b1f6a0e-2d4c-4e8a-9f3b-5c6d7e8f9a0b',
      title: '除尘器未设泄爆装置',
      location: '3号车间',
      source: 'self_check',
      category: 'thing',
      foundAt: '2026-03-02T10:00:00+08:00',
    };
    expect(hazardCreateSchema.safeParse(body).success).toBe(true);
  });

  it('prefills a general hazard from a general item, without an item number when there is none', () => {
    const prefill = hazardPrefillOf(mustItem('GEN-02'));
    expect(prefill.grade).toBe('general');
    expect(prefill.legalBasis).toEqual({ standard: '中华人民共和国安全生产法（2021年修正）', article: '第四十二条' });
  });
});

describe('checklistItemSchema', () => {
  it('needs an article or an item number', () => {
    const item = { ...mustItem('GEN-01'), article: null, item: null };
    expect(checklistItemSchema.safeParse(item).error?.issues.map((i) => i.path.join('.'))).toEqual(['article']);
  });
});
