import { randomBytes } from 'node:crypto';
import { systemActor } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import { createUser } from '../organisations/user.service.ts';

/**
 * api.md: the built-in `admin` account is created with the database, with ANQUAN_ADMIN_PASSWORD or, when
 * unset, a random password that is returned here to be printed once.
 */
export async function ensureAdminAccount(db: Db, configured: string | undefined): Promise<{ created: boolean; password?: string }> {
  const existing = await db.selectFrom('users').select('id').where('username', '=', 'admin').executeTakeFirst();
  if (existing) return { created: false };
  const password = configured ?? randomBytes(12).toString('base64url');
  await createUser(db, systemActor(), { username: 'admin', password, displayName: '系统管理员', role: 'admin' });
  return { created: true, password: configured ? undefined : password };
}
