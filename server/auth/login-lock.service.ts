import { addressKey, type LoginThrottlePolicy } from '../../core/auth/login-throttle.ts';
import type { LoginLock, LoginUnlock } from '../../core/auth/login-lock.schema.ts';
import { recordAudit, type AuditActor } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import { deleteFailures, listLocks } from './login-throttle.ts';

export const listLoginLocks = (db: Db, policy: LoginThrottlePolicy): Promise<LoginLock[]> => listLocks(db, policy);

/**
 * The administrator lifts a lock by forgetting the failures behind it: of the account (from every address),
 * of the address (for every account), or of the account from that address. Audited.
 */
export async function unlockLogin(db: Db, actor: AuditActor, input: LoginUnlock): Promise<{ removedFailures: number }> {
  // The address as listed, or as the client's own: both count under the same key.
  const address = input.address === undefined ? undefined : input.address.endsWith('/64') ? input.address : addressKey(input.address);
  const scope = { username: input.username, address };
  return db.transaction().execute(async (tx) => {
    const removedFailures = await deleteFailures(tx, scope);
    await recordAudit(tx, actor, {
      action: 'unlock',
      entity: 'login_lock',
      entityId: `${scope.username ?? '*'}@${scope.address ?? '*'}`,
      after: { username: scope.username ?? null, address: scope.address ?? null, removedFailures },
    });
    return { removedFailures };
  });
}
