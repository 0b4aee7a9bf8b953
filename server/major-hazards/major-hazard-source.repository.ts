import type { Insertable, Selectable, Updateable } from 'kysely';
import type { MajorHazardSourceListQuery } from '../../core/major-hazards/major-hazard-source.schema.ts';
import type { Scope } from '../../core/organisations/scope.ts';
import type { Db } from '../db/database.ts';
import type { MajorHazardSourcesTable } from '../db/schema.ts';
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
