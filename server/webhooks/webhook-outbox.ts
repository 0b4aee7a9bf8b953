import { sql, type Transaction } from 'kysely';
import type { WebhookEvent } from '../../core/webhooks/webhook-events.ts';
import type { WebhookPayload } from '../../core/webhooks/webhook-payloads.ts';
import type { Database } from '../db/schema.ts';

/**
 * Whom an event concerns, for the subscriptions' scopes (docs/adr/0041): an enterprise (its current district and
 * industry paths are read in the same statement), or a record outside any enterprise with its own paths (an
 * accident reported by place).
 */
export type WebhookSubject =
  | { enterpriseId: string }
  | { enterpriseId: string | null; regionPath: readonly string[]; industryPath: readonly string[] };

export type WebhookEventInput = { [E in WebhookEvent]: { event: E; subject: WebhookSubject; data: WebhookPayload<E> } }[WebhookEvent];

/**
 * Queues each event for every active webhook that subscribes to it and whose scope covers its subject, inside the
 * transaction of the change it reports: the delivery exists exactly when the change committed (an outbox). One
 * statement for the whole batch, whatever its size: the alarm engine calls it once per commit.
 *
 * Scope, as a department's (core/organisations/scope.ts coversEnterprise): the subject's region path overlaps the
 * webhook's districts and its industry path the webhook's industries; an empty list does not restrict.
 */
export async function enqueueWebhookEvents(tx: Transaction<Database>, events: readonly WebhookEventInput[], now = new Date()): Promise<void> {
  if (events.length === 0) return;
  const rows = events.map((e) => ({
    event: e.event,
    data: e.data,
    enterprise_id: e.subject.enterpriseId,
    region_path: 'regionPath' in e.subject ? e.subject.regionPath : null,
    industry_path: 'industryPath' in e.subject ? e.subject.industryPath : null,
  }));
  await sql`
    INSERT INTO webhook_deliveries (webhook_id, event, payload, next_attempt_at)
    SELECT w.id, e.event, jsonb_build_object('event', e.event, 'at', ${now.toISOString()}::text, 'data', e.data), ${now}
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS e(event text, data jsonb, enterprise_id uuid, region_path text[], industry_path text[])
    LEFT JOIN enterprises en ON en.id = e.enterprise_id
    JOIN webhooks w ON w.active AND e.event = ANY (w.events)
      AND (cardinality(w.region_codes) = 0 OR w.region_codes && coalesce(e.region_path, en.region_path))
      AND (cardinality(w.industry_codes) = 0 OR w.industry_codes && coalesce(e.industry_path, en.industry_path))
      AND (w.enterprise_id IS NULL OR w.enterprise_id = e.enterprise_id)`.execute(tx);
}
