import { sql, type Insertable } from 'kysely';
import { nextDeliveryDelay } from '../../core/notifications/notification-delivery.ts';
import { renderNotification } from '../../core/notifications/notification-message.ts';
import { wantsChannel, type ChannelName } from '../../core/notifications/notification-preferences.ts';
import type { Db } from '../db/database.ts';
import type { NotificationDeliveriesTable } from '../db/schema.ts';
import type { NotificationChannel } from './channels/channel.ts';

/**
 * The notification outbox (docs/adr/0039). A notification row is written in the transaction of the escalation
 * that caused it; nothing is sent there. `fanOutNotifications` turns each new notification into one delivery
 * per recipient and channel the recipient wants, and `deliverNotifications` sends due deliveries outside any
 * business transaction, recording every attempt and retrying with back-off.
 */

const FAN_OUT_BATCH = 500;
/** A claimed delivery is not picked again for this long; a runner that died mid-send is retried after it. */
const CLAIM_LEASE_MS = 5 * 60_000;
/** Sends in flight at once, so a burst does not open fifty connections to the relay. */
const CONCURRENCY = 5;

/** Fans out every notification not yet dispatched, to the channels that are configured (`channels`). */
export async function fanOutNotifications(db: Db, channels: readonly ChannelName[], now = new Date()): Promise<{ notifications: number; deliveries: number }> {
  let notifications = 0;
  let deliveries = 0;
  for (;;) {
    const done = await db.transaction().execute(async (tx) => {
      const { rows } = await sql<{ id: string; kind: string; enterprise_id: string | null; department_id: string | null }>`
        SELECT id, kind, enterprise_id, department_id FROM notifications
        WHERE dispatched_at IS NULL ORDER BY created_at LIMIT ${FAN_OUT_BATCH} FOR UPDATE SKIP LOCKED`.execute(tx);
      if (rows.length === 0) return { notifications: 0, deliveries: 0 };
      const values: Insertable<NotificationDeliveriesTable>[] = [];
      if (channels.length > 0) {
        const enterprises = [...new Set(rows.flatMap((r) => (r.enterprise_id ? [r.enterprise_id] : [])))];
        const departments = [...new Set(rows.flatMap((r) => (r.department_id ? [r.department_id] : [])))];
        const users = await tx
          .selectFrom('users')
          .select(['id', 'enterprise_id', 'department_id', 'email', 'phone'])
          .where('disabled', '=', false)
          .where(sql<boolean>`(enterprise_id = ANY(${enterprises}::uuid[]) OR department_id = ANY(${departments}::uuid[]))`)
          .execute();
        const chosen = new Map<string, boolean>();
        if (users.length > 0) {
          const prefs = await tx.selectFrom('notification_preferences').selectAll().where('user_id', 'in', users.map((u) => u.id)).execute();
          for (const p of prefs) chosen.set(`${p.user_id}/${p.kind}/${p.channel}`, p.enabled);
        }
        for (const n of rows) {
          const recipients = users.filter((u) => (n.enterprise_id ? u.enterprise_id === n.enterprise_id : u.department_id === n.department_id));
          for (const u of recipients) {
            for (const channel of channels) {
              const address = channel === 'email' ? u.email : u.phone;
              if (!address || !wantsChannel(n.kind, channel, chosen.get(`${u.id}/${n.kind}/${channel}`))) continue;
              values.push({ notification_id: n.id, user_id: u.id, channel, address, next_attempt_at: now, created_at: now });
            }
          }
        }
      }
      for (let i = 0; i < values.length; i += 1000) {
        await tx.insertInto('notification_deliveries').values(values.slice(i, i + 1000)).onConflict((oc) => oc.doNothing()).execute();
      }
      await tx.updateTable('notifications').set({ dispatched_at: now }).where('id', 'in', rows.map((r) => r.id)).execute();
      return { notifications: rows.length, deliveries: values.length };
    });
    notifications += done.notifications;
    deliveries += done.deliveries;
    if (done.notifications < FAN_OUT_BATCH) return { notifications, deliveries };
  }
}

interface Claimed {
  id: number;
  channel: ChannelName;
  address: string;
  attempts: number;
  kind: string;
  entity: string;
  entity_id: string;
  title: string;
  payload: unknown;
}

/**
 * Sends the deliveries due at `now` on the configured channels. Each is claimed first (a short transaction with
 * SKIP LOCKED that pushes its next attempt out by a lease), sent with no transaction open, then marked sent, or
 * given its next attempt after the back-off of core/notifications/notification-delivery.ts, or failed for good.
 */
export async function deliverNotifications(
  db: Db,
  channels: readonly NotificationChannel[],
  now = new Date(),
  options: { publicUrl?: string | undefined; batch?: number } = {},
): Promise<{ sent: number; retrying: number; failed: number }> {
  const outcome = { sent: 0, retrying: 0, failed: 0 };
  if (channels.length === 0) return outcome;
  const byName = new Map(channels.map((c) => [c.name, c]));
  const { rows: claimed } = await sql<Claimed>`
    WITH due AS (
      SELECT id FROM notification_deliveries
      WHERE status = 'pending' AND next_attempt_at <= ${now} AND channel = ANY(${[...byName.keys()]}::text[])
      ORDER BY next_attempt_at, id LIMIT ${options.batch ?? 50} FOR UPDATE SKIP LOCKED
    ), claimed AS (
      UPDATE notification_deliveries d SET next_attempt_at = ${new Date(now.getTime() + CLAIM_LEASE_MS)}
      FROM due WHERE d.id = due.id
      RETURNING d.id, d.channel, d.address, d.attempts, d.notification_id
    )
    SELECT c.id, c.channel, c.address, c.attempts, n.kind, n.entity, n.entity_id, n.title, n.payload
    FROM claimed c JOIN notifications n ON n.id = c.notification_id ORDER BY c.id`.execute(db);

  const sendOne = async (d: Claimed): Promise<string | null> => {
    const message = renderNotification({ kind: d.kind, entity: d.entity, entityId: d.entity_id, title: d.title, payload: d.payload }, options.publicUrl);
    try {
      await byName.get(d.channel)!.send({ ...message, id: Number(d.id), to: d.address, kind: d.kind });
      return null;
    } catch (error) {
      return (error instanceof Error ? error.message : String(error)) || 'send failed';
    }
  };

  for (let i = 0; i < claimed.length; i += CONCURRENCY) {
    const slice = claimed.slice(i, i + CONCURRENCY);
    const errors = await Promise.all(slice.map(sendOne));
    for (const [j, d] of slice.entries()) {
      const error = errors[j] ?? null;
      const attempts = d.attempts + 1;
      if (error === null) {
        outcome.sent++;
        await db.updateTable('notification_deliveries').set({ status: 'sent', attempts, sent_at: new Date(), last_error: null }).where('id', '=', d.id).execute();
        continue;
      }
      const delay = nextDeliveryDelay(attempts);
      if (delay === null) outcome.failed++;
      else outcome.retrying++;
      await db
        .updateTable('notification_deliveries')
        .set({ attempts, last_error: error.slice(0, 500), ...(delay === null ? { status: 'failed' } : { next_attempt_at: new Date(now.getTime() + delay) }) })
        .where('id', '=', d.id)
        .execute();
    }
  }
  return outcome;
}
