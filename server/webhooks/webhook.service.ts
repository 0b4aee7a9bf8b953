import { randomBytes } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { Page, PageQuery } from '../../core/shared/pagination.ts';
import { offsetOf } from '../../core/shared/pagination.ts';
import type { Webhook, WebhookCreate, WebhookEvent, WebhookUpdate } from '../../core/webhooks/webhook.schema.ts';
import { auditActorOf, type Actor } from '../auth/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import type { Database } from '../db/schema.ts';
import { invalid, notFound, type ErrorDetail } from '../http/errors.ts';
import { referenceData } from '../organisations/reference-data.ts';

const newSecret = () => randomBytes(24).toString('base64url');

/** Webhooks with their enterprise's name and their latest delivery, in one query (no query per row). */
function webhookQuery(db: Db | Transaction<Database>) {
  return db
    .selectFrom('webhooks as w')
    .leftJoin('enterprises as e', 'e.id', 'w.enterprise_id')
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('webhook_deliveries as d')
          .select(['d.status', 'd.event', 'd.attempts', 'd.created_at', 'd.last_error'])
          .whereRef('d.webhook_id', '=', 'w.id')
          .orderBy('d.id', 'desc')
          .limit(1)
          .as('last'),
      (join) => join.onTrue(),
    )
    .select([
      'w.id',
      'w.url',
      'w.events',
      'w.region_codes',
      'w.industry_codes',
      'w.enterprise_id',
      'w.active',
      'w.created_at',
      'e.name as enterprise_name',
      'last.status as last_status',
      'last.event as last_event',
      'last.created_at as last_created_at',
      'last.last_error as last_error',
      'last.attempts as last_attempts',
    ]);
}

type WebhookRow = Awaited<ReturnType<ReturnType<typeof webhookQuery>['executeTakeFirstOrThrow']>>;

const present = (w: WebhookRow, secret?: string): Webhook => ({
  id: w.id,
  url: w.url,
  events: w.events as WebhookEvent[],
  regionCodes: w.region_codes,
  industryCodes: w.industry_codes,
  enterpriseId: w.enterprise_id,
  enterpriseName: w.enterprise_name ?? null,
  active: w.active,
  createdAt: w.created_at.toISOString(),
  lastDelivery:
    w.last_status && w.last_event && w.last_created_at
      ? { status: w.last_status as 'pending', event: w.last_event, attempts: w.last_attempts ?? 0, createdAt: w.last_created_at.toISOString(), lastError: w.last_error ?? null }
      : null,
  ...(secret && { secret }),
});

/** Unknown district or industry codes, or an enterprise that does not exist: 400 on the field. */
async function checkScope(db: Db, input: { regionCodes?: string[] | undefined; industryCodes?: string[] | undefined; enterpriseId?: string | null | undefined }) {
  const ref = referenceData();
  const details: ErrorDetail[] = [];
  input.regionCodes?.forEach((c, i) => {
    if (!ref.region(c)) details.push({ path: `regionCodes.${i}`, message: `unknown region code ${c}` });
  });
  input.industryCodes?.forEach((c, i) => {
    if (!ref.industry(c)) details.push({ path: `industryCodes.${i}`, message: `unknown GB/T 4754-2017 code ${c}` });
  });
  if (input.enterpriseId && !(await db.selectFrom('enterprises').select('id').where('id', '=', input.enterpriseId).executeTakeFirst())) {
    details.push({ path: 'enterpriseId', message: 'no such enterprise' });
  }
  if (details.length) throw invalid(details);
}

/** What the audit trail keeps of a webhook: everything but the secret. */
const audited = (w: WebhookRow) => ({ url: w.url, events: w.events, regionCodes: w.region_codes, industryCodes: w.industry_codes, enterpriseId: w.enterprise_id, active: w.active });

const findWebhook = (db: Db | Transaction<Database>, id: string) => webhookQuery(db).where('w.id', '=', id).executeTakeFirst();

export async function createWebhook(db: Db, actor: Actor, input: WebhookCreate): Promise<Webhook> {
  await checkScope(db, input);
  const secret = newSecret();
  const row = await db.transaction().execute(async (tx) => {
    const { id } = await tx
      .insertInto('webhooks')
      .values({
        url: input.url,
        events: [...new Set(input.events)],
        region_codes: [...new Set(input.regionCodes)],
        industry_codes: [...new Set(input.industryCodes)],
        enterprise_id: input.enterpriseId,
        secret,
        created_by: actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const created = (await findWebhook(tx, id))!;
    await recordAudit(tx, auditActorOf(actor), { action: 'create', entity: 'webhook', entityId: id, after: audited(created) });
    return created;
  });
  return present(row, secret);
}

export async function listWebhooks(db: Db, q: PageQuery): Promise<Page<Webhook>> {
  const [rows, count] = await Promise.all([
    webhookQuery(db).orderBy('w.created_at', 'desc').orderBy('w.id').limit(q.pageSize).offset(offsetOf(q)).execute(),
    db.selectFrom('webhooks').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map((w) => present(w)), total: Number(count.n), page: q.page, pageSize: q.pageSize };
}

export async function getWebhook(db: Db, id: string): Promise<Webhook> {
  const row = await findWebhook(db, id);
  if (!row) throw notFound('Webhook');
  return present(row);
}

/** Changes the URL, events, scope or state; pausing and resuming are audited as such. */
export async function updateWebhook(db: Db, actor: Actor, id: string, input: WebhookUpdate): Promise<Webhook> {
  await checkScope(db, input);
  const row = await db.transaction().execute(async (tx) => {
    const before = await tx.selectFrom('webhooks').select('id').where('id', '=', id).forUpdate().executeTakeFirst();
    if (!before) throw notFound('Webhook');
    const old = (await findWebhook(tx, id))!;
    await tx
      .updateTable('webhooks')
      .set({
        ...(input.url !== undefined && { url: input.url }),
        ...(input.events !== undefined && { events: [...new Set(input.events)] }),
        ...(input.regionCodes !== undefined && { region_codes: [...new Set(input.regionCodes)] }),
        ...(input.industryCodes !== undefined && { industry_codes: [...new Set(input.industryCodes)] }),
        ...(input.enterpriseId !== undefined && { enterprise_id: input.enterpriseId }),
        ...(input.active !== undefined && { active: input.active }),
      })
      .where('id', '=', id)
      .execute();
    const updated = (await findWebhook(tx, id))!;
    const onlyActive = Object.keys(input).every((k) => k === 'active' || input[k as keyof WebhookUpdate] === undefined);
    const action = onlyActive && input.active !== undefined ? (input.active ? 'activate' : 'deactivate') : 'update';
    await recordAudit(tx, auditActorOf(actor), { action, entity: 'webhook', entityId: id, before: audited(old), after: audited(updated) });
    return updated;
  });
  return present(row);
}

/** A new signing secret, returned once; deliveries from now on are signed with it. */
export async function rotateWebhookSecret(db: Db, actor: Actor, id: string): Promise<Webhook> {
  const secret = newSecret();
  const row = await db.transaction().execute(async (tx) => {
    const updated = await tx.updateTable('webhooks').set({ secret }).where('id', '=', id).returning('id').executeTakeFirst();
    if (!updated) throw notFound('Webhook');
    await recordAudit(tx, auditActorOf(actor), { action: 'rotate_secret', entity: 'webhook', entityId: id });
    return (await findWebhook(tx, id))!;
  });
  return present(row, secret);
}

/** Deletes the webhook and its deliveries (pending ones are not sent); the audit trail keeps what it was. */
export async function deleteWebhook(db: Db, actor: Actor, id: string): Promise<void> {
  await db.transaction().execute(async (tx) => {
    const old = await findWebhook(tx, id);
    if (!old) throw notFound('Webhook');
    await tx.deleteFrom('webhooks').where('id', '=', id).execute();
    await recordAudit(tx, auditActorOf(actor), { action: 'delete', entity: 'webhook', entityId: id, before: audited(old) });
  });
}
