import { describe, expect, it } from 'vitest';
import { addWorkingDays, isWorkingDay, workingCalendar } from '../../core/shared/working-days.ts';
import { PACKAGE_FIRST_YEAR, PACKAGE_LAST_YEAR, packageCalendarYears } from './package-calendar.ts';

const calendar = workingCalendar(packageCalendarYears());

describe('the shipped calendar (chinese-days 1.5.7)', () => {
  it('covers exactly 2004 to 2026, each with its notice', () => {
    expect([PACKAGE_FIRST_YEAR, PACKAGE_LAST_YEAR]).toEqual([2004, 2026]);
    expect([...calendar.coveredYears].sort()).toEqual(Array.from({ length: 23 }, (_, i) => 2004 + i));
    expect(calendar.coveredYears.has(2027)).toBe(false);
  });

  it('holds the 2025 National Day and Mid-autumn break: 10-01 to 10-08 off, Sunday 09-28 and Saturday 10-11 worked', () => {
    expect(isWorkingDay(calendar, '2025-09-28')).toBe(true);
    expect(isWorkingDay(calendar, '2025-10-08')).toBe(false);
    expect(isWorkingDay(calendar, '2025-10-11')).toBe(true);
    expect(addWorkingDays(calendar, '2025-09-30', 1)).toEqual({ ok: true, date: '2025-10-09' });
    expect(addWorkingDays(calendar, '2025-09-30', 3)).toEqual({ ok: true, date: '2025-10-11' });
  });

  it('holds the 2026 breaks: Mid-autumn 09-25 to 09-27, National Day 10-01 to 10-07, Sunday 09-20 and Saturday 10-10 worked', () => {
    expect(addWorkingDays(calendar, '2026-09-18', 1)).toEqual({ ok: true, date: '2026-09-20' });
    expect(addWorkingDays(calendar, '2026-09-24', 1)).toEqual({ ok: true, date: '2026-09-28' });
    expect(addWorkingDays(calendar, '2026-09-30', 1)).toEqual({ ok: true, date: '2026-10-08' });
    expect(addWorkingDays(calendar, '2026-09-30', 3)).toEqual({ ok: true, date: '2026-10-10' });
    expect(isWorkingDay(calendar, '2026-10-05')).toBe(false);
  });

  it('does not judge 2027, whose notice it lacks', () => {
    expect(addWorkingDays(calendar, '2026-12-30', 1)).toEqual({ ok: true, date: '2026-12-31' });
    expect(addWorkingDays(calendar, '2026-12-30', 2)).toEqual({ ok: false, year: 2027 });
  });
});
