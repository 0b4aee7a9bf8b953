import { describe, expect, it } from 'vitest';
import { addWorkingDays, CalendarNotCoveredError, daysBetween, isWorkingDay, MAX_WORKING_DAYS, workingCalendar, type CalendarDay } from './working-days.ts';
import { publicationDeadline, PUBLICATION_WORKING_DAYS } from '../enforcement/publication-deadline.ts';

/** The 2025 notice's New Year and National Day/Mid-autumn breaks: 10-01 to 10-08 off, Sunday 09-28 and Saturday 10-11 worked. */
const notice2025: CalendarDay[] = [
  { date: '2025-01-01', kind: 'holiday', name: '元旦' },
  ...['01', '02', '03', '04', '05', '06', '07', '08'].map((d) => ({ date: `2025-10-${d}`, kind: 'holiday' as const, name: '国庆节' })),
  { date: '2025-09-28', kind: 'workday', name: '国庆节' },
  { date: '2025-10-11', kind: 'workday', name: '国庆节' },
];
const calendar = workingCalendar([{ year: 2025, days: notice2025 }]);

describe('working days (Mon–Fri, less holidays, plus 调休 make-up days)', () => {
  it.each([
    ['2025-09-26', true, 'a Friday'],
    ['2025-09-27', false, 'a Saturday'],
    ['2025-09-28', true, 'a Sunday made a working day'],
    ['2025-10-06', false, 'a Monday in the holiday'],
    ['2025-10-09', true, 'the Thursday after the holiday'],
    ['2025-10-11', true, 'a Saturday made a working day'],
    ['2025-10-12', false, 'the Sunday after'],
  ] as const)('%s is %s (%s)', (date, working, _why) => {
    expect(isWorkingDay(calendar, date)).toBe(working);
  });

  it.each([
    ['2025-09-26', 1, '2025-09-28', 'the make-up Sunday counts'],
    ['2025-09-30', 1, '2025-10-09', 'the holiday weekdays do not'],
    ['2025-10-03', 1, '2025-10-09', 'counting from a holiday'],
    ['2025-10-10', 1, '2025-10-11', 'the make-up Saturday counts'],
    ['2025-10-09', 2, '2025-10-11', 'two after the holiday'],
    ['2025-10-10', 2, '2025-10-13', 'the next Monday'],
    ['2025-10-13', 4, '2025-10-17', 'a plain week: the day itself is not counted'],
    ['2025-10-17', 1, '2025-10-20', 'over a plain weekend'],
  ] as const)('%s + %i working days = %s (%s)', (from, n, date, _why) => {
    expect(addWorkingDays(calendar, from, n)).toEqual({ ok: true, date });
  });

  it('names the first year counted into that the calendar does not cover', () => {
    expect(addWorkingDays(calendar, '2025-12-30', 1)).toEqual({ ok: true, date: '2025-12-31' });
    expect(addWorkingDays(calendar, '2025-12-30', 2)).toEqual({ ok: false, year: 2026 });
    expect(() => isWorkingDay(calendar, '2026-01-05')).toThrow(CalendarNotCoveredError);
    // `from` itself is not judged: only the days counted must be covered (2025-01-01 is a holiday).
    expect(addWorkingDays(calendar, '2024-12-31', 1)).toEqual({ ok: true, date: '2025-01-02' });
    expect(addWorkingDays(calendar, '2024-12-30', 1)).toEqual({ ok: false, year: 2024 });
  });

  it('takes 1 to MAX_WORKING_DAYS working days: 0 has no answer ("the 0th working day after")', () => {
    expect(() => addWorkingDays(calendar, '2025-10-09', 0)).toThrow(RangeError);
    expect(() => addWorkingDays(calendar, '2025-10-09', 1.5)).toThrow(RangeError);
    expect(() => addWorkingDays(calendar, '2025-10-09', MAX_WORKING_DAYS + 1)).toThrow(RangeError);
  });

  it('lets a later entry of a year replace an earlier one whole (an administrator over the package)', () => {
    const amended = workingCalendar([
      { year: 2025, days: notice2025 },
      { year: 2025, days: [{ date: '2025-10-01', kind: 'holiday', name: '国庆节' }] },
    ]);
    expect(isWorkingDay(amended, '2025-10-06')).toBe(true);
    expect(isWorkingDay(amended, '2025-10-11')).toBe(false);
    expect(isWorkingDay(amended, '2025-10-01')).toBe(false);
  });

  it('counts calendar days between dates across months and leap days', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-02-28', '2025-03-01')).toBe(1);
    expect(daysBetween('2026-03-02', '2026-03-01')).toBe(-1);
  });
});

describe('publication deadline of a penalty decision (7 working days, domain-rules §8.1 [M])', () => {
  it('is 7 working days after the decision, the holiday skipped and the make-up Saturday counted', () => {
    expect(PUBLICATION_WORKING_DAYS).toBe(7);
    // 10-09, 10-10, 10-11 (Sat, worked), 10-13 … 10-16.
    expect(publicationDeadline(calendar, '2025-09-30')).toEqual({ ok: true, date: '2025-10-16' });
    expect(publicationDeadline(calendar, '2025-10-13')).toEqual({ ok: true, date: '2025-10-22' });
    expect(publicationDeadline(calendar, '2025-12-24')).toEqual({ ok: false, year: 2026 });
  });

  it('takes another figure from configuration', () => {
    expect(publicationDeadline(calendar, '2025-10-13', 5)).toEqual({ ok: true, date: '2025-10-20' });
  });
});
