import { describe, expect, it } from 'vitest';
import { DEFAULT_GRADE_LEVELS, gradeLevelsSchema, hazardCreateSchema, hazardCategorySchema } from './hazard.schema.ts';

const valid = {
  enterpriseId: '3b1f6a0e-2d4c-4e8a-9f3b-5c6d7e8f9a0b',
  title: '除尘器未设泄爆装置',
  description: '3号车间干式除尘器未采取泄爆、惰化、抑爆任一措施',
  location: '3号车间',
  source: 'inspection',
  category: 'thing',
  grade: 'major',
  foundAt: '2026-03-02T10:00:00+08:00',
  legalBasis: { standard: '工贸企业重大事故隐患判定标准（应急管理部令第10号）', article: '第十一条', item: '（三）' },
  checklistItemId: 'GM23-11-03',
};

const paths = (input: unknown) => hazardCreateSchema.safeParse(input).error?.issues.map((i) => i.path.join('.')) ?? [];

describe('hazardCreateSchema', () => {
  it('turns foundAt into a Date and defaults photoIds', () => {
    const h = hazardCreateSchema.parse(valid);
    expect(h.foundAt.toISOString()).toBe('2026-03-02T02:00:00.000Z');
    expect(h.photoIds).toEqual([]);
    expect(hazardCreateSchema.parse({ ...valid, foundAt: 1_772_416_800_000 }).foundAt.toISOString()).toBe('2026-03-02T02:00:00.000Z');
  });

  it.each([
    ['enterpriseId', 'not-a-uuid'],
    ['title', '   '],
    ['description', ''],
    ['location', 'x'.repeat(201)],
    ['source', 'rumour'],
    ['category', 'machine'],
    ['grade', 'significant'],
    ['foundAt', '2026-03-02'],
    ['foundAt', '2026-02-30T10:00:00+08:00'],
    ['checklistItemId', ''],
  ])('names %s when it is %j', (field, value) => {
    expect(paths({ ...valid, [field]: value })).toEqual([field]);
  });

  it('names the path inside legalBasis', () => {
    expect(paths({ ...valid, legalBasis: { standard: '' } })).toEqual(['legalBasis.standard']);
  });

  it('refuses unknown fields', () => {
    expect(paths({ ...valid, status: 'closed' })).toEqual(['']);
  });

  it('uses the four GB/T 13861-2022 classes', () => {
    expect(hazardCategorySchema.options).toEqual(['person', 'thing', 'environment', 'management']);
  });
});

describe('gradeLevelsSchema', () => {
  it('accepts the national list and a city list with 较大 mapped onto major', () => {
    expect(gradeLevelsSchema.safeParse(DEFAULT_GRADE_LEVELS).success).toBe(true);
    const shenyang = [
      DEFAULT_GRADE_LEVELS[0],
      { code: 'significant', label: '较大事故隐患', labelEn: 'significant hazard', rulesGrade: 'major' },
      DEFAULT_GRADE_LEVELS[1],
    ];
    expect(gradeLevelsSchema.safeParse(shenyang).success).toBe(true);
  });

  it('requires both national grades and unique codes', () => {
    const general = DEFAULT_GRADE_LEVELS[0];
    expect(gradeLevelsSchema.safeParse([general, { ...general, code: 'minor' }]).success).toBe(false);
    expect(gradeLevelsSchema.safeParse([...DEFAULT_GRADE_LEVELS, general]).success).toBe(false);
  });
});
