import type { Transaction } from 'kysely';
import type { CalendarDay } from '../../core/shared/working-days.ts';
import type { Db } from '../db/database.ts';
import type { Database } from '../db/schema.ts';

/** The administrator-entered calendar years and their days (calendar_years, calendar_days). */

export const listAdminYears = (db: Db) =>
  db
    .selectFrom('calendar_years')
    .leftJoin('users', 'users.id', 'calendar_years.updated_by')
    .select(['calendar_years.year', 'calendar_years.notice', 'calendar_years.updated_at', 'users.username'])
    .orderBy('calendar_years.year')
    .execute();

/** Days of the given years (all administrator years when none given), in date order. */
export function listAdminDays(db: Db | Transaction<Database>, year?: number): Promise<(CalendarDay & { year: number })[]> {
  let query = db.selectFrom('calendar_days').select(['date', 'kind', 'name', 'year']).orderBy('date');
  if (year !== undefined) query = query.where('year', '=', year);
  return query.execute();
}

/** Replaces a year's notice and days (one statement each); returns the previous notice, if any. */
export async function replaceYear(tx: Transaction<Database>, year: number, notice: string, days: readonly CalendarDay[], userId: string | null) {
  const before = await tx.selectFrom('calendar_years').select('notice').where('year', '=', year).forUpdate().executeTakeFirst();
  await tx
    .insertInto('calendar_years')
    .values({ year, notice, updated_by: userId, updated_at: new Date() })
    .onConflict((oc) => oc.column('year').doUpdateSet({ notice, updated_by: userId, updated_at: new Date() }))
    .execute();
  await tx.deleteFrom('calendar_days').where('year', '=', year).execute();
  await tx.insertInto('calendar_days').values(days.map((d) => ({ date: d.date, year, kind: d.kind, name: d.name }))).execute();
  return before;
}

/** Deletes a year (its days go with it); returns its notice, or undefined when there was none. */
export const deleteYear = (tx: Transaction<Database>, year: number) =>
  tx.deleteFrom('calendar_years').where('year', '=', year).returning('notice').executeTakeFirst();
