import type { z } from 'zod';
import { roleSchema } from '../../core/organisations/roles.ts';
import type { loginSchema } from '../../core/organisations/user.schema.ts';
import type { Db } from '../db/database.ts';
import { AppError } from '../http/errors.ts';
import { isThrottled, recordFailure } from './login-throttle.ts';
import { dummyPasswordHash, verifyPassword } from './password.ts';
import { evictSession } from './session-cache.ts';
import { createSession, deleteSession, hashToken } from './session.repository.ts';

export async function login(db: Db, input: z.output<typeof loginSchema>, ip: string) {
  const username = input.username.toLowerCase();
  if (await isThrottled(db, username, ip)) {
    throw new AppError('RATE_LIMITED', 'Too many failed sign-ins; wait a minute and try again');
  }
  const user = await db
    .selectFrom('users')
    .select(['id', 'username', 'display_name', 'role', 'department_id', 'enterprise_id', 'password_hash', 'disabled'])
    .where('username', '=', username)
    .executeTakeFirst();
  const ok = await verifyPassword(user?.password_hash ?? (await dummyPasswordHash()), input.password);
  if (!user || !ok || user.disabled) {
    await recordFailure(db, username, ip);
    throw new AppError('UNAUTHENTICATED', 'Wrong username or password');
  }
  const session = await createSession(db, user.id);
  return {
    ...session,
    user: {
      id: user.id,
      username: user.username,
      displayName: user.display_name,
      role: roleSchema.parse(user.role),
      departmentId: user.department_id,
      enterpriseId: user.enterprise_id,
    },
  };
}

export async function logout(db: Db, token: string) {
  const tokenHash = hashToken(token);
  await deleteSession(db, tokenHash);
  evictSession(tokenHash);
}
