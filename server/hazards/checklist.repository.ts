import { sql, type Insertable, type RawBuilder, type Selectable, type SqlBool } from 'kysely';
import type { Scope } from '../../core/organisations/scope.ts';
import type { Db } from '../db/database.ts';
import type { ChecklistItemsTable, ChecklistsTable } from '../db/schema.ts';
import { inScope } from '../organisations/scope-condition.ts';

export type ChecklistRow = Selectable<ChecklistsTable> & { in_use: boolean };
export type ChecklistItemRow = Selectable<ChecklistItemsTable>;

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

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

/** A plan or an expert campaign refers to the list (indexed on both sides). */
const inUse = sql<boolean>`(EXISTS (SELECT 1 FROM investigation_plans p WHERE p.checklist_id = checklists.id)
  OR EXISTS (SELECT 1 FROM expert_campaigns c WHERE c.checklist_id = checklists.id))`;

export interface ChecklistFilter {
  /** Each entry: the GB/T 4754 ancestors of one industry; the list must cover every one of them. */
  industries: (readonly string[])[];
  q: string | undefined;
  retired: boolean;
}

function listCondition(scope: Scope, f: ChecklistFilter): RawBuilder<SqlBool> {
  const c = [visibleTo(scope), f.retired ? sql<SqlBool>`checklists.retired_at IS NOT NULL` : sql<SqlBool>`checklists.retired_at IS NULL`];
  for (const ancestors of f.industries) c.push(sql<SqlBool>`checklists.industry_scope && ${ancestors}::text[]`);
  if (f.q) c.push(sql<SqlBool>`checklists.name ILIKE ${`%${escapeLike(f.q)}%`}`);
  return sql<SqlBool>`${sql.join(c, sql` AND `)}`;
}

const withUse = (db: Db) => db.selectFrom('checklists').selectAll('checklists').select(inUse.as('in_use'));

/** A page of visible custom checklists, newest first, and their number. */
export async function listChecklists(db: Db, scope: Scope, filter: ChecklistFilter, limit: number, offset: number) {
  const where = listCondition(scope, filter);
  const [rows, count] = await Promise.all([
    limit === 0
      ? Promise.resolve([] as ChecklistRow[])
      : withUse(db).where(where).orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).offset(offset).execute(),
    db.selectFrom('checklists').select((eb) => eb.fn.countAll<number>().as('n')).where(where).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export function findChecklist(db: Db, scope: Scope | null, id: string, options: { forUpdate?: boolean } = {}): Promise<ChecklistRow | undefined> {
  let q = withUse(db).where('checklists.id', '=', id);
  if (scope) q = q.where(visibleTo(scope));
  if (options.forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
}

export function itemsOf(db: Db, checklistIds: readonly string[]): Promise<ChecklistItemRow[]> {
  if (checklistIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('checklist_items').selectAll().where('checklist_id', 'in', checklistIds).orderBy('checklist_id').orderBy('position').execute();
}

export async function insertChecklist(db: Db, row: Insertable<ChecklistsTable>): Promise<ChecklistRow> {
  return { ...(await db.insertInto('checklists').values(row).returningAll().executeTakeFirstOrThrow()), in_use: false };
}

export function insertChecklistItems(db: Db, rows: Insertable<ChecklistItemsTable>[]) {
  return db.insertInto('checklist_items').values(rows).returningAll().execute();
}

/** Replaces a list's name, scope and items (only while nothing refers to them: the service checks). */
export async function replaceChecklist(db: Db, id: string, row: Pick<Insertable<ChecklistsTable>, 'name' | 'industry_scope'>, items: Insertable<ChecklistItemsTable>[], now: Date) {
  await db.deleteFrom('checklist_items').where('checklist_id', '=', id).execute();
  const updated = await db.updateTable('checklists').set({ ...row, updated_at: now }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
  return { row: { ...updated, in_use: false } as ChecklistRow, items: await insertChecklistItems(db, items) };
}

export async function retireChecklist(db: Db, id: string, by: string, now: Date): Promise<ChecklistRow> {
  const row = await db.updateTable('checklists').set({ retired_at: now, retired_by_name: by, updated_at: now }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
  return { ...row, in_use: (await findChecklist(db, null, id))?.in_use ?? false };
}
