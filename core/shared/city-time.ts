/**
 * Calendar arithmetic in the city's time zone, Asia/Shanghai, without a time-zone library.
 *
 * Asia/Shanghai has been UTC+08:00 all year since China stopped daylight saving time in 1991, so a civil date
 * maps to instants by a fixed offset and a civil day is always 24 hours. Instants before 1991 would be off by an
 * hour in summer; the platform has none (accident and hazard records start long after).
 */

/** UTC+08:00, the fixed offset of Asia/Shanghai (no DST since 1991). */
export const CITY_UTC_OFFSET_MS = 8 * 3_600_000;
export const DAY_MS = 86_400_000;

/** A date on the city's calendar; `month` is 1–12. */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

/** Milliseconds of a UTC wall-clock time. Unlike `Date.UTC`, years 0–99 are not moved to 1900–1999. */
function utcMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, second, ms);
  return d.getTime();
}

/** Whether year-month-day exists on the Gregorian calendar (2026-02-29 does not). */
export function isCivilDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  const d = new Date(utcMs(year, month, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** The instant of a wall-clock time in Asia/Shanghai. Out-of-range fields roll over, as in `Date.UTC`. */
export function cityInstant(date: CivilDate, hour = 0, minute = 0, second = 0, ms = 0): Date {
  return new Date(utcMs(date.year, date.month, date.day, hour, minute, second, ms) - CITY_UTC_OFFSET_MS);
}

/** The civil date in Asia/Shanghai on which an instant falls. */
export function cityDateOf(instant: Date): CivilDate {
  const shifted = new Date(instant.getTime() + CITY_UTC_OFFSET_MS);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** 00:00:00.000 +08:00 of a civil date: the first instant of that day in the city. */
export function cityDayStart(date: CivilDate): Date {
  return cityInstant(date);
}

/** 23:59:59.999 +08:00 of a civil date: the last instant of that day in the city. */
export function cityDayEnd(date: CivilDate): Date {
  return new Date(cityDayStart(date).getTime() + DAY_MS - 1);
}

/** The civil date `days` later (earlier when negative); months and years roll over. */
export function addCivilDays(date: CivilDate, days: number): CivilDate {
  return cityDateOf(new Date(cityDayStart(date).getTime() + days * DAY_MS));
}

/** The first day of the month of `date`, or of the month `monthsLater` months after it (before, when negative). */
export function firstDayOfMonth(date: CivilDate, monthsLater = 0): CivilDate {
  const index = date.year * 12 + (date.month - 1) + monthsLater;
  return { year: Math.floor(index / 12), month: (index % 12 + 12) % 12 + 1, day: 1 };
}

/** Number of the city day an instant falls on, counted from 1970-01-01 (day 0); differences count calendar days. */
export function cityDayNumber(instant: Date): number {
  return Math.floor((instant.getTime() + CITY_UTC_OFFSET_MS) / DAY_MS);
}

/** ISO weekday of a civil date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: CivilDate): number {
  const sundayIsZero = new Date(utcMs(date.year, date.month, date.day)).getUTCDay();
  return sundayIsZero === 0 ? 7 : sundayIsZero;
}

/** The city's year to date on `now`'s day: 1 January of that year to that day, the default period of statistics. */
export function cityYearToDate(now: Date): { from: CivilDate; to: CivilDate } {
  const today = cityDateOf(now);
  return { from: { year: today.year, month: 1, day: 1 }, to: today };
}
