import { sql, type Selectable, type Transaction } from 'kysely';
import type { AuditEvent, AuditQuery } from '../../core/audit/audit.schema.ts';
import { offsetOf, type Page } from '../../core/shared/pagination.ts';
import type { Db } from '../db/database.ts';
import type { AuditEventsTable, Database } from '../db/schema.ts';
import { auditHash, GENESIS_HASH, type HashedFields } from './audit-hash.ts';

/** Who did it: a signed-in user, or the platform itself (start-up seeding, CLI, scheduler). */
export interface AuditActor {
  userId: string | null;
  name: string;
  ip: string | null;
}

export const systemActor = (name = 'system'): AuditActor => ({ userId: null, name, ip: null });

export interface AuditEventInput {
  action: string;
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/** Serialises the chain: each writer holds it until its transaction ends. */
const AUDIT_CHAIN_LOCK = 72_616_002;

/** Plain JSON as jsonb will hold it (dates become strings), so that the hash survives the round trip. */
const asJson = (v: unknown) => (v === undefined ? null : (JSON.parse(JSON.stringify(v)) as unknown));

/**
 * Appends audit events inside the caller's transaction: the change and its audit row commit together or
 * not at all. Writers take a transaction-scoped advisory lock so that the chain has one order.
 */
export async function recordAudit(tx: Transaction<Database>, actor: AuditActor, events: AuditEventInput | AuditEventInput[]) {
  const list = Array.isArray(events) ? events : [events];
  if (list.length === 0) return;
  await sql`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`.execute(tx);
  const last = await tx.selectFrom('audit_events').select('hash').orderBy('id', 'desc').limit(1).executeTakeFirst();
  let prevHash = last?.hash ?? GENESIS_HASH;
  const at = new Date();
  const rows = list.map((e) => {
    const fields = {
      at,
      actorId: actor.userId,
      actorName: actor.name,
      action: e.action,
      entity: e.entity,
      entityId: e.entityId,
      before: asJson(e.before),
      after: asJson(e.after),
      ip: actor.ip,
    };
    const hash = auditHash(prevHash, fields);
    const row = {
      at,
      actor_id: fields.actorId,
      actor_name: fields.actorName,
      action: fields.action,
      entity: fields.entity,
      entity_id: fields.entityId,
      before: fields.before === null ? null : JSON.stringify(fields.before),
      after: fields.after === null ? null : JSON.stringify(fields.after),
      ip: fields.ip,
      prev_hash: prevHash,
      hash,
    };
    prevHash = hash;
    return row;
  });
  // One statement for a batch; ids follow array order, which is the chain order.
  for (let i = 0; i < rows.length; i += 1000) await tx.insertInto('audit_events').values(rows.slice(i, i + 1000)).execute();
}

export type VerifyResult = { ok: true; rows: number } | { ok: false; rows: number; brokenAt: string; reason: string };

/** Recomputes the chain in id order, in batches; reports the first row whose hash or link does not hold. */
export async function verifyAuditChain(db: Db, batchSize = 5000): Promise<VerifyResult> {
  let prevHash = GENESIS_HASH;
  let afterId = 0;
  let count = 0;
  for (;;) {
    const batch = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('id', '>', afterId)
      .orderBy('id')
      .limit(batchSize)
      .execute();
    if (batch.length === 0) return { ok: true, rows: count };
    for (const r of batch) {
      const id = String(r.id);
      if (r.prev_hash !== prevHash) return { ok: false, rows: count, brokenAt: id, reason: 'link to the previous row does not match (a row was changed, removed or inserted before it)' };
      const expected = auditHash(prevHash, hashedFieldsOf(r));
      if (expected !== r.hash) return { ok: false, rows: count, brokenAt: id, reason: 'content does not match its hash' };
      prevHash = r.hash;
      afterId = r.id;
      count++;
    }
  }
}

/**
 * Entity types whose records belong to one enterprise, and their tables (each has an index leading with
 * enterprise_id): "the trail of an enterprise" is the enterprise's own events and those of these records.
 */
const ENTERPRISE_OWNED = {
  hazard: 'hazards',
  alarm: 'alarms',
  sensor: 'sensors',
  device_key: 'device_keys',
  accident: 'accidents',
  inspection: 'inspections',
  enforcement_document: 'enforcement_documents',
  risk_point: 'risk_points',
  major_hazard_source: 'major_hazard_sources',
  investigation_task: 'investigation_tasks',
} as const;

/** (entity, entity_id) of the enterprise and of every record it owns. */
const enterpriseKeys = (enterpriseId: string) =>
  sql`SELECT 'enterprise'::text, ${enterpriseId}::text UNION ALL ${sql.join(
    Object.entries(ENTERPRISE_OWNED).map(([entity, table]) => sql`SELECT ${entity}::text, id::text FROM ${sql.table(table)} WHERE enterprise_id = ${enterpriseId}`),
    sql` UNION ALL `,
  )}`;

/** Escapes LIKE's wildcards, so that a name is matched as typed. */
const likePrefix = (text: string) => `${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The audit trail, newest first, filtered by any of the query's fields (each served by an index). */
export async function listAuditEvents(db: Db, q: AuditQuery): Promise<Page<AuditEvent>> {
  let base = db.selectFrom('audit_events');
  if (q.entity) base = base.where('entity', '=', q.entity);
  if (q.entityId) base = base.where('entity_id', '=', q.entityId);
  if (q.actorId) base = base.where('actor_id', '=', q.actorId);
  if (q.actor) base = base.where(sql<boolean>`lower(actor_name) LIKE ${likePrefix(q.actor)}`);
  if (q.action) base = base.where('action', '=', q.action);
  if (q.from) base = base.where('at', '>=', new Date(q.from));
  if (q.to) base = base.where('at', '<', new Date(q.to));
  if (q.enterpriseId) base = base.where(sql<boolean>`(entity, entity_id) IN (${enterpriseKeys(q.enterpriseId)})`);
  const [rows, count] = await Promise.all([
    base.selectAll().orderBy('id', 'desc').limit(q.pageSize).offset(offsetOf(q)).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(presentAuditEvent), total: Number(count.n), page: q.page, pageSize: q.pageSize };
}

/** A stored row as the fields its hash covers. */
function hashedFieldsOf(r: Selectable<AuditEventsTable>): HashedFields {
  return {
    at: r.at,
    actorId: r.actor_id,
    actorName: r.actor_name,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    before: r.before,
    after: r.after,
    ip: r.ip,
  };
}

function presentAuditEvent(r: Selectable<AuditEventsTable>): AuditEvent {
  return { id: Number(r.id), ...hashedFieldsOf(r), at: r.at.toISOString(), hash: r.hash };
}
