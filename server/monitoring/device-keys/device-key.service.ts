import { randomBytes } from 'node:crypto';
import { sql, type Selectable } from 'kysely';
import type { DeviceKey, DeviceKeyCreate } from '../../../core/monitoring/device-key.schema.ts';
import { offsetOf, type Page, type PageQuery } from '../../../core/shared/pagination.ts';
import { auditActorOf, type Actor } from '../../auth/actor.ts';
import { recordAudit, type AuditActor } from '../../audit/audit.service.ts';
import type { Db } from '../../db/database.ts';
import type { DeviceKeysTable } from '../../db/schema.ts';
import { notFound } from '../../http/errors.ts';
import { findEnterpriseById } from '../../organisations/enterprise.repository.ts';
import { inScope } from '../../organisations/scope-condition.ts';
import { forgetDeviceKeys, hashDeviceKey } from './device-key-auth.ts';

type Row = Selectable<DeviceKeysTable>;

function present(row: Row, rejections: Array<{ reason: string; count: number }>): DeviceKey {
  const byReason = Object.fromEntries(rejections.map((r) => [r.reason, Number(r.count)]));
  return {
    id: row.id,
    enterpriseId: row.enterprise_id,
    name: row.name,
    ratePerSec: row.rate_per_sec,
    createdAt: row.created_at.toISOString(),
    revokedAt: row.revoked_at?.toISOString() ?? null,
    lastSeenAt: row.last_seen_at?.toISOString() ?? null,
    counters: {
      accepted: Number(row.accepted),
      duplicates: Number(row.duplicates),
      rejected: rejections.reduce((n, r) => n + Number(r.count), 0),
      rejectedByReason: byReason,
    },
  };
}

async function rejectionsOf(db: Db, ids: string[]) {
  if (ids.length === 0) return new Map<string, Array<{ reason: string; count: number }>>();
  const rows = await db.selectFrom('device_key_rejections').selectAll().where('device_key_id', 'in', ids).execute();
  const map = new Map<string, Array<{ reason: string; count: number }>>();
  for (const r of rows) map.set(r.device_key_id, [...(map.get(r.device_key_id) ?? []), { reason: r.reason, count: r.count }]);
  return map;
}

/** A new key for an enterprise in the caller's scope; the key (43 characters, 256 random bits) is returned once. */
export async function createDeviceKey(db: Db, actor: Actor, input: DeviceKeyCreate) {
  const enterprise = await findEnterpriseById(db, actor.scope, input.enterpriseId);
  if (!enterprise) throw notFound('Enterprise');
  const key = randomBytes(32).toString('base64url');
  const row = await db.transaction().execute(async (tx) => {
    const created = await tx
      .insertInto('device_keys')
      .values({ enterprise_id: enterprise.id, name: input.name, key_hash: hashDeviceKey(key), rate_per_sec: input.ratePerSec ?? null, created_by: actor.userId })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(tx, auditActorOf(actor), { action: 'create', entity: 'device_key', entityId: created.id, after: { enterpriseId: enterprise.id, name: input.name, ratePerSec: input.ratePerSec ?? null } });
    return created;
  });
  return { ...present(row, []), key };
}

export async function listDeviceKeys(db: Db, actor: Actor, q: PageQuery & { enterpriseId?: string }): Promise<Page<DeviceKey>> {
  let base = db.selectFrom('device_keys').innerJoin('enterprises', 'enterprises.id', 'device_keys.enterprise_id').where(inScope(actor.scope, 'enterprises'));
  if (q.enterpriseId) base = base.where('device_keys.enterprise_id', '=', q.enterpriseId);
  const [rows, count] = await Promise.all([
    base.selectAll('device_keys').orderBy('device_keys.created_at', 'desc').orderBy('device_keys.id').limit(q.pageSize).offset(offsetOf(q)).execute(),
    base.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow(),
  ]);
  const rejections = await rejectionsOf(db, rows.map((r) => r.id));
  return { items: rows.map((r) => present(r, rejections.get(r.id) ?? [])), total: Number(count.n), page: q.page, pageSize: q.pageSize };
}

export async function getDeviceKey(db: Db, actor: Actor, id: string): Promise<DeviceKey> {
  const row = await db
    .selectFrom('device_keys')
    .innerJoin('enterprises', 'enterprises.id', 'device_keys.enterprise_id')
    .selectAll('device_keys')
    .where('device_keys.id', '=', id)
    .where(inScope(actor.scope, 'enterprises'))
    .executeTakeFirst();
  if (!row) throw notFound('Device key');
  return present(row, (await rejectionsOf(db, [id])).get(id) ?? []);
}

/** Revokes a key in the caller's scope (idempotent: a revoked key stays revoked at its first time). */
export async function revokeDeviceKey(db: Db, actor: Actor, id: string): Promise<DeviceKey> {
  await db.transaction().execute(async (tx) => {
    const row = await tx
      .selectFrom('device_keys')
      .innerJoin('enterprises', 'enterprises.id', 'device_keys.enterprise_id')
      .select(['device_keys.id', 'device_keys.revoked_at'])
      .where('device_keys.id', '=', id)
      .where(inScope(actor.scope, 'enterprises'))
      .forUpdate()
      .executeTakeFirst();
    if (!row) throw notFound('Device key');
    if (row.revoked_at) return;
    await tx.updateTable('device_keys').set({ revoked_at: new Date() }).where('id', '=', id).execute();
    await recordAudit(tx, auditActorOf(actor), { action: 'revoke', entity: 'device_key', entityId: id });
  });
  forgetDeviceKeys();
  return getDeviceKey(db, actor, id);
}

/**
 * A key minted by the platform itself (the demo simulator): no user scope; earlier unrevoked keys of the same
 * enterprise and name are revoked in the same transaction, so restarts do not pile keys up. Audited.
 */
export async function mintSystemDeviceKey(db: Db, actor: AuditActor, enterpriseId: string, name: string): Promise<{ id: string; key: string }> {
  const key = randomBytes(32).toString('base64url');
  const id = await db.transaction().execute(async (tx) => {
    const revoked = await tx
      .updateTable('device_keys')
      .set({ revoked_at: new Date() })
      .where('enterprise_id', '=', enterpriseId)
      .where('name', '=', name)
      .where('revoked_at', 'is', null)
      .returning('id')
      .execute();
    const created = await tx.insertInto('device_keys').values({ enterprise_id: enterpriseId, name, key_hash: hashDeviceKey(key) }).returning('id').executeTakeFirstOrThrow();
    await recordAudit(tx, actor, [
      ...revoked.map((r) => ({ action: 'revoke', entity: 'device_key', entityId: r.id })),
      { action: 'create', entity: 'device_key', entityId: created.id, after: { enterpriseId, name } },
    ]);
    return created.id;
  });
  forgetDeviceKeys();
  return { id, key };
}
