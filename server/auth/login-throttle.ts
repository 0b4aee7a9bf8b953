import type { Db } from '../db/database.ts';

/** Issue #2: 10 failed logins within a minute, for one username or from one IP address → 429. */
export const MAX_FAILURES = 10;
export const WINDOW_MS = 60_000;

export async function isThrottled(db: Db, username: string, ip: string, now = new Date()): Promise<boolean> {
  const since = new Date(now.getTime() - WINDOW_MS);
  const row = await db
    .selectFrom('login_failures')
    .select((eb) => [
      eb.fn.count<number>('id').filterWhere('username', '=', username).as('byUser'),
      eb.fn.count<number>('id').filterWhere('ip', '=', ip).as('byIp'),
    ])
    .where('at', '>', since)
    .where((eb) => eb.or([eb('username', '=', username), eb('ip', '=', ip)]))
    .executeTakeFirstOrThrow();
  return Number(row.byUser) >= MAX_FAILURES || Number(row.byIp) >= MAX_FAILURES;
}

export async function recordFailure(db: Db, username: string, ip: string) {
  await db.insertInto('login_failures').values({ username, ip }).execute();
  // Rows older than the window serve no purpose; trimming here keeps the table small without a job.
  await db.deleteFrom('login_failures').where('at', '<', new Date(Date.now() - 10 * WINDOW_MS)).execute();
}
