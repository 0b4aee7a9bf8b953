import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { CalendarDay, CalendarYear } from '../../core/shared/working-days.ts';

/**
 * The shipped working-day calendar: npm `chinese-days` (MIT, pinned), which transcribes the State Council's annual
 * holiday notices (国务院办公厅关于…年部分节假日安排的通知) into holidays (days off, weekend days of a break
 * included) and workdays (调休上班). Only its data file is read, not its code.
 *
 * Coverage is explicit (docs/adr/0048): the years below, checked against the data at load, so that upgrading the
 * package without reviewing its years fails loudly instead of silently judging an unannounced year by weekdays.
 * chinese-days 1.5.7 holds the notices for 2004 to 2026.
 */
export const PACKAGE_FIRST_YEAR = 2004;
export const PACKAGE_LAST_YEAR = 2026;
export const PACKAGE_SOURCE = 'chinese-days 1.5.7 (State Council holiday notices 2004–2026)';

interface ChineseDaysData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

/** "National Day,国庆节,3" → 国庆节. */
const festival = (value: string) => value.split(',')[1] ?? value;

function load(): CalendarYear[] {
  const file = createRequire(import.meta.url).resolve('chinese-days/dist/chinese-days.json');
  const data = JSON.parse(readFileSync(file, 'utf8')) as ChineseDaysData;
  const byYear = new Map<number, CalendarDay[]>();
  const add = (date: string, kind: CalendarDay['kind'], value: string) => {
    const year = Number(date.slice(0, 4));
    if (!byYear.has(year)) byYear.set(year, []);
    byYear.get(year)!.push({ date, kind, name: festival(value) });
  };
  for (const [date, value] of Object.entries(data.holidays)) add(date, 'holiday', value);
  for (const [date, value] of Object.entries(data.workdays)) add(date, 'workday', value);
  const years: CalendarYear[] = [];
  for (let year = PACKAGE_FIRST_YEAR; year <= PACKAGE_LAST_YEAR; year++) {
    const days = byYear.get(year);
    // Every notice gives the Spring Festival and National Day breaks: a year without them is not in the data.
    if (!days?.some((d) => d.name === '春节') || !days.some((d) => d.name === '国庆节')) {
      throw new Error(`chinese-days lacks the ${year} holiday notice: review PACKAGE_FIRST_YEAR/PACKAGE_LAST_YEAR (docs/adr/0048)`);
    }
    years.push({ year, days: days.sort((a, b) => a.date.localeCompare(b.date)) });
  }
  return years;
}

let cached: CalendarYear[] | undefined;

/** The package's covered years with their days, in year order (read once per process). */
export function packageCalendarYears(): readonly CalendarYear[] {
  cached ??= load();
  return cached;
}
