import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';
import { forbidden } from '../http/errors.ts';

/** Plans, draws, inspections and documents are a department's acts: the caller's department, with its name. */
export async function actingDepartment(db: Db, actor: Actor): Promise<{ id: string; name: string }> {
  if (!actor.departmentId) throw forbidden('Only an officer of a department may do this', 'no_department');
  const row = await db.selectFrom('departments').select(['id', 'name']).where('id', '=', actor.departmentId).executeTakeFirstOrThrow();
  return row;
}
