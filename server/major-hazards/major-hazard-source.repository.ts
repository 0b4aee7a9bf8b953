import type { Insertable, Selectable, Updateable } from 'kysely';
import type { MajorHazardSourceListQuery } from '../../core/major-hazards/major-hazard-source.schema.ts';
import type { Scope } from '../../core/organisations/scope.ts';
import type { Db } from '../db/database.ts';
import type { MajorHazardChecksTable, MajorHazardSourcesTable } from '../db/schema.ts';
import { inScope } from '../organisations/scope-condition.ts';

export type MajorHazardSourceRow = Selectable<MajorHazardSourcesTable> & { enterprise_name: string };

function scoped(db: Db, scope: Scope) {
  return db
    .selectFrom('major_hazard_sources')
    .innerJoin('enterprises', 'enterprises.id', 'major_hazard_sources.enterprise_id')
    .where(inScope(scope, 'enterprises'));
}

function filtered(db: Db, scope: Scope, f: MajorHazardSourceListQuery) {
  let q = scoped(db, scope);
  if (f.enterpriseId) q = q.where('major_hazard_sources.enterprise_id', '=', f.enterpriseId);
  if (f.level) q = q.where('major_hazard_sources.level', '=', f.level);
  if (f.isMajor !== undefined) q = q.where('major_hazard_sources.is_major', '=', f.isMajor);
  return q;
}

/** A page of sources, highest level (1) first, non-major last, and their number. */
export async function listSources(db: Db, scope: Scope, f: MajorHazardSourceListQuery, limit: number, offset: number) {
  const [rows, count] = await Promise.all([
    filtered(db, scope, f)
      .selectAll('major_hazard_sources')
      .select('enterprises.name as enterprise_name')
      .orderBy('major_hazard_sources.level', (o) => o.asc().nullsLast())
      .orderBy('major_hazard_sources.enterprise_id')
      .orderBy('major_hazard_sources.name')
      .orderBy('major_hazard_sources.id')
      .limit(limit)
      .offset(offset)
      .execute(),
    filtered(db, scope, f).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows: rows as MajorHazardSourceRow[], total: Number(count.n) };
}

export function findSource(db: Db, scope: Scope, id: string, forUpdate = false): Promise<MajorHazardSourceRow | undefined> {
  const q = scoped(db, scope).where('major_hazard_sources.id', '=', id).selectAll('major_hazard_sources').select('enterprises.name as enterprise_name');
  return (forUpdate ? q.forUpdate('major_hazard_sources') : q).executeTakeFirst() as Promise<MajorHazardSourceRow | undefined>;
}

export function insertSource(db: Db, row: Insertable<MajorHazardSourcesTable>) {
  return db.insertInto('major_hazard_sources').values(row).returningAll().executeTakeFirstOrThrow();
}

export function updateSource(db: Db, id: string, changes: Updateable<MajorHazardSourcesTable>) {
  return db.updateTable('major_hazard_sources').set({ ...changes, updated_at: new Date() }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

export type CheckRow = Selectable<MajorHazardChecksTable> & { hazard_title: string | null };

export function insertCheck(db: Db, row: Insertable<MajorHazardChecksTable>) {
  return db.insertInto('major_hazard_checks').values(row).returningAll().executeTakeFirstOrThrow();
}

/** A page of one source's checks, newest first (all roles or one), with the title of the hazard each reported. */
export async function listChecks(db: Db, sourceId: string, role: string | undefined, limit: number, offset: number) {
  let base = db.selectFrom('major_hazard_checks').where('major_hazard_checks.source_id', '=', sourceId);
  if (role) base = base.where('major_hazard_checks.role', '=', role);
  const [rows, count] = await Promise.all([
    base
      .leftJoin('hazards', 'hazards.id', 'major_hazard_checks.hazard_id')
      .selectAll('major_hazard_checks')
      .select('hazards.title as hazard_title')
      .orderBy('major_hazard_checks.checked_at', 'desc')
      .orderBy('major_hazard_checks.id')
      .limit(limit)
      .offset(offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows: rows as CheckRow[], total: Number(count.n) };
}

/** One check of a source, with its hazard's title. */
export function getCheck(db: Db, sourceId: string, checkId: string): Promise<CheckRow | undefined> {
  return db
    .selectFrom('major_hazard_checks')
    .leftJoin('hazards', 'hazards.id', 'major_hazard_checks.hazard_id')
    .selectAll('major_hazard_checks')
    .select('hazards.title as hazard_title')
    .where('major_hazard_checks.source_id', '=', sourceId)
    .where('major_hazard_checks.id', '=', checkId)
    .executeTakeFirst() as Promise<CheckRow | undefined>;
}

export function findCheck(db: Db, sourceId: string, checkId: string) {
  return db.selectFrom('major_hazard_checks').selectAll().where('source_id', '=', sourceId).where('id', '=', checkId).forUpdate().executeTakeFirst();
}

export function setCheckHazard(db: Db, checkId: string, hazardId: string) {
  return db.updateTable('major_hazard_checks').set({ hazard_id: hazardId }).where('id', '=', checkId).returningAll().executeTakeFirstOrThrow();
}
