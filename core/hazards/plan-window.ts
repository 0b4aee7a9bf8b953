import { addCivilDays, cityDateOf, cityDayStart, type CivilDate } from '../shared/city-time.ts';

/** A plan's dates as instants and back: dates are whole days in Asia/Shanghai. */

export const formatCivilDate = (d: CivilDate) =>
  `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

/** `YYYY-MM-DD` (already validated) as a civil date. */
export const parseCivilDate = (s: string): CivilDate => ({ year: Number(s.slice(0, 4)), month: Number(s.slice(5, 7)), day: Number(s.slice(8, 10)) });

/** [startDate 00:00, the day after endDate 00:00) in Asia/Shanghai: the end date is included whole. */
export function planWindow(startDate: string, endDate: string): { startsAt: Date; endsAt: Date } {
  return { startsAt: cityDayStart(parseCivilDate(startDate)), endsAt: cityDayStart(addCivilDays(parseCivilDate(endDate), 1)) };
}

export function planDates(window: { startsAt: Date; endsAt: Date }): { startDate: string; endDate: string } {
  return { startDate: formatCivilDate(cityDateOf(window.startsAt)), endDate: formatCivilDate(cityDateOf(new Date(window.endsAt.getTime() - 1))) };
}

/** Today's date in the city, for "a plan starts today or later". */
export const cityToday = (now: Date) => formatCivilDate(cityDateOf(now));
