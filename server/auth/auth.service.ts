import type { z } from 'zod';
import { addressKey, describeWait, retryAfterSeconds, type LockKind, type LoginThrottlePolicy } from '../../core/auth/login-throttle.ts';
import { roleSchema } from '../../core/organisations/roles.ts';
import type { loginSchema } from '../../core/organisations/user.schema.ts';
import type { Db } from '../db/database.ts';
import { AppError } from '../http/errors.ts';
import { beginAttempt, recordFailure, recordSuccess } from './login-throttle.ts';
import { dummyPasswordHash, verifyPassword } from './password.ts';
import { evictSession } from './session-cache.ts';
import { createSession, deleteSession, hashToken } from './session.repository.ts';

const lockMessage: Record<LockKind, (wait: string) => string> = {
  accountAddress: (wait) => `Too many failed sign-ins for this account from your address; try again in ${wait}`,
  account: (wait) =>
    `Too many failed sign-ins for this account; sign in from an address you have used before, try again in ${wait}, or ask the administrator to lift the lock`,
  address: (wait) => `Too many failed sign-ins from your address; try again in ${wait}, or ask the administrator to lift the lock`,
};

export async function login(db: Db, policy: LoginThrottlePolicy, input: z.output<typeof loginSchema>, ip: string, userAgent?: string) {
  const username = input.username.toLowerCase();
  const address = addressKey(ip);
  const attempt = await beginAttempt(db, policy, username, address);
  if (attempt.lock) {
    const seconds = retryAfterSeconds(attempt.lock.until, new Date());
    throw new AppError('RATE_LIMITED', lockMessage[attempt.lock.kind](describeWait(seconds)), undefined, seconds);
  }
  const user = await db
    .selectFrom('users')
    .select(['id', 'username', 'display_name', 'role', 'department_id', 'enterprise_id', 'password_hash', 'disabled', 'must_change_password'])
    .where('username', '=', username)
    .executeTakeFirst();
  const ok = await verifyPassword(user?.password_hash ?? (await dummyPasswordHash()), input.password);
  if (!user || !ok || user.disabled) {
    await recordFailure(db, policy);
    throw new AppError('UNAUTHENTICATED', 'Wrong username or password');
  }
  await recordSuccess(db, policy, username, address);
  const session = await createSession(db, user.id, { ip, userAgent: userAgent ?? null });
  return {
    ...session,
    user: {
      id: user.id,
      username: user.username,
      displayName: user.display_name,
      role: roleSchema.parse(user.role),
      departmentId: user.department_id,
      enterpriseId: user.enterprise_id,
      mustChangePassword: user.must_change_password,
    },
  };
}

export async function logout(db: Db, token: string) {
  const tokenHash = hashToken(token);
  await deleteSession(db, tokenHash);
  evictSession(tokenHash);
}
