import { sql } from 'kysely';
import { offsetOf, type Page, type PageQuery } from '../../core/shared/pagination.ts';
import type { NotificationDelivery } from '../../core/notifications/notification-delivery.ts';
import {
  CHANNELS,
  defaultPreference,
  NOTIFICATION_KINDS,
  type ChannelName,
  type NotificationSettings,
  type NotificationSettingsUpdate,
} from '../../core/notifications/notification-preferences.ts';
import { auditActorOf, type Actor } from '../auth/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import { notFound } from '../http/errors.ts';

/** The caller's contact addresses and every kind × channel with their choice or the default. */
export async function getNotificationSettings(db: Db, actor: Actor, availableChannels: readonly ChannelName[]): Promise<NotificationSettings> {
  const user = await db.selectFrom('users').select(['email', 'phone']).where('id', '=', actor.userId).executeTakeFirst();
  if (!user) throw notFound('User');
  const rows = await db.selectFrom('notification_preferences').select(['kind', 'channel', 'enabled']).where('user_id', '=', actor.userId).execute();
  const chosen = new Map(rows.map((r) => [`${r.kind}/${r.channel}`, r.enabled]));
  return {
    email: user.email,
    phone: user.phone,
    availableChannels: [...availableChannels],
    preferences: NOTIFICATION_KINDS.flatMap((kind) =>
      CHANNELS.map((channel) => {
        const enabled = chosen.get(`${kind}/${channel}`);
        return { kind, channel, enabled: enabled ?? defaultPreference(kind, channel), isDefault: enabled === undefined };
      }),
    ),
  };
}

/** Sets the caller's addresses and preferences in one transaction, audited (addresses are personal data: only whether they changed). */
export async function updateNotificationSettings(db: Db, actor: Actor, input: NotificationSettingsUpdate, availableChannels: readonly ChannelName[]) {
  await db.transaction().execute(async (tx) => {
    const contact = { ...(input.email !== undefined && { email: input.email }), ...(input.phone !== undefined && { phone: input.phone }) };
    if (Object.keys(contact).length > 0) await tx.updateTable('users').set({ ...contact, updated_at: new Date() }).where('id', '=', actor.userId).execute();
    for (const p of input.preferences ?? []) {
      await tx
        .insertInto('notification_preferences')
        .values({ user_id: actor.userId, kind: p.kind, channel: p.channel, enabled: p.enabled })
        .onConflict((oc) => oc.columns(['user_id', 'kind', 'channel']).doUpdateSet({ enabled: p.enabled }))
        .execute();
    }
    await recordAudit(tx, auditActorOf(actor), {
      action: 'update_notification_settings',
      entity: 'user',
      entityId: actor.userId,
      after: { emailChanged: input.email !== undefined, phoneChanged: input.phone !== undefined, preferences: input.preferences ?? [] },
    });
  });
  return getNotificationSettings(db, actor, availableChannels);
}

export interface DeliveryQuery extends PageQuery {
  status?: 'pending' | 'sent' | 'failed' | undefined;
  channel?: ChannelName | undefined;
  userId?: string | undefined;
}

/** Deliveries newest first: an admin's of everyone (or of `userId`), anyone else's only their own. */
export async function listDeliveries(db: Db, actor: Actor, q: DeliveryQuery): Promise<Page<NotificationDelivery>> {
  const userId = actor.role === 'admin' ? q.userId : actor.userId;
  let query = db.selectFrom('notification_deliveries as d').innerJoin('notifications as n', 'n.id', 'd.notification_id').innerJoin('users as u', 'u.id', 'd.user_id');
  if (userId) query = query.where('d.user_id', '=', userId);
  if (q.status) query = query.where('d.status', '=', q.status);
  if (q.channel) query = query.where('d.channel', '=', q.channel);
  const [rows, total] = await Promise.all([
    query
      .select(['d.id', 'd.notification_id', 'n.kind', 'n.title', 'd.user_id', 'u.username', 'd.channel', 'd.address', 'd.status', 'd.attempts', 'd.next_attempt_at', 'd.last_error', 'd.created_at', 'd.sent_at'])
      .orderBy('d.id', 'desc')
      .limit(q.pageSize)
      .offset(offsetOf(q))
      .execute(),
    query.select(sql<string>`count(*)`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map((d) => ({
      id: Number(d.id),
      notificationId: d.notification_id,
      kind: d.kind,
      title: d.title,
      userId: d.user_id,
      username: d.username,
      channel: d.channel as ChannelName,
      address: d.address,
      status: d.status as NotificationDelivery['status'],
      attempts: d.attempts,
      nextAttemptAt: d.status === 'pending' ? d.next_attempt_at.toISOString() : null,
      lastError: d.last_error,
      createdAt: d.created_at.toISOString(),
      sentAt: d.sent_at?.toISOString() ?? null,
    })),
    total: Number(total.n),
    page: q.page,
    pageSize: q.pageSize,
  };
}
