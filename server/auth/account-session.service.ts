import { passwordProblems } from '../../core/auth/password-policy.ts';
import type { PasswordChange, Session } from '../../core/organisations/user.schema.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import { AppError, invalid, notFound } from '../http/errors.ts';
import { auditActorOf, type Actor } from './actor.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { evictSession, evictUser } from './session-cache.ts';
import { deleteUserSession, deleteUserSessions, hashToken, listUserSessions } from './session.repository.ts';

/**
 * One's own password change (the built-in admin's too: ANQUAN_ADMIN_PASSWORD only seeds a new database).
 * The current password is required; the new one passes the policy with the account's own words, differs
 * from the current one, clears a temporary password's mark and ends the account's other sessions.
 */
export async function changeOwnPassword(db: Db, actor: Actor, token: string, input: PasswordChange): Promise<void> {
  const user = await db.selectFrom('users').select(['password_hash', 'display_name']).where('id', '=', actor.userId).executeTakeFirstOrThrow();
  if (!(await verifyPassword(user.password_hash, input.currentPassword))) {
    throw invalid([{ path: 'currentPassword', message: 'is not your current password' }]);
  }
  const problems = passwordProblems(input.newPassword, { username: actor.username, displayName: user.display_name });
  if (input.newPassword === input.currentPassword) problems.push('must differ from the current password');
  if (problems.length > 0) throw invalid(problems.map((message) => ({ path: 'newPassword', message })));
  const passwordHash = await hashPassword(input.newPassword);
  const keep = hashToken(token);
  const ended = await db.transaction().execute(async (tx) => {
    await tx.updateTable('users').set({ password_hash: passwordHash, must_change_password: false, updated_at: new Date() }).where('id', '=', actor.userId).execute();
    const ended = await deleteUserSessions(tx, actor.userId, keep);
    await recordAudit(tx, auditActorOf(actor), { action: 'change_password', entity: 'user', entityId: actor.userId, after: { otherSessionsEnded: ended.length } });
    return ended;
  });
  evictUser(actor.userId);
  ended.forEach(evictSession);
}

export async function listOwnSessions(db: Db, actor: Actor, token: string): Promise<{ items: Session[] }> {
  const current = hashToken(token);
  const rows = await listUserSessions(db, actor.userId);
  return {
    items: rows.map((r) => ({
      id: r.id,
      createdAt: r.created_at.toISOString(),
      expiresAt: r.expires_at.toISOString(),
      ip: r.ip,
      userAgent: r.user_agent,
      current: r.token_hash === current,
    })),
  };
}

/** Ends one of one's own sessions (the current one too: that is signing out). */
export async function revokeOwnSession(db: Db, actor: Actor, sessionId: string): Promise<void> {
  const ended = await db.transaction().execute(async (tx) => {
    const tokenHash = await deleteUserSession(tx, actor.userId, sessionId);
    if (!tokenHash) throw notFound('Session');
    await recordAudit(tx, auditActorOf(actor), { action: 'revoke_session', entity: 'user', entityId: actor.userId, after: { sessionId } });
    return tokenHash;
  });
  evictSession(ended);
}

/** For the authentication hook's callers: a token is needed to tell the current session. */
export function requireToken(token: string | undefined): string {
  if (!token) throw new AppError('UNAUTHENTICATED', 'Sign in first');
  return token;
}
