import dayjs, { type Dayjs } from 'dayjs';
import { CITY_UTC_OFFSET_MS, cityInstant } from '../../../../core/shared/city-time.ts';

/**
 * Hazard times are the city's (Asia/Shanghai, UTC+08:00 all year): a deadline of 31 March ends at 23:59 in
 * Chengdu whatever zone the browser is in. Pickers hold a city wall-clock time in a dayjs value; it is sent
 * with an explicit +08:00 offset, and a bare date deadline is sent as `YYYY-MM-DD` (end of that city day).
 */

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `2026-03-31 17:00` (or with seconds) in the city, for display. */
export function formatCityTime(iso: string | null | undefined, withSeconds = false): string {
  if (!iso) return '';
  const time = new Date(iso).getTime();
  if (Number.isNaN(time)) return '';
  const d = new Date(time + CITY_UTC_OFFSET_MS);
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const clock = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  return `${date} ${clock}${withSeconds ? `:${pad(d.getUTCSeconds())}` : ''}`;
}

/** The city wall clock of an instant, as a picker value. */
export function cityWallClock(instant: Date | string = new Date()): Dayjs {
  const d = new Date(new Date(instant).getTime() + CITY_UTC_OFFSET_MS);
  return dayjs(
    new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()),
  );
}

/** The instant a picker's city wall-clock value stands for. */
export function instantOfCityWallClock(value: Dayjs): Date {
  return cityInstant(
    { year: value.year(), month: value.month() + 1, day: value.date() },
    value.hour(),
    value.minute(),
    value.second(),
  );
}

/** A picker's date-time for the API: `2026-03-31T17:00:00+08:00`. */
export function toCityDateTime(value: Dayjs): string {
  return `${value.format('YYYY-MM-DDTHH:mm:ss')}+08:00`;
}

/** A picker's date for the API: `2026-03-31`, a deadline at the end of that city day. */
export function toCityDate(value: Dayjs): string {
  return value.format('YYYY-MM-DD');
}

/** The last instant of a picker's city date (what the server makes of a bare date). */
export function endOfCityDay(value: Dayjs): Date {
  return new Date(instantOfCityWallClock(value.startOf('day')).getTime() + 86_400_000 - 1);
}
