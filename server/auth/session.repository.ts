import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Db } from '../db/database.ts';
import type { Database } from '../db/schema.ts';

/** Sessions live in the database so that any instance behind a load balancer accepts any token. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

/** Only a hash of the token is stored: a leaked database backup holds no usable tokens. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Where a session signed in from, shown to its owner in "my sessions". */
export interface SessionOrigin {
  ip: string | null;
  userAgent: string | null;
}

export async function createSession(db: Kysely<Database>, userId: string, origin: SessionOrigin = { ip: null, userAgent: null }, now = new Date()) {
  const token = `aq_${randomBytes(32).toString('base64url')}`;
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  await db
    .insertInto('sessions')
    .values({ token_hash: hashToken(token), user_id: userId, expires_at: expiresAt, ip: origin.ip, user_agent: origin.userAgent?.slice(0, 300) ?? null })
    .execute();
  return { token, expiresAt };
}

export async function deleteSession(db: Db, tokenHash: string) {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

/** The user's unexpired sessions, newest first. */
export function listUserSessions(db: Kysely<Database>, userId: string) {
  return db
    .selectFrom('sessions')
    .select(['id', 'token_hash', 'ip', 'user_agent', 'created_at', 'expires_at'])
    .where('user_id', '=', userId)
    .where('expires_at', '>', new Date())
    .orderBy('created_at', 'desc')
    .execute();
}

/** Ends the user's sessions (but the one of `keepTokenHash`); answers the hashes it ended, to evict them from the cache. */
export async function deleteUserSessions(db: Kysely<Database>, userId: string, keepTokenHash?: string): Promise<string[]> {
  let query = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (keepTokenHash) query = query.where('token_hash', '<>', keepTokenHash);
  const rows = await query.returning('token_hash').execute();
  return rows.map((r) => r.token_hash);
}

/** Ends one of the user's sessions by its id; undefined when the user has no such session. */
export async function deleteUserSession(db: Kysely<Database>, userId: string, sessionId: string): Promise<string | undefined> {
  const row = await db.deleteFrom('sessions').where('user_id', '=', userId).where('id', '=', sessionId).returning('token_hash').executeTakeFirst();
  return row?.token_hash;
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
      'u.must_change_password',
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
