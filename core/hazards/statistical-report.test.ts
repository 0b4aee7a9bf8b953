import { describe, expect, it } from 'vitest';
import { periodBounds, periodLabel, reportPeriodSchema } from './statistical-report.ts';

describe('statistical report periods', () => {
  it.each([
    ['2026-Q1', '2025-12-31T16:00:00.000Z', '2026-03-31T16:00:00.000Z', '2026年第1季度'],
    ['2026-Q4', '2026-09-30T16:00:00.000Z', '2026-12-31T16:00:00.000Z', '2026年第4季度'],
    ['2026', '2025-12-31T16:00:00.000Z', '2026-12-31T16:00:00.000Z', '2026年度'],
  ])('%s runs from midnight to midnight in Asia/Shanghai', (text, start, end, label) => {
    const p = reportPeriodSchema.parse(text);
    expect(periodBounds(p)).toEqual({ start: new Date(start), end: new Date(end) });
    expect(periodLabel(p)).toBe(label);
  });

  it.each(['2026-Q5', '26', '2026-q1', '2026-Q'])('rejects %s', (text) => {
    expect(reportPeriodSchema.safeParse(text).success).toBe(false);
  });
});
