import { describe, expect, it } from 'vitest';
import {
  MAX_PERIODS,
  periodContaining,
  periodsOf,
  statisticalPeriodSchema,
  statisticalReportDueDate,
  type InvestigationFrequency,
} from './investigation-periods.ts';

const city = (iso: string) => new Date(`${iso}+08:00`);
const show = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().replace('Z', '+08:00');

describe('statisticalReportDueDate (16号令 Art. 14)', () => {
  it.each([
    [{ kind: 'quarter', year: 2026, quarter: 1 }, '2026-04-15T23:59:59.999+08:00'],
    [{ kind: 'quarter', year: 2026, quarter: 2 }, '2026-07-15T23:59:59.999+08:00'],
    [{ kind: 'quarter', year: 2026, quarter: 3 }, '2026-10-15T23:59:59.999+08:00'],
    [{ kind: 'quarter', year: 2026, quarter: 4 }, '2027-01-15T23:59:59.999+08:00'],
    [{ kind: 'year', year: 2026 }, '2027-01-31T23:59:59.999+08:00'],
  ] as const)('%j is due at %s', (period, due) => {
    expect(show(statisticalReportDueDate(period))).toBe(due);
  });

  it('validates periods', () => {
    expect(statisticalPeriodSchema.safeParse({ kind: 'quarter', year: 2026, quarter: 5 }).success).toBe(false);
    expect(statisticalPeriodSchema.safeParse({ kind: 'year', year: 2026 }).success).toBe(true);
  });
});

describe('periodContaining', () => {
  it.each([
    ['daily', '2026-03-31T23:59:59.999', '2026-03-31T00:00:00.000', '2026-03-31T23:59:59.999'],
    ['daily', '2026-04-01T00:00:00.000', '2026-04-01T00:00:00.000', '2026-04-01T23:59:59.999'],
    // 2026-03-30 is a Monday; Sunday 2026-04-05 ends the week.
    ['weekly', '2026-04-01T12:00:00.000', '2026-03-30T00:00:00.000', '2026-04-05T23:59:59.999'],
    ['weekly', '2026-03-30T00:00:00.000', '2026-03-30T00:00:00.000', '2026-04-05T23:59:59.999'],
    ['weekly', '2026-03-29T23:59:59.999', '2026-03-23T00:00:00.000', '2026-03-29T23:59:59.999'],
    ['weekly', '2025-12-31T12:00:00.000', '2025-12-29T00:00:00.000', '2026-01-04T23:59:59.999'],
    ['monthly', '2024-02-10T12:00:00.000', '2024-02-01T00:00:00.000', '2024-02-29T23:59:59.999'],
    ['monthly', '2026-12-31T23:00:00.000', '2026-12-01T00:00:00.000', '2026-12-31T23:59:59.999'],
    ['quarterly', '2026-05-20T08:00:00.000', '2026-04-01T00:00:00.000', '2026-06-30T23:59:59.999'],
    ['quarterly', '2026-12-31T23:59:59.999', '2026-10-01T00:00:00.000', '2026-12-31T23:59:59.999'],
    // 2026-01-01T00:30+08:00 is still 2025-12-31 in UTC: the city's calendar decides.
    ['quarterly', '2026-01-01T00:30:00.000', '2026-01-01T00:00:00.000', '2026-03-31T23:59:59.999'],
  ] as const)('%s containing %s runs from %s to %s', (frequency, instant, start, dueAt) => {
    const w = periodContaining(frequency, city(instant));
    expect([show(w.start), show(w.dueAt)]).toEqual([`${start}+08:00`, `${dueAt}+08:00`]);
    expect(w.end.getTime()).toBe(w.dueAt.getTime() + 1);
  });
});

describe('periodsOf', () => {
  const starts = (frequency: InvestigationFrequency, from: string, to: string) =>
    periodsOf(frequency, city(from), city(to)).map((w) => show(w.start).slice(0, 10));

  it.each([
    ['daily', '2026-03-30T00:00:00', '2026-04-02T00:00:00', ['2026-03-30', '2026-03-31', '2026-04-01']],
    ['daily', '2026-03-30T12:00:00', '2026-04-01T00:00:01', ['2026-03-30', '2026-03-31', '2026-04-01']],
    ['weekly', '2026-04-01T00:00:00', '2026-04-13T00:00:00', ['2026-03-30', '2026-04-06']],
    ['weekly', '2026-04-01T00:00:00', '2026-04-13T00:00:01', ['2026-03-30', '2026-04-06', '2026-04-13']],
    ['monthly', '2026-01-15T00:00:00', '2026-04-01T00:00:00', ['2026-01-01', '2026-02-01', '2026-03-01']],
    ['quarterly', '2026-02-01T00:00:00', '2027-01-01T00:00:00', ['2026-01-01', '2026-04-01', '2026-07-01', '2026-10-01']],
    ['monthly', '2026-04-01T00:00:00', '2026-04-01T00:00:00', []],
    ['monthly', '2026-05-01T00:00:00', '2026-04-01T00:00:00', []],
  ] as const)('%s from %s to %s', (frequency, from, to, expected) => {
    expect(starts(frequency, from, to)).toEqual(expected);
  });

  it('makes adjacent windows with tasks due at the end of each', () => {
    const windows = periodsOf('monthly', city('2026-01-01T00:00:00'), city('2027-01-01T00:00:00'));
    expect(windows).toHaveLength(12);
    windows.slice(1).forEach((w, i) => expect(w.start).toEqual(windows[i]?.end));
    expect(show(windows[1]?.dueAt ?? new Date(0))).toBe('2026-02-28T23:59:59.999+08:00');
  });

  it('refuses an absurd range', () => {
    expect(() => periodsOf('daily', city('2000-01-01T00:00:00'), city('2030-01-01T00:00:00'))).toThrow(RangeError);
    expect(periodsOf('daily', city('2026-01-01T00:00:00'), new Date(city('2026-01-01T00:00:00').getTime() + MAX_PERIODS * 86_400_000))).toHaveLength(MAX_PERIODS);
  });
});
