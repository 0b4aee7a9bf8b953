import { describe, expect, it } from 'vitest';
import { checklistSchema } from './checklist-api.schema.ts';
import { applicableItems, builtInChecklist, builtInChecklists, customItem, presentChecklist } from './checklist-catalogue.ts';

describe('built-in checklists in the API shape', () => {
  it('are found by library id, not by item code', () => {
    expect(builtInChecklist('industry-trade-2023')?.builtIn).toBe(true);
    expect(builtInChecklist('GM23-11-03')).toBeUndefined();
  });

  it('are offered by the industry they apply to', () => {
    expect(builtInChecklists('2614').map((d) => d.id)).toContain('chemicals-2017');
    expect(builtInChecklists('0610').map((d) => d.id)).not.toContain('chemicals-2017');
    expect(builtInChecklists().length).toBeGreaterThanOrEqual(4);
  });

  it('present content, legal basis and confidence, valid for the response schema', () => {
    const view = presentChecklist(builtInChecklist('industry-trade-2023')!, '3311');
    expect(checklistSchema.parse(view)).toEqual(view);
    expect(view.items.every((i) => i.confidence !== null)).toBe(true);
    expect(view.items.map((i) => i.code)).not.toContain('GM23-03-03');
  });
});

describe('custom items', () => {
  const item = customItem('0b6c7c1e-8f0a-4a53-9d7e-1c2b3a4d5e6f', ['C'], { content: '配电箱门锁闭', standard: '企业安全管理制度', article: null, item: null, isMajorCriterion: false, phrasing: null });

  it('apply where their list applies', () => {
    const list = { industryScope: ['C'], items: [item] };
    expect(applicableItems(list, '2614')).toEqual([item]);
    expect(applicableItems(list, '4710')).toEqual([]);
  });

  it('show no confidence and a legal basis without article or item', () => {
    const view = presentChecklist({ id: 'x', builtIn: false, name: 'n', industryScope: ['C'], edition: null, source: null, departmentId: null, enterpriseId: null, createdBy: null, createdAt: null, retiredAt: null, inUse: false, items: [item] });
    expect(view.items[0]).toMatchObject({ code: item.code, content: '配电箱门锁闭', confidence: null, legalBasis: { standard: '企业安全管理制度' } });
    expect(view.items[0]?.legalBasis).not.toHaveProperty('article');
  });

  it('are phrased as their author said, or as their wording reads', () => {
    expect(item.phrasing).toBe('requirement');
    const said = customItem(item.code, ['C'], { content: '配电箱门锁闭', standard: 's', article: null, item: null, isMajorCriterion: false, phrasing: 'violation' });
    expect(said.phrasing).toBe('violation');
    const read = customItem(item.code, ['C'], { content: '配电箱门未锁闭', standard: 's', article: null, item: null, isMajorCriterion: false, phrasing: null });
    expect(read.phrasing).toBe('violation');
  });
});
