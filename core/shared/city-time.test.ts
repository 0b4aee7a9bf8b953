import { describe, expect, it } from 'vitest';
import {
  addCivilDays,
  cityDateOf,
  cityDayEnd,
  cityYearToDate,
  cityDayNumber,
  cityDayStart,
  firstDayOfMonth,
  isCivilDate,
  isoWeekday,
} from './city-time.ts';

describe('city calendar (Asia/Shanghai, UTC+08:00 all year)', () => {
  it.each([
    ['2026-03-31T15:59:59.999Z', { year: 2026, month: 3, day: 31 }],
    ['2026-03-31T16:00:00.000Z', { year: 2026, month: 4, day: 1 }],
    ['2025-12-31T16:00:00.000Z', { year: 2026, month: 1, day: 1 }],
  ])('puts %s on the city date %j', (iso, date) => {
    expect(cityDateOf(new Date(iso))).toEqual(date);
  });

  it('starts and ends a day at 00:00 and 23:59:59.999 +08:00', () => {
    expect(cityDayStart({ year: 2026, month: 7, day: 1 }).toISOString()).toBe('2026-06-30T16:00:00.000Z');
    expect(cityDayEnd({ year: 2026, month: 7, day: 1 }).toISOString()).toBe('2026-07-01T15:59:59.999Z');
  });

  it.each([
    [2024, 2, 29, true],
    [2026, 2, 29, false],
    [1900, 2, 29, false],
    [2000, 2, 29, true],
    [2026, 4, 31, false],
    [2026, 0, 1, false],
    [2026, 12, 31, true],
  ])('knows whether %i-%i-%i exists', (y, m, d, exists) => {
    expect(isCivilDate(y, m, d)).toBe(exists);
  });

  it('adds days and months across year ends', () => {
    expect(addCivilDays({ year: 2026, month: 12, day: 31 }, 1)).toEqual({ year: 2027, month: 1, day: 1 });
    expect(addCivilDays({ year: 2026, month: 3, day: 1 }, -1)).toEqual({ year: 2026, month: 2, day: 28 });
    expect(firstDayOfMonth({ year: 2026, month: 11, day: 20 }, 2)).toEqual({ year: 2027, month: 1, day: 1 });
    expect(firstDayOfMonth({ year: 2026, month: 1, day: 20 }, -1)).toEqual({ year: 2025, month: 12, day: 1 });
  });

  it('counts city days, so 23:59 and 00:01 the next day are one day apart', () => {
    const a = cityDayNumber(new Date('2026-03-31T23:59:00+08:00'));
    const b = cityDayNumber(new Date('2026-04-01T00:01:00+08:00'));
    expect(b - a).toBe(1);
  });

  it('numbers ISO weekdays from Monday', () => {
    expect(isoWeekday({ year: 2026, month: 3, day: 30 })).toBe(1);
    expect(isoWeekday({ year: 2026, month: 4, day: 5 })).toBe(7);
  });
});

describe('cityYearToDate', () => {
  it('runs from 1 January of the city year to the city day of the instant', () => {
    expect(cityYearToDate(new Date('2026-12-03T12:00:00Z'))).toEqual({ from: { year: 2026, month: 1, day: 1 }, to: { year: 2026, month: 12, day: 3 } });
    // 31 December 16:30 UTC is already 1 January in Asia/Shanghai: a new year, one day long.
    expect(cityYearToDate(new Date('2026-12-31T16:30:00Z'))).toEqual({ from: { year: 2027, month: 1, day: 1 }, to: { year: 2027, month: 1, day: 1 } });
  });
});
