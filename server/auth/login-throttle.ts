import { sql } from 'kysely';
import type { LoginLock } from '../../core/auth/login-lock.schema.ts';
import { lockedUntil, windowMs, type LockKind, type LoginThrottlePolicy, type ThrottleRule } from '../../core/auth/login-throttle.ts';
import type { Db } from '../db/database.ts';

/**
 * Sign-in throttling state in PostgreSQL (docs/adr, password policy and login throttling): every instance
 * that shares the database sees the same failures, and a restart forgets none. The rules are in
 * core/auth/login-throttle.ts.
 */

export type AttemptStart = { attemptId: number; lock?: undefined } | { lock: { kind: LockKind; until: Date }; attemptId?: undefined };

const longestWindowMs = (p: LoginThrottlePolicy) => Math.max(windowMs(p.accountAddress), windowMs(p.account), windowMs(p.address));
const since = (rule: ThrottleRule, now: Date) => new Date(now.getTime() - windowMs(rule));

/**
 * Counts the attempt as a failure *before* the password is checked (argon2 takes a few hundred
 * milliseconds), so that a burst of parallel guesses cannot all pass the check; then decides. A refused
 * attempt is not counted: retrying while locked does not prolong the lock for others.
 */
export async function beginAttempt(db: Db, policy: LoginThrottlePolicy, username: string, address: string, now = new Date()): Promise<AttemptStart> {
  const { id } = await db.insertInto('login_failures').values({ username, address, at: now }).returning('id').executeTakeFirstOrThrow();
  const nthNewest = (rule: ThrottleRule, scope: { username?: string; address?: string }) => {
    let q = db.selectFrom('login_failures').select('at').where('id', '<>', id).where('at', '>', since(rule, now));
    if (scope.username !== undefined) q = q.where('username', '=', scope.username);
    if (scope.address !== undefined) q = q.where('address', '=', scope.address);
    // The limit holds when `maxFailures` others are in the window: the newest one that makes the count.
    return q.orderBy('at', 'desc').offset(rule.maxFailures - 1).limit(1);
  };
  const row = await db
    .selectNoFrom((eb) => [
      nthNewest(policy.accountAddress, { username, address }).as('accountAddress'),
      nthNewest(policy.account, { username }).as('account'),
      nthNewest(policy.address, { address }).as('address'),
      eb
        .exists(
          eb
            .selectFrom('login_known_addresses')
            .select(sql.lit(1).as('one'))
            .where('username', '=', username)
            .where('address', '=', address)
            .where('last_success_at', '>', new Date(now.getTime() - policy.knownAddressDays * 86_400_000)),
        )
        .as('known'),
    ])
    .executeTakeFirstOrThrow();
  const locks: { kind: LockKind; until: Date | null }[] = [{ kind: 'accountAddress', until: lockedUntil(policy.accountAddress, row.accountAddress, now) }];
  // From an address the account has signed in from, only the account + address limit applies.
  if (!row.known) {
    locks.push({ kind: 'account', until: lockedUntil(policy.account, row.account, now) });
    locks.push({ kind: 'address', until: lockedUntil(policy.address, row.address, now) });
  }
  const held = locks.filter((l): l is { kind: LockKind; until: Date } => l.until !== null).sort((a, b) => b.until.getTime() - a.until.getTime());
  if (held.length === 0) return { attemptId: id };
  await db.deleteFrom('login_failures').where('id', '=', id).execute();
  return { lock: held[0]! };
}

/** The password was wrong: the attempt stays counted; failures older than every window go. */
export async function recordFailure(db: Db, policy: LoginThrottlePolicy, now = new Date()) {
  await db.deleteFrom('login_failures').where('at', '<', new Date(now.getTime() - longestWindowMs(policy))).execute();
}

/**
 * Signed in: the account's failures from this address are forgiven (the limit counts consecutive failures),
 * and the address becomes known for the account. Failures from elsewhere stay counted.
 */
export async function recordSuccess(db: Db, policy: LoginThrottlePolicy, username: string, address: string, now = new Date()) {
  await db.deleteFrom('login_failures').where('username', '=', username).where('address', '=', address).execute();
  await db
    .insertInto('login_known_addresses')
    .values({ username, address, last_success_at: now })
    .onConflict((oc) => oc.columns(['username', 'address']).doUpdateSet({ last_success_at: now }))
    .execute();
  await db.deleteFrom('login_known_addresses').where('last_success_at', '<', new Date(now.getTime() - policy.knownAddressDays * 86_400_000)).execute();
}

/** Every limit that holds now, latest lift first. */
export async function listLocks(db: Db, policy: LoginThrottlePolicy, now = new Date()): Promise<LoginLock[]> {
  const grouped = async (kind: LockKind, rule: ThrottleRule, by: ('username' | 'address')[]) => {
    const rows = await db
      .selectFrom('login_failures')
      .select(by)
      .select((eb) => [
        eb.fn.countAll<string>().as('failures'),
        sql<Date>`(array_agg(at ORDER BY at DESC))[${sql.lit(rule.maxFailures)}]`.as('nth'),
      ])
      .where('at', '>', since(rule, now))
      .groupBy(by)
      .having((eb) => eb.fn.countAll(), '>=', rule.maxFailures)
      .execute();
    return rows.flatMap((r): LoginLock[] => {
      const until = lockedUntil(rule, new Date(r.nth), now);
      if (!until) return [];
      const row = r as { username?: string; address?: string };
      return [{ kind, username: row.username ?? null, address: row.address ?? null, failures: Number(r.failures), until: until.toISOString() }];
    });
  };
  const all = [
    ...(await grouped('accountAddress', policy.accountAddress, ['username', 'address'])),
    ...(await grouped('account', policy.account, ['username'])),
    ...(await grouped('address', policy.address, ['address'])),
  ];
  return all.sort((a, b) => b.until.localeCompare(a.until));
}

/** Forgets the failures behind a lock; returns how many. */
export async function deleteFailures(db: Db, scope: { username?: string; address?: string }): Promise<number> {
  let q = db.deleteFrom('login_failures');
  if (scope.username !== undefined) q = q.where('username', '=', scope.username);
  if (scope.address !== undefined) q = q.where('address', '=', scope.address);
  const result = await q.executeTakeFirst();
  return Number(result.numDeletedRows);
}
