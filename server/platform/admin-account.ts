import { randomBytes } from 'node:crypto';
import { passwordProblems } from '../../core/auth/password-policy.ts';
import { BUILT_IN_ADMIN } from '../../core/organisations/user.schema.ts';
import { systemActor } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import { createUser } from '../organisations/user.service.ts';

/** 16 random base64url characters; drawn again in the (very rare) case the policy refuses them ("…admin…"). */
function generatedPassword(): string {
  for (;;) {
    const password = randomBytes(12).toString('base64url');
    if (passwordProblems(password, BUILT_IN_ADMIN).length === 0) return password;
  }
}

/**
 * api.md: the built-in `admin` account is created with the database, with ANQUAN_ADMIN_PASSWORD (checked
 * against the password policy when the configuration is read) or, when unset, a random password that is
 * returned here to be printed once.
 */
export async function ensureAdminAccount(db: Db, configured: string | undefined): Promise<{ created: boolean; password?: string }> {
  const existing = await db.selectFrom('users').select('id').where('username', '=', BUILT_IN_ADMIN.username).executeTakeFirst();
  if (existing) return { created: false };
  const password = configured ?? generatedPassword();
  await createUser(db, systemActor(), { ...BUILT_IN_ADMIN, password, role: 'admin' });
  return { created: true, password: configured ? undefined : password };
}
