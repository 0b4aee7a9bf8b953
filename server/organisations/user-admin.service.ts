import type { Kysely, Selectable } from 'kysely';
import { passwordProblems } from '../../core/auth/password-policy.ts';
import { accountLinkProblems, lastAdminRefusal } from '../../core/organisations/account-rules.ts';
import { needsDepartment, needsEnterprise, roleSchema } from '../../core/organisations/roles.ts';
import type { User, UserUpdate } from '../../core/organisations/user.schema.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { auditActorOf, type Actor } from '../auth/actor.ts';
import { hashPassword } from '../auth/password.ts';
import { evictSession, evictUser } from '../auth/session-cache.ts';
import { deleteUserSessions } from '../auth/session.repository.ts';
import type { Db } from '../db/database.ts';
import { isForeignKeyViolation } from '../db/errors.ts';
import type { Database, UsersTable } from '../db/schema.ts';
import { conflict, invalid, notFound, refused } from '../http/errors.ts';
import { presentUser } from './user.service.ts';

/**
 * An administrator's changes to an account. Each runs in one transaction with its audit event; the active
 * admins are locked first, so two concurrent changes cannot both remove "the other" last admin.
 */

async function lockForChange(tx: Kysely<Database>, userId: string) {
  const admins = await tx.selectFrom('users').select('id').where('role', '=', 'admin').where('disabled', '=', false).forUpdate().execute();
  const user = await tx.selectFrom('users').selectAll().where('id', '=', userId).forUpdate().executeTakeFirst();
  if (!user) throw notFound('User');
  return { activeAdminIds: admins.map((a) => a.id), user };
}

const stateOf = (u: Selectable<UsersTable>) => ({ id: u.id, role: roleSchema.parse(u.role), active: !u.disabled });

async function assertDepartmentActive(tx: Kysely<Database>, departmentId: string | null) {
  if (!departmentId) return;
  const department = await tx.selectFrom('departments').select('active').where('id', '=', departmentId).forShare().executeTakeFirst();
  if (!department) throw invalid([{ path: 'departmentId', message: 'does not exist' }]);
  if (!department.active) throw invalid([{ path: 'departmentId', message: 'is deactivated' }]);
}

function endSessions(userId: string, tokenHashes: string[]) {
  evictUser(userId);
  tokenHashes.forEach(evictSession);
}

/**
 * Display name, role and department or enterprise. A link the new role does not take is dropped unless sent;
 * the resulting role and links must fit together (400 on the field), and the last active admin keeps its role (409).
 */
export async function updateUser(db: Db, actor: Actor, userId: string, input: UserUpdate): Promise<User> {
  try {
    const row = await db.transaction().execute(async (tx) => {
      const { activeAdminIds, user } = await lockForChange(tx, userId);
      const role = input.role ?? roleSchema.parse(user.role);
      const departmentId = input.departmentId !== undefined ? input.departmentId : needsDepartment(role) ? user.department_id : null;
      const enterpriseId = input.enterpriseId !== undefined ? input.enterpriseId : needsEnterprise(role) ? user.enterprise_id : null;
      const problems = accountLinkProblems(role, { departmentId, enterpriseId });
      if (problems.length > 0) throw invalid(problems);
      if (departmentId !== user.department_id) await assertDepartmentActive(tx, departmentId);
      const refusal = lastAdminRefusal(activeAdminIds, stateOf(user), { role, active: !user.disabled });
      if (refusal) throw conflict(refusal, [{ path: 'role', message: 'the last active administrator must stay one', reason: 'last_admin' }]);
      const updated = await tx
        .updateTable('users')
        .set({ display_name: input.displayName ?? user.display_name, role, department_id: departmentId, enterprise_id: enterpriseId, updated_at: new Date() })
        .where('id', '=', userId)
        .returningAll()
        .executeTakeFirstOrThrow();
      await recordAudit(tx, auditActorOf(actor), { action: 'update', entity: 'user', entityId: userId, before: presentUser(user), after: presentUser(updated) });
      return updated;
    });
    evictUser(userId);
    return presentUser(row);
  } catch (error) {
    if (isForeignKeyViolation(error)) throw invalid([{ path: 'enterpriseId', message: 'does not exist' }]);
    throw error;
  }
}

/** Deactivation ends every session of the account at once; the last active admin stays (409). */
export async function setUserActive(db: Db, actor: Actor, userId: string, active: boolean): Promise<User> {
  const { row, ended } = await db.transaction().execute(async (tx) => {
    const { activeAdminIds, user } = await lockForChange(tx, userId);
    if (active === !user.disabled) return { row: user, ended: [] };
    const refusal = lastAdminRefusal(activeAdminIds, stateOf(user), { role: roleSchema.parse(user.role), active });
    if (refusal) throw refused(refusal, 'last_admin');
    if (active) {
      const department = user.department_id
        ? await tx.selectFrom('departments').select(['name', 'active']).where('id', '=', user.department_id).forShare().executeTakeFirstOrThrow()
        : undefined;
      if (department && !department.active) throw refused(`The department ${department.name} is deactivated: reactivate it or move the account first`, 'department_inactive', { name: department.name });
    }
    const updated = await tx.updateTable('users').set({ disabled: !active, updated_at: new Date() }).where('id', '=', userId).returningAll().executeTakeFirstOrThrow();
    const ended = active ? [] : await deleteUserSessions(tx, userId);
    await recordAudit(tx, auditActorOf(actor), {
      action: active ? 'reactivate' : 'deactivate',
      entity: 'user',
      entityId: userId,
      before: presentUser(user),
      after: { ...presentUser(updated), sessionsEnded: ended.length },
    });
    return { row: updated, ended };
  });
  endSessions(userId, ended);
  return presentUser(row);
}

/**
 * An administrator sets a temporary password (never audited, never returned); the account's sessions end and
 * it must choose its own password at its next sign-in. One's own password is changed with the current one instead.
 */
export async function resetPassword(db: Db, actor: Actor, userId: string, temporaryPassword: string): Promise<User> {
  if (userId === actor.userId) throw refused('Change your own password with your current password (POST /api/v1/auth/password)', 'own_password');
  const target = await db.selectFrom('users').select(['username', 'display_name']).where('id', '=', userId).executeTakeFirst();
  if (!target) throw notFound('User');
  const problems = passwordProblems(temporaryPassword, { username: target.username, displayName: target.display_name });
  if (problems.length > 0) throw invalid(problems.map((message) => ({ path: 'temporaryPassword', message })));
  const passwordHash = await hashPassword(temporaryPassword);
  const { row, ended } = await db.transaction().execute(async (tx) => {
    const updated = await tx
      .updateTable('users')
      .set({ password_hash: passwordHash, must_change_password: true, updated_at: new Date() })
      .where('id', '=', userId)
      .returningAll()
      .executeTakeFirstOrThrow();
    const ended = await deleteUserSessions(tx, userId);
    await recordAudit(tx, auditActorOf(actor), { action: 'reset_password', entity: 'user', entityId: userId, after: { sessionsEnded: ended.length } });
    return { row: updated, ended };
  });
  endSessions(userId, ended);
  return presentUser(row);
}

/** Ends every session of an account (a lost phone, a departed clerk); the account itself stays as it is. */
export async function revokeUserSessions(db: Db, actor: Actor, userId: string): Promise<{ ended: number }> {
  const ended = await db.transaction().execute(async (tx) => {
    const user = await tx.selectFrom('users').select('id').where('id', '=', userId).executeTakeFirst();
    if (!user) throw notFound('User');
    const ended = await deleteUserSessions(tx, userId);
    await recordAudit(tx, auditActorOf(actor), { action: 'revoke_sessions', entity: 'user', entityId: userId, after: { sessionsEnded: ended.length } });
    return ended;
  });
  endSessions(userId, ended);
  return { ended: ended.length };
}
