import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../db/database.ts';

/** Sessions live in the database so that any instance behind a load balancer accepts any token. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

/** Only a hash of the token is stored: a leaked database backup holds no usable tokens. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSession(db: Db, userId: string, now = new Date()) {
  const token = `aq_${randomBytes(32).toString('base64url')}`;
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  await db.insertInto('sessions').values({ token_hash: hashToken(token), user_id: userId, expires_at: expiresAt }).execute();
  return { token, expiresAt };
}

export async function deleteSession(db: Db, tokenHash: string) {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

/** The signed-in user behind a token's hash, with the department that gives a regulator or inspector its scope. */
export function findSessionUser(db: Db, tokenHash: string) {
  return db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .leftJoin('departments as d', 'd.id', 'u.department_id')
    .select([
      'u.id',
      'u.username',
      'u.display_name',
      'u.role',
      'u.department_id',
      'u.enterprise_id',
      'd.region_codes',
      'd.industry_codes',
      's.expires_at',
    ])
    .where('s.token_hash', '=', tokenHash)
    .where('s.expires_at', '>', new Date())
    .where('u.disabled', '=', false)
    .executeTakeFirst();
}

export async function deleteExpiredSessions(db: Db) {
  await db.deleteFrom('sessions').where('expires_at', '<=', new Date()).execute();
}
