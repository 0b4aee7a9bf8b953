import { randomBytes } from 'node:crypto';
import { sql, type Selectable } from 'kysely';
import type { FeedDomain, PartnerClient, PartnerClientCreate, PartnerClientUpdate } from '../../core/partners/partner.schema.ts';
import { offsetOf, type Page, type PageQuery } from '../../core/shared/pagination.ts';
import { auditActorOf, type Actor } from '../auth/actor.ts';
import { hashToken } from '../auth/session.repository.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import type { PartnerClientsTable } from '../db/schema.ts';
import { invalid, notFound, type ErrorDetail } from '../http/errors.ts';
import { referenceData } from '../organisations/reference-data.ts';

/** A partner secret: 256 random bits behind a prefix that tells it from a session token at a glance. */
export const PARTNER_SECRET_PREFIX = 'anqp_';
const newSecret = () => `${PARTNER_SECRET_PREFIX}${randomBytes(32).toString('base64url')}`;

const present = (c: Selectable<PartnerClientsTable>, secret?: string): PartnerClient => ({
  id: c.id,
  name: c.name,
  domains: c.domains as FeedDomain[],
  regionCodes: c.region_codes,
  industryCodes: c.industry_codes,
  requestsPerMinute: c.requests_per_minute,
  createdAt: c.created_at.toISOString(),
  secretRotatedAt: c.secret_rotated_at.toISOString(),
  revokedAt: c.revoked_at?.toISOString() ?? null,
  lastUsedAt: c.last_used_at?.toISOString() ?? null,
  ...(secret && { secret }),
});

function checkCodes(input: Pick<PartnerClientUpdate, 'regionCodes' | 'industryCodes'>) {
  const ref = referenceData();
  const details: ErrorDetail[] = [];
  input.regionCodes?.forEach((c, i) => {
    if (!ref.region(c)) details.push({ path: `regionCodes.${i}`, message: `unknown region code ${c}` });
  });
  input.industryCodes?.forEach((c, i) => {
    if (!ref.industry(c)) details.push({ path: `industryCodes.${i}`, message: `unknown GB/T 4754-2017 code ${c}` });
  });
  if (details.length) throw invalid(details);
}

export async function issuePartnerClient(db: Db, actor: Actor, input: PartnerClientCreate): Promise<PartnerClient> {
  checkCodes(input);
  const secret = newSecret();
  const row = await db.transaction().execute(async (tx) => {
    const created = await tx
      .insertInto('partner_clients')
      .values({
        name: input.name,
        secret_hash: hashToken(secret),
        domains: [...new Set(input.domains)],
        region_codes: [...new Set(input.regionCodes)],
        industry_codes: [...new Set(input.industryCodes)],
        requests_per_minute: input.requestsPerMinute,
        created_by: actor.userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const { secret_hash: _hash, ...after } = created;
    await recordAudit(tx, auditActorOf(actor), { action: 'create', entity: 'partner_client', entityId: created.id, after });
    return created;
  });
  return present(row, secret);
}

/** Active clients first, then revoked ones; newest first within each. */
export async function listPartnerClients(db: Db, q: PageQuery): Promise<Page<PartnerClient>> {
  const [rows, count] = await Promise.all([
    db
      .selectFrom('partner_clients')
      .selectAll()
      .orderBy(sql`revoked_at IS NOT NULL`)
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .limit(q.pageSize)
      .offset(offsetOf(q))
      .execute(),
    db.selectFrom('partner_clients').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map((c) => present(c)), total: Number(count.n), page: q.page, pageSize: q.pageSize };
}

/** Changes an active client's name, feeds, scope or rate; the next call uses them. */
export async function updatePartnerClient(db: Db, actor: Actor, id: string, input: PartnerClientUpdate): Promise<PartnerClient> {
  checkCodes(input);
  const row = await db.transaction().execute(async (tx) => {
    const before = await tx.selectFrom('partner_clients').selectAll().where('id', '=', id).where('revoked_at', 'is', null).forUpdate().executeTakeFirst();
    if (!before) throw notFound('Active partner client');
    const updated = await tx
      .updateTable('partner_clients')
      .set({
        ...(input.name !== undefined && { name: input.name }),
        ...(input.domains !== undefined && { domains: [...new Set(input.domains)] }),
        ...(input.regionCodes !== undefined && { region_codes: [...new Set(input.regionCodes)] }),
        ...(input.industryCodes !== undefined && { industry_codes: [...new Set(input.industryCodes)] }),
        ...(input.requestsPerMinute !== undefined && { requests_per_minute: input.requestsPerMinute }),
      })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    const { secret_hash: _b, ...old } = before;
    const { secret_hash: _a, ...after } = updated;
    await recordAudit(tx, auditActorOf(actor), { action: 'update', entity: 'partner_client', entityId: id, before: old, after });
    return updated;
  });
  return present(row);
}

/** A new secret replaces the old at once: the old one stops working in the same transaction. */
export async function rotatePartnerSecret(db: Db, actor: Actor, id: string): Promise<PartnerClient> {
  const secret = newSecret();
  const row = await db.transaction().execute(async (tx) => {
    const updated = await tx
      .updateTable('partner_clients')
      .set({ secret_hash: hashToken(secret), secret_rotated_at: new Date() })
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .returningAll()
      .executeTakeFirst();
    if (!updated) throw notFound('Active partner client');
    await recordAudit(tx, auditActorOf(actor), { action: 'rotate_secret', entity: 'partner_client', entityId: id });
    return updated;
  });
  return present(row, secret);
}

export async function revokePartnerClient(db: Db, actor: Actor, id: string): Promise<PartnerClient> {
  const row = await db.transaction().execute(async (tx) => {
    const updated = await tx
      .updateTable('partner_clients')
      .set({ revoked_at: new Date() })
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .returningAll()
      .executeTakeFirst();
    if (!updated) throw notFound('Active partner client');
    await recordAudit(tx, auditActorOf(actor), { action: 'revoke', entity: 'partner_client', entityId: id });
    return updated;
  });
  return present(row);
}

/** The calls of a client (its access log), newest first, a page at a time. */
export async function listPartnerAccess(db: Db, id: string, q: PageQuery) {
  const client = await db.selectFrom('partner_clients').select('id').where('id', '=', id).executeTakeFirst();
  if (!client) throw notFound('Partner client');
  const base = db.selectFrom('partner_access_log').where('client_id', '=', id);
  const [rows, count] = await Promise.all([
    base.selectAll().orderBy('at', 'desc').orderBy('id', 'desc').limit(q.pageSize).offset(offsetOf(q)).execute(),
    base.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map((r) => ({ id: String(r.id), at: r.at.toISOString(), method: r.method, path: r.path, status: r.status, items: r.items, address: r.address })),
    total: Number(count.n),
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** Access-log rows older than `days` go (the scheduler's daily job): the log grows with every partner call. */
export async function trimPartnerAccessLog(db: Db, now: Date, days = PARTNER_ACCESS_LOG_DAYS) {
  const result = await db.deleteFrom('partner_access_log').where('at', '<', new Date(now.getTime() - days * 86_400_000)).executeTakeFirst();
  return { deleted: Number(result.numDeletedRows) };
}

/** 网络安全法 Art. 21(3): network logs are kept for no less than six months. */
export const PARTNER_ACCESS_LOG_DAYS = 183;
