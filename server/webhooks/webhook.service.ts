import { createHmac, randomBytes } from 'node:crypto';
import { sql, type Selectable, type Transaction } from 'kysely';
import type { z } from 'zod';
import { nextAttemptDelay, type webhookCreateSchema, type WebhookEvent } from '../../core/shared/webhook.schema.ts';
import { auditActorOf, type Actor } from '../auth/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import type { Database, WebhookDeliveriesTable, WebhooksTable } from '../db/schema.ts';
import { notFound } from '../http/errors.ts';

const present = (w: Selectable<WebhooksTable>, secret?: string) => ({
  id: w.id,
  url: w.url,
  events: w.events as WebhookEvent[],
  active: w.active,
  createdAt: w.created_at.toISOString(),
  ...(secret && { secret }),
});

export async function createWebhook(db: Db, actor: Actor, input: z.output<typeof webhookCreateSchema>) {
  const secret = randomBytes(24).toString('base64url');
  const row = await db.transaction().execute(async (tx) => {
    const created = await tx.insertInto('webhooks').values({ url: input.url, events: input.events, secret, created_by: actor.userId }).returningAll().executeTakeFirstOrThrow();
    await recordAudit(tx, auditActorOf(actor), { action: 'create', entity: 'webhook', entityId: created.id, after: { url: input.url, events: input.events } });
    return created;
  });
  return present(row, secret);
}

export async function listWebhooks(db: Db) {
  return { items: (await db.selectFrom('webhooks').selectAll().orderBy('created_at', 'desc').execute()).map((w) => present(w)) };
}

export async function setWebhookActive(db: Db, actor: Actor, id: string, active: boolean) {
  const row = await db.transaction().execute(async (tx) => {
    const updated = await tx.updateTable('webhooks').set({ active }).where('id', '=', id).returningAll().executeTakeFirst();
    if (!updated) throw notFound('Webhook');
    await recordAudit(tx, auditActorOf(actor), { action: active ? 'activate' : 'deactivate', entity: 'webhook', entityId: id });
    return updated;
  });
  return present(row);
}

export async function listDeliveries(db: Db, webhookId: string) {
  const rows = await db.selectFrom('webhook_deliveries').selectAll().where('webhook_id', '=', webhookId).orderBy('id', 'desc').limit(100).execute();
  return {
    items: rows.map((d) => ({
      id: d.id,
      event: d.event as WebhookEvent,
      status: d.status as 'pending',
      attempts: d.attempts,
      nextAttemptAt: d.next_attempt_at.toISOString(),
      lastError: d.last_error,
      createdAt: d.created_at.toISOString(),
      deliveredAt: d.delivered_at?.toISOString() ?? null,
    })),
  };
}

/**
 * Queues an event for every active webhook that subscribes to it, inside the transaction of the change it
 * reports: the delivery exists exactly when the change committed (an outbox).
 */
export async function enqueueWebhookEvents(tx: Transaction<Database>, events: Array<{ event: WebhookEvent; payload: unknown }>, now = new Date()) {
  for (const { event, payload } of events) {
    await sql`
      INSERT INTO webhook_deliveries (webhook_id, event, payload, next_attempt_at)
      SELECT id, ${event}, ${JSON.stringify({ event, at: now.toISOString(), data: payload })}::jsonb, ${now}
      FROM webhooks WHERE active AND ${event} = ANY(events)`.execute(tx);
  }
}

/** `X-Anquan-Signature: sha256=<hex HMAC-SHA256 of the exact body with the webhook's secret>`. */
export const signature = (secret: string, body: string) => `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

type Due = Selectable<WebhookDeliveriesTable> & { url: string; secret: string };

async function attempt(d: Due): Promise<string | null> {
  const body = JSON.stringify(d.payload);
  try {
    const res = await fetch(d.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-anquan-event': d.event, 'x-anquan-delivery': String(d.id), 'x-anquan-signature': signature(d.secret, body) },
      body,
      signal: AbortSignal.timeout(10_000),
    });
    await res.arrayBuffer().catch(() => undefined);
    return res.ok ? null : `HTTP ${res.status}`;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * The `deliver-webhooks` job: sends due deliveries (locked with SKIP LOCKED, so instances never send one twice
 * at once), marks them delivered, or schedules the next attempt with back-off until it gives up.
 */
export async function deliverWebhooks(db: Db, now = new Date(), batch = 50): Promise<{ delivered: number; failed: number }> {
  let delivered = 0;
  let failed = 0;
  await db.transaction().execute(async (tx) => {
    const { rows } = await sql<Due>`
      SELECT d.*, w.url, w.secret FROM webhook_deliveries d JOIN webhooks w ON w.id = d.webhook_id
      WHERE d.status = 'pending' AND d.next_attempt_at <= ${now}
      ORDER BY d.next_attempt_at LIMIT ${batch} FOR UPDATE OF d SKIP LOCKED`.execute(tx);
    const outcomes = await Promise.all(rows.map(attempt));
    for (const [i, d] of rows.entries()) {
      const error = outcomes[i] ?? null;
      const attempts = d.attempts + 1;
      if (error === null) {
        delivered++;
        await tx.updateTable('webhook_deliveries').set({ status: 'delivered', attempts, delivered_at: new Date(), last_error: null }).where('id', '=', d.id).execute();
        continue;
      }
      const delay = nextAttemptDelay(attempts);
      if (delay === null) failed++;
      await tx
        .updateTable('webhook_deliveries')
        .set({ attempts, last_error: error.slice(0, 500), ...(delay === null ? { status: 'failed' } : { next_attempt_at: new Date(now.getTime() + delay) }) })
        .where('id', '=', d.id)
        .execute();
    }
  });
  return { delivered, failed };
}
