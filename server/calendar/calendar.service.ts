import { daysOutsideYear, type CalendarYearDetail, type CalendarYearInput, type CalendarYearSummary } from '../../core/calendar/calendar.schema.ts';
import type { WorkingDayCalendar } from '../../core/enforcement/procedure-rules.ts';
import { addWorkingDays, workingCalendar, type CalendarDay, type CalendarYear, type WorkingCalendar } from '../../core/shared/working-days.ts';
import { recordAudit, type AuditActor } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import { invalid, notFound, unprocessable } from '../http/errors.ts';
import { deleteYear, listAdminDays, listAdminYears, replaceYear } from './calendar.repository.ts';
import { PACKAGE_SOURCE, packageCalendarYears } from './package-calendar.ts';

/**
 * The working-day calendar (docs/adr/0048): the shipped package's years, each replaced whole by an administrator's
 * entry for that year, and extended by the administrator's years beyond the package (next year's notice).
 */

async function adminYears(db: Db): Promise<CalendarYear[]> {
  const days = await listAdminDays(db);
  const years = (await listAdminYears(db)).map((y) => ({ year: y.year, days: [] as CalendarDay[] }));
  const byYear = new Map(years.map((y) => [y.year, y.days]));
  for (const d of days) byYear.get(d.year)?.push({ date: d.date, kind: d.kind, name: d.name });
  return years;
}

/** The calendar as it stands: package years, then administrator years (which win for their year). */
export async function currentCalendar(db: Db): Promise<WorkingCalendar> {
  return workingCalendar([...packageCalendarYears(), ...(await adminYears(db))]);
}

/** The `workingDays`-th working day after `from`; 422 naming the first year the calendar does not cover. */
export async function addWorkingDaysTo(db: Db, from: string, workingDays: number): Promise<{ date: string }> {
  const result = addWorkingDays(await currentCalendar(db), from, workingDays);
  if (result.ok) return { date: result.date };
  throw notCovered(result.year);
}

const notCovered = (year: number) =>
  unprocessable(`The working-day calendar does not cover ${year}: an administrator can enter that year's State Council holiday notice`, {
    path: '',
    message: `the working-day calendar does not cover ${year}`,
    reason: 'calendar_year_not_covered',
    params: { year },
  });

/**
 * The calendar the penalty procedure counts its windows in (core/enforcement/procedure-rules.ts): statutory holidays
 * and make-up working days included; a window reaching a year the calendar does not cover is a 422 naming it.
 */
export async function procedureCalendar(db: Db): Promise<WorkingDayCalendar> {
  const calendar = await currentCalendar(db);
  return {
    addWorkingDays(from, n) {
      const result = addWorkingDays(calendar, from, n);
      if (result.ok) return result.date;
      throw notCovered(result.year);
    },
  };
}

const count = (days: readonly { kind: string }[], kind: string) => days.filter((d) => d.kind === kind).length;

/** Every covered year, the package's and the administrator's, with where it comes from. */
export async function listCalendarYears(db: Db): Promise<{ items: CalendarYearSummary[] }> {
  const [admin, days] = await Promise.all([listAdminYears(db), listAdminDays(db)]);
  const summaries = new Map<number, CalendarYearSummary>();
  for (const y of packageCalendarYears()) {
    summaries.set(y.year, { year: y.year, source: 'package', notice: PACKAGE_SOURCE, holidays: count(y.days, 'holiday'), workdays: count(y.days, 'workday'), updatedAt: null, updatedBy: null });
  }
  for (const y of admin) {
    const own = days.filter((d) => d.year === y.year);
    summaries.set(y.year, { year: y.year, source: 'admin', notice: y.notice, holidays: count(own, 'holiday'), workdays: count(own, 'workday'), updatedAt: y.updated_at, updatedBy: y.username });
  }
  return { items: [...summaries.values()].sort((a, b) => b.year - a.year) };
}

/** One covered year with its days; 404 for a year the calendar does not cover. */
export async function getCalendarYear(db: Db, year: number): Promise<CalendarYearDetail> {
  const summary = (await listCalendarYears(db)).items.find((y) => y.year === year);
  if (!summary) throw notFound(`Calendar year ${year}`);
  const days =
    summary.source === 'admin'
      ? (await listAdminDays(db, year)).map(({ date, kind, name }) => ({ date, kind, name }))
      : [...(packageCalendarYears().find((y) => y.year === year)?.days ?? [])];
  return { ...summary, days };
}

const sortDays = (days: readonly CalendarDay[]) => [...days].sort((a, b) => a.date.localeCompare(b.date));

/** Enters (or replaces) a year from its notice; audited in the same transaction. It overrides the package's year. */
export async function putCalendarYear(db: Db, actor: AuditActor, year: number, input: CalendarYearInput): Promise<CalendarYearDetail> {
  const outside = daysOutsideYear(year, input.days);
  if (outside.length > 0) throw invalid(outside);
  const days = sortDays(input.days);
  await db.transaction().execute(async (tx) => {
    const beforeDays = await listAdminDays(tx, year);
    const before = await replaceYear(tx, year, input.notice, days, actor.userId);
    await recordAudit(tx, actor, {
      action: 'calendar_year.put',
      entity: 'calendar_year',
      entityId: String(year),
      before: before ? { notice: before.notice, days: beforeDays.map(({ date, kind, name }) => ({ date, kind, name })) } : undefined,
      after: { notice: input.notice, days },
    });
  });
  return getCalendarYear(db, year);
}

/** Removes an administrator's year: the package's data for it (if any) applies again. 404 when none was entered. */
export async function removeCalendarYear(db: Db, actor: AuditActor, year: number): Promise<void> {
  await db.transaction().execute(async (tx) => {
    const beforeDays = await listAdminDays(tx, year);
    const removed = await deleteYear(tx, year);
    if (!removed) throw notFound(`Calendar year ${year} entered by an administrator`);
    await recordAudit(tx, actor, {
      action: 'calendar_year.remove',
      entity: 'calendar_year',
      entityId: String(year),
      before: { notice: removed.notice, days: beforeDays.map(({ date, kind, name }) => ({ date, kind, name })) },
    });
  });
}
