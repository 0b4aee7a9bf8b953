import { sql, type Insertable, type RawBuilder, type Selectable, type SqlBool } from 'kysely';
import type { HazardListQuery } from '../../core/hazards/hazard-view.schema.ts';
import { regionLevelOf } from '../../core/organisations/regions.ts';
import type { Scope } from '../../core/organisations/scope.ts';
import { cityDayEnd, cityDayStart } from '../../core/shared/city-time.ts';
import type { Db } from '../db/database.ts';
import type { HazardEventsTable, HazardsTable } from '../db/schema.ts';
import { inScope } from '../organisations/scope-condition.ts';

export type HazardRow = Selectable<HazardsTable> & { enterprise_name: string };

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** A date filter: a bare date is the whole day in Asia/Shanghai; `from` takes its start, `to` its end. */
function boundOf(value: string, edge: 'start' | 'end'): Date {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!day) return new Date(value);
  const date = { year: Number(day[1]), month: Number(day[2]), day: Number(day[3]) };
  return edge === 'start' ? cityDayStart(date) : cityDayEnd(date);
}

/** Scope and list filters as one condition on `hazards`. */
function listCondition(scope: Scope, f: HazardListQuery, now: Date): RawBuilder<SqlBool> {
  const c: RawBuilder<unknown>[] = [inScope(scope, 'hazards')];
  if (f.status) c.push(sql`hazards.status = ${f.status}`);
  if (f.grade) c.push(sql`hazards.grade = ${f.grade}`);
  if (f.source) c.push(sql`hazards.source = ${f.source}`);
  if (f.supervised !== undefined) c.push(sql`hazards.supervised = ${f.supervised}`);
  if (f.enterpriseId) c.push(sql`hazards.enterprise_id = ${f.enterpriseId}`);
  // Overdue is decided at read time against `now`, so it holds the moment a deadline passes (no nightly job).
  if (f.overdue === true) c.push(sql`hazards.status <> 'closed' AND hazards.deadline < ${now}`);
  if (f.overdue === false) c.push(sql`NOT (hazards.status <> 'closed' AND hazards.deadline IS NOT NULL AND hazards.deadline < ${now})`);
  if (f.regionCode) {
    const level = regionLevelOf(f.regionCode);
    if (level === 'district') c.push(sql`hazards.district_code = ${f.regionCode}`);
    else c.push(sql`hazards.region_path @> ARRAY[${f.regionCode}]::text[]`);
  }
  if (f.industryCode) c.push(sql`hazards.industry_path @> ARRAY[${f.industryCode}]::text[]`);
  if (f.foundFrom) c.push(sql`hazards.found_at >= ${boundOf(f.foundFrom, 'start')}`);
  if (f.foundTo) c.push(sql`hazards.found_at <= ${boundOf(f.foundTo, 'end')}`);
  if (f.closedFrom) c.push(sql`hazards.closed_at >= ${boundOf(f.closedFrom, 'start')}`);
  if (f.closedTo) c.push(sql`hazards.closed_at <= ${boundOf(f.closedTo, 'end')}`);
  if (f.q) {
    const pattern = `%${escapeLike(f.q)}%`;
    c.push(sql`(hazards.title ILIKE ${pattern} OR hazards.location ILIKE ${pattern})`);
  }
  return sql<SqlBool>`${sql.join(c, sql` AND `)}`;
}

/**
 * A page and the total in one statement, the page as a deferred join (keys first, on an index where the
 * filters allow, then only the page's rows with their enterprise's name). Same shape as the enterprise list.
 */
export function hazardListQuery(scope: Scope, f: HazardListQuery, limit: number, offset: number, now: Date) {
  const where = listCondition(scope, f, now);
  const order = orderOn('hazards', f.sort);
  return sql<HazardRow & { total: number }>`
    SELECT t.total, p.* FROM (SELECT count(*) AS total FROM hazards WHERE ${where}) t
    LEFT JOIN LATERAL (
      SELECT h.*, e.name AS enterprise_name FROM (
        SELECT hazards.id FROM hazards WHERE ${where} ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}
      ) k JOIN hazards h ON h.id = k.id JOIN enterprises e ON e.id = h.enterprise_id
    ) p ON true
    ORDER BY ${orderOn('p', f.sort)}`;
}

export async function listHazards(db: Db, scope: Scope, f: HazardListQuery, limit: number, offset: number, now: Date) {
  const { rows } = await hazardListQuery(scope, f, limit, offset, now).execute(db);
  return { total: Number(rows[0]?.total ?? 0), rows: rows.filter((r) => r.id !== null) as HazardRow[] };
}

/** The list orders, each ending on the id so that pages never overlap. */
function orderOn(alias: string, sort: HazardListQuery['sort']) {
  const col = (name: string) => sql.ref(`${alias}.${name}`);
  switch (sort) {
    case '-foundAt':
      return sql`${col('found_at')} DESC, ${col('id')} DESC`;
    case 'foundAt':
      return sql`${col('found_at')} ASC, ${col('id')} ASC`;
    case 'deadline':
      return sql`${col('deadline')} ASC NULLS LAST, ${col('id')} ASC`;
    case '-deadline':
      return sql`${col('deadline')} DESC NULLS LAST, ${col('id')} DESC`;
    case '-createdAt':
      return sql`${col('created_at')} DESC, ${col('id')} DESC`;
  }
}

const withEnterpriseName = (db: Db) =>
  db.selectFrom('hazards').innerJoin('enterprises', 'enterprises.id', 'hazards.enterprise_id').selectAll('hazards').select('enterprises.name as enterprise_name');

export function findHazard(db: Db, scope: Scope, id: string): Promise<HazardRow | undefined> {
  return withEnterpriseName(db).where('hazards.id', '=', id).where(inScope(scope, 'hazards')).executeTakeFirst();
}

/** Locks the hazard for the rest of the transaction: concurrent transitions apply one after the other. */
export function findHazardForUpdate(db: Db, scope: Scope, id: string): Promise<HazardRow | undefined> {
  return withEnterpriseName(db).where('hazards.id', '=', id).where(inScope(scope, 'hazards')).forUpdate('hazards').executeTakeFirst();
}

export function insertHazard(db: Db, row: Insertable<HazardsTable>) {
  return db.insertInto('hazards').values(row).returning('id').executeTakeFirstOrThrow();
}

export function insertHazardEvent(db: Db, row: Insertable<HazardEventsTable>) {
  return db.insertInto('hazard_events').values(row).execute();
}

export function attachPhotos(db: Db, hazardId: string, photoIds: readonly string[], kind: 'finding' | 'result' | 'evidence') {
  if (photoIds.length === 0) return Promise.resolve();
  return db.insertInto('hazard_photos').values(photoIds.map((photo_id) => ({ hazard_id: hazardId, photo_id, kind }))).execute();
}

export function hazardEvents(db: Db, hazardId: string) {
  return db.selectFrom('hazard_events').selectAll().where('hazard_id', '=', hazardId).orderBy('id').execute();
}

export function hazardPhotos(db: Db, hazardId: string) {
  return db
    .selectFrom('hazard_photos as hp')
    .innerJoin('photos as p', 'p.id', 'hp.photo_id')
    .select(['p.id', 'p.content_type', 'hp.kind'])
    .where('hp.hazard_id', '=', hazardId)
    .orderBy('p.created_at')
    .execute();
}
