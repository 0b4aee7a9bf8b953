import { z } from 'zod';
import {
  addCivilDays,
  cityDateOf,
  cityDayEnd,
  cityDayStart,
  firstDayOfMonth,
  isoWeekday,
  type CivilDate,
} from '../shared/city-time.ts';

/**
 * Calendar periods in Asia/Shanghai for investigation plans (排查计划, hazards issue "Checklists and plans") and
 * the enterprise statistical table (16号令 Art. 14).
 */

export const investigationFrequencySchema = z.enum(['daily', 'weekly', 'monthly', 'quarterly']);
export type InvestigationFrequency = z.infer<typeof investigationFrequencySchema>;

/** One period of a plan: `start` inclusive, `end` exclusive (the next period's start), `dueAt` its last instant. */
export interface PeriodWindow {
  start: Date;
  end: Date;
  dueAt: Date;
}

function periodStart(frequency: InvestigationFrequency, date: CivilDate): CivilDate {
  switch (frequency) {
    case 'daily':
      return date;
    case 'weekly':
      return addCivilDays(date, 1 - isoWeekday(date));
    case 'monthly':
      return firstDayOfMonth(date);
    case 'quarterly':
      return { year: date.year, month: Math.floor((date.month - 1) / 3) * 3 + 1, day: 1 };
  }
}

function nextStart(frequency: InvestigationFrequency, start: CivilDate): CivilDate {
  switch (frequency) {
    case 'daily':
      return addCivilDays(start, 1);
    case 'weekly':
      return addCivilDays(start, 7);
    case 'monthly':
      return firstDayOfMonth(start, 1);
    case 'quarterly':
      return firstDayOfMonth(start, 3);
  }
}

function windowOf(frequency: InvestigationFrequency, start: CivilDate): PeriodWindow {
  const end = cityDayStart(nextStart(frequency, start));
  return { start: cityDayStart(start), end, dueAt: new Date(end.getTime() - 1) };
}

/** The period of a plan that contains `instant` (days, ISO weeks from Monday, months, quarters in Asia/Shanghai). */
export function periodContaining(frequency: InvestigationFrequency, instant: Date): PeriodWindow {
  return windowOf(frequency, periodStart(frequency, cityDateOf(instant)));
}

/** More windows than ten years of daily tasks means a wrong range, not a plan. */
export const MAX_PERIODS = 3700;

/**
 * The periods of an investigation plan between `from` (inclusive) and `to` (exclusive), for the scheduler to make
 * one task per enterprise per period (hazards issue "Checklists and plans"). Periods are whole calendar periods in
 * Asia/Shanghai — days; weeks from Monday 00:00 (ISO 8601); months; quarters starting January, April, July,
 * October — so every enterprise of a plan shares them. Every period that overlaps [from, to) is returned, including
 * a first period that started before `from`; each task is due at the period's last instant (`dueAt`, 23:59:59.999
 * +08:00 of its last day). Empty when `to` is not after `from`; throws a RangeError beyond MAX_PERIODS.
 */
export function periodsOf(frequency: InvestigationFrequency, from: Date, to: Date): PeriodWindow[] {
  const windows: PeriodWindow[] = [];
  let start = periodStart(frequency, cityDateOf(from));
  while (from < to && cityDayStart(start) < to) {
    if (windows.length === MAX_PERIODS) throw new RangeError(`more than ${MAX_PERIODS} ${frequency} periods`);
    windows.push(windowOf(frequency, start));
    start = nextStart(frequency, start);
  }
  return windows;
}

export const statisticalPeriodSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('quarter'), year: z.number().int().min(2000).max(2999), quarter: z.number().int().min(1).max(4) }),
  z.strictObject({ kind: z.literal('year'), year: z.number().int().min(2000).max(2999) }),
]);
export type StatisticalPeriod = z.infer<typeof statisticalPeriodSchema>;

/**
 * Due days of the statistical table [M]: 16号令 Art. 14 as reproduced in domain-rules §2.1 — "before the 15th day
 * of the following quarter" and "before 31 January of the following year"; the exact wording is unconfirmed.
 */
export const STATISTICAL_REPORT_DUE = { quarterlyDayOfNextMonth: 15, annual: { month: 1, day: 31 } } as const;

/**
 * When the enterprise's signed quarterly or annual hazard statistical table is due (16号令 Art. 14, domain-rules
 * §2.1 [M]): a quarter's on the 15th of the month after the quarter (Q1 → 15 April, Q4 → 15 January of the next
 * year), a year's on 31 January of the next year. Read as the issue does — due ON that day — the day is allowed
 * whole: the result is 23:59:59.999 +08:00 of it, like a bare-date deadline. Q4 and the year are both due in
 * January; they are two tables.
 */
export function statisticalReportDueDate(period: StatisticalPeriod): Date {
  if (period.kind === 'year') {
    return cityDayEnd({ year: period.year + 1, ...STATISTICAL_REPORT_DUE.annual });
  }
  const monthAfter = firstDayOfMonth({ year: period.year, month: period.quarter * 3, day: 1 }, 1);
  return cityDayEnd({ ...monthAfter, day: STATISTICAL_REPORT_DUE.quarterlyDayOfNextMonth });
}
