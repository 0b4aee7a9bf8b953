import { addCivilDays, cityDayNumber, cityDayStart, isoWeekday, type CivilDate } from './city-time.ts';

/**
 * Chinese working days (工作日): Monday to Friday, less the statutory holidays of the State Council's annual notice
 * (国务院办公厅关于某年部分节假日安排的通知), plus the weekend days that notice makes working days (调休上班).
 * A year can be judged only when its notice is in the calendar: coverage is explicit, never guessed from weekdays
 * (docs/adr/0048). Dates are `YYYY-MM-DD` on the city's calendar (Asia/Shanghai).
 */

export type CalendarDayKind = 'holiday' | 'workday';

/** One day a notice names: a day off (holiday, weekend days of the break included) or a make-up working day. */
export interface CalendarDay {
  date: string;
  kind: CalendarDayKind;
  /** The festival it belongs to (春节, 国庆节 …). */
  name: string;
}

/** A year's notice as data: its days; `year` covers the whole calendar year. */
export interface CalendarYear {
  year: number;
  days: readonly CalendarDay[];
}

export interface WorkingCalendar {
  /** Years whose notice is in the data: only these can be judged. */
  coveredYears: ReadonlySet<number>;
  /** Days off by the notices (statutory holidays and the weekend days of their breaks). */
  holidays: ReadonlySet<string>;
  /** Weekend days made working days (调休). */
  workdays: ReadonlySet<string>;
}

/** A calendar of the given years; a year given twice takes its last entry (an administrator's over the package's). */
export function workingCalendar(years: Iterable<CalendarYear>): WorkingCalendar {
  const byYear = new Map<number, readonly CalendarDay[]>();
  for (const y of years) byYear.set(y.year, y.days);
  const holidays = new Set<string>();
  const workdays = new Set<string>();
  for (const days of byYear.values()) {
    for (const d of days) (d.kind === 'holiday' ? holidays : workdays).add(d.date);
  }
  return { coveredYears: new Set(byYear.keys()), holidays, workdays };
}

/** `YYYY-MM-DD` (already validated) as a civil date. */
export const parseDate = (s: string): CivilDate => ({ year: Number(s.slice(0, 4)), month: Number(s.slice(5, 7)), day: Number(s.slice(8, 10)) });

export const formatDate = (d: CivilDate): string =>
  `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

/** Calendar days from `from` to `to` (negative when `to` is earlier): 2026-03-01 → 2026-03-03 is 2. */
export const daysBetween = (from: string, to: string): number => cityDayNumber(cityDayStart(parseDate(to))) - cityDayNumber(cityDayStart(parseDate(from)));

export const isWeekend = (date: string): boolean => isoWeekday(parseDate(date)) >= 6;

/** A day of a year the calendar does not cover was asked about. */
export class CalendarNotCoveredError extends Error {
  constructor(readonly year: number) {
    super(`the working-day calendar does not cover ${year}: its State Council holiday notice is not in the calendar`);
  }
}

/**
 * Whether `date` is a working day: a make-up working day (调休, even a Saturday) is; a holiday (even a weekday) is
 * not; otherwise Monday–Friday. Throws CalendarNotCoveredError for a year the calendar does not cover.
 */
export function isWorkingDay(calendar: WorkingCalendar, date: string): boolean {
  const year = Number(date.slice(0, 4));
  if (!calendar.coveredYears.has(year)) throw new CalendarNotCoveredError(year);
  if (calendar.workdays.has(date)) return true;
  if (calendar.holidays.has(date)) return false;
  return !isWeekend(date);
}

/** Most working days one addition takes: about four years, well inside what a calendar covers. */
export const MAX_WORKING_DAYS = 1000;

export type AddWorkingDaysResult = { ok: true; date: string } | { ok: false; year: number };

/**
 * The `workingDays`-th working day after `from` (`workingDays` ≥ 1). The day `from` itself is never counted, as a
 * period "开始的当日不计入" (民法典 Art. 201); a period in days of the 行政处罚法 counts working days (Art. 85).
 * `from` may be any day, a holiday too; only the days counted must lie in covered years, else the first uncovered
 * year is returned.
 */
export function addWorkingDays(calendar: WorkingCalendar, from: string, workingDays: number): AddWorkingDaysResult {
  if (!Number.isInteger(workingDays) || workingDays < 1 || workingDays > MAX_WORKING_DAYS) {
    throw new RangeError(`workingDays must be a whole number from 1 to ${MAX_WORKING_DAYS}`);
  }
  let day = parseDate(from);
  let counted = 0;
  while (counted < workingDays) {
    day = addCivilDays(day, 1);
    if (!calendar.coveredYears.has(day.year)) return { ok: false, year: day.year };
    if (isWorkingDay(calendar, formatDate(day))) counted += 1;
  }
  return { ok: true, date: formatDate(day) };
}
