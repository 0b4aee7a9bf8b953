import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AUTHORITY_NAMES, CATEGORY_NAMES, GRADE_NAMES, LEVEL_NAMES, wanYuan } from './accident-pdf.ts';

const zh = JSON.parse(readFileSync(new URL('../../web/src/features/accidents/accidents.zh-CN.json', import.meta.url), 'utf8')) as {
  category: Record<string, string>;
  grade: Record<string, string>;
  level: Record<string, string>;
  authority: Record<string, string>;
};

describe('the printed record’s names', () => {
  it('are the screens’ zh-CN names', () => {
    expect(CATEGORY_NAMES).toEqual(zh.category);
    expect(GRADE_NAMES).toEqual(zh.grade);
    expect(LEVEL_NAMES).toEqual(zh.level);
    expect(AUTHORITY_NAMES).toEqual(zh.authority);
  });

  it('writes money in 万元 with at most two decimals', () => {
    expect(wanYuan(1_234_500)).toBe('123.45万元');
    expect(wanYuan(62_000_000)).toBe('6,200万元');
    expect(wanYuan(35)).toBe('0.0035万元');
  });
});
