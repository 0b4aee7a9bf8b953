import { sql, type RawBuilder, type SqlBool } from 'kysely';
import { mayReadDraw } from '../../core/inspections/draw-publication.ts';
import { scopeOf, type Scope } from '../../core/organisations/scope.ts';
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';

/**
 * Who reads which draw (core/inspections/draw-publication.ts `mayReadDraw`) applied to stored draws. A draw is
 * its department's: the rule needs that department's scope, so departments are read with it (a few dozen rows).
 */

interface DepartmentRow {
  id: string;
  region_codes: string[];
  industry_codes: string[];
}

/** A department's scope, as its officers have it. */
const departmentScopeOf = (d: DepartmentRow) =>
  scopeOf({ role: 'regulator', department: { id: d.id, regionCodes: d.region_codes, industryCodes: d.industry_codes } }) as Extract<Scope, { kind: 'department' }>;

const departments = (db: Db) => db.selectFrom('departments').select(['id', 'region_codes', 'industry_codes']);

export async function mayRead(db: Db, viewer: Actor | null, draw: { department_id: string; published_at: Date | null }): Promise<boolean> {
  if (draw.published_at !== null) return true;
  const department = await departments(db).where('id', '=', draw.department_id).executeTakeFirstOrThrow();
  return mayReadDraw(viewer, { departmentScope: departmentScopeOf(department), publishedAt: null });
}

/** `mayRead` as a WHERE condition on `inspection_draws`: published, or drawn by a department whose draws the viewer reads unpublished. */
export async function readableCondition(db: Db, viewer: Actor | null): Promise<RawBuilder<SqlBool>> {
  const published = sql<SqlBool>`inspection_draws.published_at IS NOT NULL`;
  if (!viewer) return published;
  const readable = (await departments(db).execute())
    .filter((d) => mayReadDraw(viewer, { departmentScope: departmentScopeOf(d), publishedAt: null }))
    .map((d) => d.id);
  if (readable.length === 0) return published;
  return sql<SqlBool>`(${published} OR inspection_draws.department_id = ANY(${readable}::uuid[]))`;
}
