import { sql, type Insertable, type RawBuilder, type Selectable, type SqlBool } from 'kysely';
import type { AccidentListQuery } from '../../core/accidents/accident.schema.ts';
import { ACCIDENT_NUMBER_PATTERN, accidentNumber, accidentNumberYear } from '../../core/accidents/accident-number.ts';
import { regionLevelOf } from '../../core/organisations/regions.ts';
import type { Scope } from '../../core/organisations/scope.ts';
import { cityDayEnd, cityDayStart } from '../../core/shared/city-time.ts';
import type { Db } from '../db/database.ts';
import type { AccidentRevisionsTable, AccidentsTable } from '../db/schema.ts';
import { inScope } from '../organisations/scope-condition.ts';

export type AccidentRow = Selectable<AccidentsTable> & { enterprise_name: string | null };

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

const civil = (text: string) => {
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  return { year, month, day };
};
/** A bare date filter is the whole day in Asia/Shanghai. */
export const dayStart = (text: string) => cityDayStart(civil(text));
export const dayEnd = (text: string) => cityDayEnd(civil(text));

/** A region filter on the indexed column of its level. */
export function inRegion(code: string, alias = 'accidents'): RawBuilder<SqlBool> {
  const level = regionLevelOf(code);
  if (level === 'district') return sql<SqlBool>`${sql.ref(`${alias}.district_code`)} = ${code}`;
  if (level === 'street') return sql<SqlBool>`${sql.ref(`${alias}.region_code`)} = ${code}`;
  return sql<SqlBool>`${sql.ref(`${alias}.region_path`)} @> ARRAY[${code}]::text[]`;
}

export function inIndustry(code: string, alias = 'accidents'): RawBuilder<SqlBool> {
  return /^[A-T]$/.test(code)
    ? sql<SqlBool>`${sql.ref(`${alias}.industry_section`)} = ${code}`
    : sql<SqlBool>`${sql.ref(`${alias}.industry_path`)} @> ARRAY[${code}]::text[]`;
}

function listCondition(scope: Scope, f: AccidentListQuery): RawBuilder<SqlBool> {
  const c: RawBuilder<unknown>[] = [inScope(scope, 'accidents')];
  if (f.grade) c.push(sql`accidents.grade = ${f.grade}`);
  if (f.category) c.push(sql`accidents.category = ${f.category}`);
  if (f.enterpriseId) c.push(sql`accidents.enterprise_id = ${f.enterpriseId}`);
  if (f.lateReport !== undefined) c.push(f.lateReport ? sql`accidents.late_report` : sql`accidents.late_report IS NOT TRUE`);
  if (f.regionCode) c.push(inRegion(f.regionCode));
  if (f.industryCode) c.push(inIndustry(f.industryCode));
  if (f.from) c.push(sql`accidents.occurred_at >= ${dayStart(f.from)}`);
  if (f.to) c.push(sql`accidents.occurred_at <= ${dayEnd(f.to)}`);
  // An accident number is found by its index; any other word in the description.
  if (f.q) c.push(ACCIDENT_NUMBER_PATTERN.test(f.q) ? sql`accidents.number = ${f.q}` : sql`accidents.description ILIKE ${`%${escapeLike(f.q)}%`}`);
  return sql<SqlBool>`${sql.join(c, sql` AND `)}`;
}

function orderOn(alias: string, sort: AccidentListQuery['sort']) {
  const col = (name: string) => sql.ref(`${alias}.${name}`);
  switch (sort) {
    case '-occurredAt':
      return sql`${col('occurred_at')} DESC, ${col('id')} DESC`;
    case 'occurredAt':
      return sql`${col('occurred_at')} ASC, ${col('id')} ASC`;
    case '-deaths':
      return sql`${col('deaths')} DESC, ${col('occurred_at')} DESC, ${col('id')} DESC`;
  }
}

/** A page and the total in one statement, keys first (deferred join), as the hazard list does. */
export async function listAccidents(db: Db, scope: Scope, f: AccidentListQuery, limit: number, offset: number) {
  const where = listCondition(scope, f);
  const { rows } = await sql<AccidentRow & { total: number }>`
    SELECT t.total, p.* FROM (SELECT count(*) AS total FROM accidents WHERE ${where}) t
    LEFT JOIN LATERAL (
      SELECT a.*, e.name AS enterprise_name FROM (
        SELECT accidents.id FROM accidents WHERE ${where} ORDER BY ${orderOn('accidents', f.sort)} LIMIT ${limit} OFFSET ${offset}
      ) k JOIN accidents a ON a.id = k.id LEFT JOIN enterprises e ON e.id = a.enterprise_id
    ) p ON true
    ORDER BY ${orderOn('p', f.sort)}`.execute(db);
  return { total: Number(rows[0]?.total ?? 0), rows: rows.filter((r) => r.id !== null) as AccidentRow[] };
}

const withEnterpriseName = (db: Db) =>
  db.selectFrom('accidents').leftJoin('enterprises', 'enterprises.id', 'accidents.enterprise_id').selectAll('accidents').select('enterprises.name as enterprise_name');

export function findAccident(db: Db, scope: Scope, id: string): Promise<AccidentRow | undefined> {
  return withEnterpriseName(db).where('accidents.id', '=', id).where(inScope(scope, 'accidents')).executeTakeFirst();
}

/** Locks the accident for the rest of the transaction: concurrent revisions apply one after the other. */
export function findAccidentForUpdate(db: Db, scope: Scope, id: string): Promise<AccidentRow | undefined> {
  return withEnterpriseName(db).where('accidents.id', '=', id).where(inScope(scope, 'accidents')).forUpdate('accidents').executeTakeFirst();
}

/** A new accident's row before it has its number. */
export type NewAccidentRow = Omit<Insertable<AccidentsTable>, 'number'>;

/**
 * Numbers new accidents (事故编号, per city and year of the accident): one counter row per (city, year) takes
 * the whole batch's serials in one statement and stays locked until the transaction ends, so concurrent
 * recordings queue on it and a rolled-back one gives its serials back. Call inside the recording transaction.
 */
async function numbered(db: Db, rows: NewAccidentRow[]): Promise<Insertable<AccidentsTable>[]> {
  const groups = new Map<string, { city: string; year: number; indexes: number[] }>();
  rows.forEach((row, i) => {
    const city = row.region_path[0]!;
    const year = accidentNumberYear(new Date(row.occurred_at as Date | string));
    const key = `${city}/${year}`;
    const group = groups.get(key) ?? { city, year, indexes: [] };
    group.indexes.push(i);
    groups.set(key, group);
  });
  const out: Insertable<AccidentsTable>[] = rows.map((row) => ({ ...row, number: '' }));
  // Always in the same order, so that two batches spanning the same years cannot deadlock.
  for (const key of [...groups.keys()].sort()) {
    const { city, year, indexes } = groups.get(key)!;
    const { last_serial } = await db
      .insertInto('accident_number_counters')
      .values({ city_code: city, year, last_serial: indexes.length })
      .onConflict((oc) => oc.columns(['city_code', 'year']).doUpdateSet({ last_serial: sql`accident_number_counters.last_serial + ${indexes.length}` }))
      .returning('last_serial')
      .executeTakeFirstOrThrow();
    const first = last_serial - indexes.length + 1;
    indexes.forEach((index, k) => (out[index]!.number = accidentNumber(year, first + k)));
  }
  return out;
}

export async function insertAccidents(db: Db, rows: NewAccidentRow[]) {
  if (rows.length === 0) return [];
  return db.insertInto('accidents').values(await numbered(db, rows)).returning(['id', 'number']).execute();
}

export function insertRevision(db: Db, row: Insertable<AccidentRevisionsTable>) {
  return db.insertInto('accident_revisions').values(row).execute();
}

export function accidentRevisions(db: Db, accidentId: string) {
  return db.selectFrom('accident_revisions').selectAll().where('accident_id', '=', accidentId).orderBy('id').execute();
}
