import type { Department, DepartmentCreate, DepartmentUpdate } from '../../core/organisations/department.schema.ts';
import type { Page, PageQuery } from '../../core/shared/pagination.ts';
import { offsetOf } from '../../core/shared/pagination.ts';
import { auditActorOf, type Actor } from '../auth/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import type { DepartmentsTable } from '../db/schema.ts';
import { isUniqueViolation } from '../db/errors.ts';
import { conflict, invalid, notFound, refused, type ErrorDetail } from '../http/errors.ts';
import { evictUser } from '../auth/session-cache.ts';
import { referenceData } from './reference-data.ts';
import type { Selectable } from 'kysely';

export const presentDepartment = (d: Selectable<DepartmentsTable>): Department => ({
  id: d.id,
  name: d.name,
  regionCodes: d.region_codes,
  industryCodes: d.industry_codes,
  active: d.active,
  createdAt: d.created_at.toISOString(),
});

export async function listDepartments(db: Db, query: PageQuery & { active?: boolean | undefined }): Promise<Page<Department>> {
  let filtered = db.selectFrom('departments');
  if (query.active !== undefined) filtered = filtered.where('active', '=', query.active);
  const [rows, count] = await Promise.all([
    filtered.selectAll().orderBy('name').limit(query.pageSize).offset(offsetOf(query)).execute(),
    filtered.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(presentDepartment), total: Number(count.n), page: query.page, pageSize: query.pageSize };
}

function checkCodes(input: DepartmentUpdate) {
  const ref = referenceData();
  const details: ErrorDetail[] = [];
  input.regionCodes?.forEach((c, i) => {
    if (!ref.region(c)) details.push({ path: `regionCodes.${i}`, message: `unknown region code ${c}` });
  });
  input.industryCodes?.forEach((c, i) => {
    if (!ref.industry(c)) details.push({ path: `industryCodes.${i}`, message: `unknown GB/T 4754-2017 code ${c}` });
  });
  if (details.length) throw invalid(details);
}

export async function createDepartment(db: Db, actor: Actor, input: DepartmentCreate): Promise<Department> {
  checkCodes(input);
  try {
    const row = await db.transaction().execute(async (tx) => {
      const created = await tx
        .insertInto('departments')
        .values({ name: input.name, region_codes: [...new Set(input.regionCodes)], industry_codes: [...new Set(input.industryCodes)] })
        .returningAll()
        .executeTakeFirstOrThrow();
      await recordAudit(tx, auditActorOf(actor), { action: 'create', entity: 'department', entityId: created.id, after: presentDepartment(created) });
      return created;
    });
    return presentDepartment(row);
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(`A department named ${input.name} exists`, [{ path: 'name', message: 'is already taken', reason: 'taken' }]);
    throw error;
  }
}

/** Name and supervised regions and industries; the staff's scope follows at their next request. */
export async function updateDepartment(db: Db, actor: Actor, departmentId: string, input: DepartmentUpdate): Promise<Department> {
  checkCodes(input);
  try {
    const { row, staff } = await db.transaction().execute(async (tx) => {
      const before = await tx.selectFrom('departments').selectAll().where('id', '=', departmentId).forUpdate().executeTakeFirst();
      if (!before) throw notFound('Department');
      const updated = await tx
        .updateTable('departments')
        .set({
          name: input.name ?? before.name,
          region_codes: input.regionCodes ? [...new Set(input.regionCodes)] : before.region_codes,
          industry_codes: input.industryCodes ? [...new Set(input.industryCodes)] : before.industry_codes,
          updated_at: new Date(),
        })
        .where('id', '=', departmentId)
        .returningAll()
        .executeTakeFirstOrThrow();
      await recordAudit(tx, auditActorOf(actor), { action: 'update', entity: 'department', entityId: departmentId, before: presentDepartment(before), after: presentDepartment(updated) });
      const staff = await tx.selectFrom('users').select('id').where('department_id', '=', departmentId).execute();
      return { row: updated, staff };
    });
    staff.forEach((u) => evictUser(u.id));
    return presentDepartment(row);
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(`A department named ${input.name} exists`, [{ path: 'name', message: 'is already taken', reason: 'taken' }]);
    throw error;
  }
}

/**
 * A department is deactivated only when none of its accounts is active (move or deactivate them first: an
 * active regulator without a department would have no scope); no account can be assigned to it meanwhile.
 */
export async function setDepartmentActive(db: Db, actor: Actor, departmentId: string, active: boolean): Promise<Department> {
  const row = await db.transaction().execute(async (tx) => {
    const before = await tx.selectFrom('departments').selectAll().where('id', '=', departmentId).forUpdate().executeTakeFirst();
    if (!before) throw notFound('Department');
    if (before.active === active) return before;
    if (!active) {
      const staff = await tx
        .selectFrom('users')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('department_id', '=', departmentId)
        .where('disabled', '=', false)
        .executeTakeFirstOrThrow();
      const n = Number(staff.n);
      if (n > 0) throw refused(`The department has ${n} active account${n === 1 ? '' : 's'}: move or deactivate ${n === 1 ? 'it' : 'them'} first`, 'department_has_accounts', { count: n });
    }
    const updated = await tx.updateTable('departments').set({ active, updated_at: new Date() }).where('id', '=', departmentId).returningAll().executeTakeFirstOrThrow();
    await recordAudit(tx, auditActorOf(actor), {
      action: active ? 'reactivate' : 'deactivate',
      entity: 'department',
      entityId: departmentId,
      before: presentDepartment(before),
      after: presentDepartment(updated),
    });
    return updated;
  });
  return presentDepartment(row);
}
