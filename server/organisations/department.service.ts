import type { Department, DepartmentCreate } from '../../core/organisations/department.schema.ts';
import type { Page, PageQuery } from '../../core/shared/pagination.ts';
import { offsetOf } from '../../core/shared/pagination.ts';
import { auditActorOf, type Actor } from '../auth/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import type { DepartmentsTable } from '../db/schema.ts';
import { isUniqueViolation } from '../db/errors.ts';
import { conflict, invalid, type ErrorDetail } from '../http/errors.ts';
import { referenceData } from './reference-data.ts';
import type { Selectable } from 'kysely';

export const presentDepartment = (d: Selectable<DepartmentsTable>): Department => ({
  id: d.id,
  name: d.name,
  regionCodes: d.region_codes,
  industryCodes: d.industry_codes,
  createdAt: d.created_at.toISOString(),
});

export async function listDepartments(db: Db, page: PageQuery): Promise<Page<Department>> {
  const [rows, count] = await Promise.all([
    db.selectFrom('departments').selectAll().orderBy('name').limit(page.pageSize).offset(offsetOf(page)).execute(),
    db.selectFrom('departments').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(presentDepartment), total: Number(count.n), ...page };
}

function checkCodes(input: DepartmentCreate) {
  const ref = referenceData();
  const details: ErrorDetail[] = [];
  input.regionCodes.forEach((c, i) => {
    if (!ref.region(c)) details.push({ path: `regionCodes.${i}`, message: `unknown region code ${c}` });
  });
  input.industryCodes.forEach((c, i) => {
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
    if (isUniqueViolation(error)) throw conflict(`A department named ${input.name} exists`, [{ path: 'name', message: 'is already taken' }]);
    throw error;
  }
}
