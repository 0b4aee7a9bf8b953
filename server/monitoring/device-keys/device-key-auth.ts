import { createHash } from 'node:crypto';
import type { Db } from '../../db/database.ts';

export interface AuthenticatedDevice {
  /** null: readings relayed by an external broker, which authenticated the device itself. */
  keyId: string | null;
  enterpriseId: string | null;
  ratePerSec: number | null;
}

/** The external broker as a source: every enterprise's sensors, no per-key counters or rate limit. */
export const externalBrokerDevice: AuthenticatedDevice = { keyId: null, enterpriseId: null, ratePerSec: null };

/** Keys are 256-bit random values: a plain SHA-256 is a sufficient one-way hash (no password stretching needed). */
export const hashDeviceKey = (key: string) => createHash('sha256').update(key).digest('hex');

const CACHE_MS = 5_000;
const cache = new Map<string, { device: AuthenticatedDevice | undefined; until: number }>();

/** Forgets cached keys: a revocation takes effect at once in this instance, within CACHE_MS in others. */
export const forgetDeviceKeys = () => cache.clear();

/** The device of a presented key, or undefined for an unknown or revoked key. */
export async function authenticateDevice(db: Db, key: string | undefined, now = Date.now()): Promise<AuthenticatedDevice | undefined> {
  if (!key || key.length > 200) return undefined;
  const hash = hashDeviceKey(key);
  const hit = cache.get(hash);
  if (hit && hit.until > now) return hit.device;
  const row = await db
    .selectFrom('device_keys')
    .select(['id', 'enterprise_id', 'rate_per_sec'])
    .where('key_hash', '=', hash)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  const device = row ? { keyId: row.id, enterpriseId: row.enterprise_id, ratePerSec: row.rate_per_sec } : undefined;
  if (cache.size > 10_000) cache.clear();
  cache.set(hash, { device, until: now + CACHE_MS });
  return device;
}
