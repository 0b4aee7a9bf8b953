import type { Actor } from './actor.ts';

/**
 * Resolved sessions, kept a few seconds per process so that a burst of requests with one token costs one
 * database lookup. The database stays the truth: a logout on this instance evicts at once; a logout, an
 * expiry or a disabled account seen by another instance takes effect here within TTL_MS
 * (docs/adr/0005-sessions-in-postgresql.md).
 */
export const TTL_MS = 5_000;
const MAX_ENTRIES = 10_000;

type CachedActor = Omit<Actor, 'ip'>;

const entries = new Map<string, { actor: CachedActor; until: number }>();

export function cachedActor(tokenHash: string, now = Date.now()): CachedActor | undefined {
  const entry = entries.get(tokenHash);
  if (!entry) return undefined;
  if (entry.until <= now) {
    entries.delete(tokenHash);
    return undefined;
  }
  return entry.actor;
}

export function cacheActor(tokenHash: string, actor: CachedActor, sessionExpiresAt: Date, now = Date.now()) {
  if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!); // oldest first
  entries.set(tokenHash, { actor, until: Math.min(now + TTL_MS, sessionExpiresAt.getTime()) });
}

export function evictSession(tokenHash: string) {
  entries.delete(tokenHash);
}

/** Forgets every cached session of a user whose account changed here (role, scope, deactivation, password). */
export function evictUser(userId: string) {
  for (const [tokenHash, entry] of entries) if (entry.actor.userId === userId) entries.delete(tokenHash);
}
