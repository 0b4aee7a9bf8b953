import type { Timestamp } from './timestamp.ts';

/** The working-day calendar's administrator-entered years (server/calendar; docs/adr/0048). */

export interface CalendarYearsTable {
  year: number;
  notice: string;
  updated_by: string | null;
  updated_at: Timestamp;
}

export interface CalendarDaysTable {
  /** YYYY-MM-DD, a civil date in Asia/Shanghai. */
  date: string;
  year: number;
  kind: 'holiday' | 'workday';
  name: string;
}

export interface CalendarTables {
  calendar_years: CalendarYearsTable;
  calendar_days: CalendarDaysTable;
}
