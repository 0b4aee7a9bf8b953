import { sql, type Insertable, type RawBuilder, type Selectable, type SqlBool } from 'kysely';
import type { Scope } from '../../core/organisations/scope.ts';
import type { Db } from '../db/database.ts';
import type { ChecklistItemsTable, ChecklistsTable } from '../db/schema.ts';
import { inScope } from '../organisations/scope-condition.ts';

export type ChecklistRow = Selectable<ChecklistsTable>;
export type ChecklistItemRow = Selectable<ChecklistItemsTable>;

/**
 * The custom checklists a caller sees: the city sees all; a department its own and those of the enterprises it
 * supervises; an enterprise its own and those of the departments that supervise it (the same region ∩ industry
 * rule as `inScope`, seen from the enterprise).
 */
function visibleTo(scope: Scope): RawBuilder<SqlBool> {
  switch (scope.kind) {
    case 'city':
      return sql<SqlBool>`true`;
    case 'department':
      return sql<SqlBool>`(checklists.department_id = ${scope.departmentId} OR EXISTS (
        SELECT 1 FROM enterprises WHERE enterprises.id = checklists.enterprise_id AND ${inScope(scope, 'enterprises')}))`;
    case 'enterprise':
      return sql<SqlBool>`(checklists.enterprise_id = ${scope.enterpriseId} OR EXISTS (
        SELECT 1 FROM departments d JOIN enterprises e ON e.id = ${scope.enterpriseId}
        WHERE d.id = checklists.department_id AND e.region_path && d.region_codes AND e.industry_path && d.industry_codes))`;
  }
}

function listCondition(scope: Scope, industryAncestors: readonly string[] | undefined): RawBuilder<SqlBool> {
  const c = [visibleTo(scope)];
  if (industryAncestors) c.push(sql<SqlBool>`checklists.industry_scope && ${industryAncestors}::text[]`);
  return sql<SqlBool>`${sql.join(c, sql` AND `)}`;
}

/** A page of visible custom checklists, newest first, and their number. */
export async function listChecklists(db: Db, scope: Scope, industryAncestors: readonly string[] | undefined, limit: number, offset: number) {
  const where = listCondition(scope, industryAncestors);
  const [rows, count] = await Promise.all([
    limit === 0
      ? Promise.resolve([] as ChecklistRow[])
      : db.selectFrom('checklists').selectAll().where(where).orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).offset(offset).execute(),
    db.selectFrom('checklists').select((eb) => eb.fn.countAll<number>().as('n')).where(where).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export function findChecklist(db: Db, scope: Scope | null, id: string): Promise<ChecklistRow | undefined> {
  let q = db.selectFrom('checklists').selectAll().where('id', '=', id);
  if (scope) q = q.where(visibleTo(scope));
  return q.executeTakeFirst();
}

export function itemsOf(db: Db, checklistIds: readonly string[]): Promise<ChecklistItemRow[]> {
  if (checklistIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('checklist_items').selectAll().where('checklist_id', 'in', checklistIds).orderBy('checklist_id').orderBy('position').execute();
}

export function insertChecklist(db: Db, row: Insertable<ChecklistsTable>) {
  return db.insertInto('checklists').values(row).returningAll().executeTakeFirstOrThrow();
}

export function insertChecklistItems(db: Db, rows: Insertable<ChecklistItemsTable>[]) {
  return db.insertInto('checklist_items').values(rows).returningAll().execute();
}
