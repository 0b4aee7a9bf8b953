import { describe, expect, it } from 'vitest';
import { monthKeyYearLater, percentChange, ratesOf, yearEarlier } from './accident-statistics.schema.ts';

describe('accident statistics rules', () => {
  it('gives the year-on-year change in percent, none against zero', () => {
    expect(percentChange(12, 10)).toBe(20);
    expect(percentChange(5, 10)).toBe(-50);
    expect(percentChange(3, 0)).toBeNull();
  });

  it('lines up a month and a date with the year before', () => {
    expect(monthKeyYearLater('2025-03')).toBe('2026-03');
    expect(yearEarlier({ year: 2024, month: 2, day: 29 })).toEqual({ year: 2023, month: 2, day: 28 });
  });

  it('computes deaths per 100 million yuan of GDP and per 100,000 workers only with every year configured', () => {
    expect(ratesOf(22, [{ gdpYuan: 2_200_000_000_000, workers: 11_000_000 }], 1)).toEqual({ deathsPer100MillionYuanGdp: 0.001, deathsPer100kWorkers: 0.2 });
    expect(ratesOf(22, [{ gdpYuan: 1e12, workers: null }, { gdpYuan: 1.2e12, workers: 11_000_000 }], 2)).toEqual({ deathsPer100MillionYuanGdp: 0.001, deathsPer100kWorkers: null });
    expect(ratesOf(22, [{ gdpYuan: 1e12, workers: 1 }], 2)).toEqual({ deathsPer100MillionYuanGdp: null, deathsPer100kWorkers: null });
  });
});
