import { describe, expect, it } from 'vitest';
import { gradeOf } from '../../core/accidents/accident-grade.ts';
import { generateDemoAccidents } from './demo-accidents.ts';

const enterprises = ['2614', '4710', '0610', '5430', '1810'].map((industryCode, i) => ({ industryCode, regionCode: '510113001', name: `企业${i}` }));
const now = new Date('2026-11-30T02:00:00Z');

describe('demo accidents', () => {
  it('is deterministic and lies in the five years before now', () => {
    const a = generateDemoAccidents(enterprises, now);
    expect(a).toEqual(generateDemoAccidents(enterprises, now));
    expect(a.every((x) => x.input.occurredAt < now && x.input.occurredAt.getUTCFullYear() >= 2021)).toBe(true);
  });

  it('is mostly 一般, with a few 较大 and a 重大 one, and falls year by year', () => {
    const a = generateDemoAccidents(enterprises, now);
    const grades = a.map((x) => gradeOf(x.input));
    expect(grades.filter((g) => g === 'general').length / a.length).toBeGreaterThan(0.9);
    expect(grades).toContain('major');
    const perYear = (y: number) => a.filter((x) => x.input.occurredAt.getUTCFullYear() === y).length;
    expect(perYear(2022)).toBeGreaterThan(perYear(2025));
    expect(a.some((x) => x.enterpriseIndex === null)).toBe(true);
  });
});

describe('demo accidents of the demo city', () => {
  it('all pass the same region and industry checks as a report', async () => {
    const { generateDemoCity } = await import('./demo-city.ts');
    const { placeOf } = await import('../accidents/accident-record.ts');
    const city = generateDemoCity();
    const list = city.enterprises.map((e) => ({ industryCode: e.industryCode, regionCode: e.regionCode, name: e.name }));
    for (const { enterpriseIndex, input } of generateDemoAccidents(list, now)) {
      const e = enterpriseIndex === null ? null : { id: 'x', region_code: list[enterpriseIndex]!.regionCode, industry_code: list[enterpriseIndex]!.industryCode };
      expect(placeOf(input, e).errors).toEqual([]);
    }
  });
});
