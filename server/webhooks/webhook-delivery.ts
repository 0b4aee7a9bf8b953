import { createHmac } from 'node:crypto';
import { sql, type Selectable } from 'kysely';
import { nextAttemptDelay, type WebhookDelivery } from '../../core/webhooks/webhook.schema.ts';
import { WEBHOOK_TEST_EVENT } from '../../core/webhooks/webhook-events.ts';
import { auditActorOf, type Actor } from '../auth/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import type { WebhookDeliveriesTable } from '../db/schema.ts';
import { notFound } from '../http/errors.ts';

/** `X-Anquan-Signature: sha256=<hex HMAC-SHA256 of the exact body with the webhook's secret>`. */
export const signature = (secret: string, body: string) => `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

interface Attempt {
  id: number | string;
  event: string;
  payload: unknown;
  url: string;
  secret: string;
}

/** One POST; null when the receiver answered 2xx, else what went wrong. */
async function attempt(d: Attempt): Promise<string | null> {
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

type Due = Selectable<WebhookDeliveriesTable> & { url: string; secret: string };

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

export const presentDelivery = (d: Selectable<WebhookDeliveriesTable>): WebhookDelivery => ({
  id: Number(d.id),
  event: d.event as WebhookDelivery['event'],
  status: d.status as WebhookDelivery['status'],
  attempts: d.attempts,
  nextAttemptAt: d.next_attempt_at.toISOString(),
  lastError: d.last_error,
  createdAt: d.created_at.toISOString(),
  deliveredAt: d.delivered_at?.toISOString() ?? null,
});

/** The latest deliveries of a webhook, newest first (test sends included). */
export async function listDeliveries(db: Db, webhookId: string, limit = 50) {
  const hook = await db.selectFrom('webhooks').select('id').where('id', '=', webhookId).executeTakeFirst();
  if (!hook) throw notFound('Webhook');
  const rows = await db.selectFrom('webhook_deliveries').selectAll().where('webhook_id', '=', webhookId).orderBy('id', 'desc').limit(limit).execute();
  return { items: rows.map(presentDelivery) };
}

/**
 * "Send test": one signed `webhook.test` POST to this webhook now, paused or not, without retries; the answer is
 * recorded as a delivery (delivered or failed) and returned. The row is written after the attempt, with an id
 * taken first for the X-Anquan-Delivery header, so that no transaction stays open while the receiver answers
 * (an open transaction would hold the change feeds back, docs/adr/0037).
 */
export async function sendTestDelivery(db: Db, actor: Actor, webhookId: string, now = new Date()): Promise<WebhookDelivery> {
  const hook = await db.selectFrom('webhooks').select(['id', 'url', 'secret']).where('id', '=', webhookId).executeTakeFirst();
  if (!hook) throw notFound('Webhook');
  const { rows } = await sql<{ id: string }>`SELECT nextval(pg_get_serial_sequence('webhook_deliveries', 'id'))::text AS id`.execute(db);
  const id = rows[0]!.id;
  const payload = { event: WEBHOOK_TEST_EVENT, at: now.toISOString(), data: { webhookId, message: 'A test from the Anquan platform: the signature checks with your secret.' } };
  const error = await attempt({ id, event: WEBHOOK_TEST_EVENT, payload, url: hook.url, secret: hook.secret });
  const row = await db.transaction().execute(async (tx) => {
    const inserted = await tx
      .insertInto('webhook_deliveries')
      .values({
        id: Number(id),
        webhook_id: webhookId,
        event: WEBHOOK_TEST_EVENT,
        payload: JSON.stringify(payload),
        status: error === null ? 'delivered' : 'failed',
        attempts: 1,
        next_attempt_at: now,
        last_error: error?.slice(0, 500) ?? null,
        delivered_at: error === null ? new Date() : null,
        test: true,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(tx, auditActorOf(actor), { action: 'send_test', entity: 'webhook', entityId: webhookId, after: { deliveryId: inserted.id, ok: error === null, error } });
    return inserted;
  });
  return presentDelivery(row);
}
