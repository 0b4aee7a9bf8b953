import type { Selectable } from 'kysely';
import { roleSchema } from '../../core/organisations/roles.ts';
import type { User, UserCreate, UserListItem, UserListQuery } from '../../core/organisations/user.schema.ts';
import { passwordProblems } from '../../core/auth/password-policy.ts';
import type { Page } from '../../core/shared/pagination.ts';
import { offsetOf } from '../../core/shared/pagination.ts';
import { recordAudit, type AuditActor } from '../audit/audit.service.ts';
import { hashPassword } from '../auth/password.ts';
import type { Db } from '../db/database.ts';
import { isForeignKeyViolation, isUniqueViolation } from '../db/errors.ts';
import type { UsersTable } from '../db/schema.ts';
import { conflict, invalid } from '../http/errors.ts';

export const presentUser = (u: Selectable<UsersTable>): User => ({
  id: u.id,
  username: u.username,
  displayName: u.display_name,
  role: roleSchema.parse(u.role),
  departmentId: u.department_id,
  enterpriseId: u.enterprise_id,
  active: !u.disabled,
  mustChangePassword: u.must_change_password,
  createdAt: u.created_at.toISOString(),
  updatedAt: u.updated_at.toISOString(),
});

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

export async function listUsers(db: Db, query: UserListQuery): Promise<Page<UserListItem>> {
  let filtered = db.selectFrom('users');
  if (query.role) filtered = filtered.where('users.role', '=', query.role);
  if (query.departmentId) filtered = filtered.where('users.department_id', '=', query.departmentId);
  if (query.enterpriseId) filtered = filtered.where('users.enterprise_id', '=', query.enterpriseId);
  if (query.active !== undefined) filtered = filtered.where('users.disabled', '=', !query.active);
  if (query.q) {
    const pattern = `%${escapeLike(query.q)}%`;
    filtered = filtered.where((eb) => eb.or([eb('users.username', 'ilike', pattern), eb('users.display_name', 'ilike', pattern)]));
  }
  const { page, pageSize } = query;
  const [rows, count] = await Promise.all([
    filtered
      .leftJoin('departments as d', 'd.id', 'users.department_id')
      .leftJoin('enterprises as e', 'e.id', 'users.enterprise_id')
      .selectAll('users')
      .select((eb) => eb.fn.coalesce('d.name', 'e.name').as('organisation_name'))
      .orderBy('users.username')
      .limit(pageSize)
      .offset(offsetOf(query))
      .execute(),
    filtered.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map((r) => ({ ...presentUser(r), organisationName: r.organisation_name })), total: Number(count.n), page, pageSize };
}

/** Used by the API, the CLI (`anquan user create`) and the demo seed; the password is never audited. */
export async function createUser(db: Db, actor: AuditActor, input: UserCreate): Promise<User> {
  // The schemas check it too; here no caller can set a password around the policy.
  const problems = passwordProblems(input.password, { username: input.username, displayName: input.displayName });
  if (problems.length > 0) throw invalid(problems.map((message) => ({ path: 'password', message })));
  const passwordHash = await hashPassword(input.password);
  try {
    const row = await db.transaction().execute(async (tx) => {
      if (input.departmentId) {
        const department = await tx.selectFrom('departments').select('active').where('id', '=', input.departmentId).forShare().executeTakeFirst();
        if (department && !department.active) throw invalid([{ path: 'departmentId', message: 'is deactivated' }]);
      }
      const created = await tx
        .insertInto('users')
        .values({
          username: input.username.toLowerCase(),
          password_hash: passwordHash,
          display_name: input.displayName,
          role: input.role,
          department_id: input.departmentId ?? null,
          enterprise_id: input.enterpriseId ?? null,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await recordAudit(tx, actor, { action: 'create', entity: 'user', entityId: created.id, after: presentUser(created) });
      return created;
    });
    return presentUser(row);
  } catch (error) {
    if (isUniqueViolation(error, 'users_username_key')) {
      throw conflict(`The username ${input.username} is taken`, [{ path: 'username', message: 'is already taken', reason: 'taken' }]);
    }
    if (isForeignKeyViolation(error)) {
      const path = input.departmentId ? 'departmentId' : 'enterpriseId';
      throw invalid([{ path, message: 'does not exist' }]);
    }
    throw error;
  }
}
