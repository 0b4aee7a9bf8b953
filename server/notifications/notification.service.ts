import { sql } from 'kysely';
import { z } from 'zod';
import { offsetOf, type Page, type PageQuery } from '../../core/shared/pagination.ts';
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';
import { notFound } from '../http/errors.ts';

export const notificationSchema = z.object({
  id: z.uuid(),
  createdAt: z.string(),
  kind: z.string(),
  entity: z.string(),
  entityId: z.string(),
  title: z.string(),
  payload: z.unknown(),
  read: z.boolean(),
});
export type Notification = z.infer<typeof notificationSchema>;

/** A notification reaches an enterprise's officers or a department's staff; other roles receive none. */
function addressedTo(actor: Actor) {
  if (actor.role === 'enterprise' && actor.enterpriseId) return sql<boolean>`n.enterprise_id = ${actor.enterpriseId}`;
  if (actor.departmentId) return sql<boolean>`n.department_id = ${actor.departmentId}`;
  return sql<boolean>`false`;
}

export async function listNotifications(db: Db, actor: Actor, q: PageQuery & { unread?: boolean; kind?: string }): Promise<Page<Notification>> {
  const where = sql`${addressedTo(actor)} ${q.unread ? sql`AND r.user_id IS NULL` : sql``} ${q.kind ? sql`AND n.kind = ${q.kind}` : sql``}`;
  const { rows } = await sql<{ total: number; id: string | null; created_at: Date; kind: string; entity: string; entity_id: string; title: string; payload: unknown; read: boolean }>`
    SELECT t.total, p.* FROM (
      SELECT count(*) AS total FROM notifications n LEFT JOIN notification_reads r ON r.notification_id = n.id AND r.user_id = ${actor.userId} WHERE ${where}
    ) t LEFT JOIN LATERAL (
      SELECT n.id, n.created_at, n.kind, n.entity, n.entity_id, n.title, n.payload, r.user_id IS NOT NULL AS read
      FROM notifications n LEFT JOIN notification_reads r ON r.notification_id = n.id AND r.user_id = ${actor.userId}
      WHERE ${where} ORDER BY n.created_at DESC, n.id DESC LIMIT ${q.pageSize} OFFSET ${offsetOf(q)}
    ) p ON true`.execute(db);
  const items = rows
    .filter((r) => r.id !== null)
    .map((r) => ({ id: r.id!, createdAt: r.created_at.toISOString(), kind: r.kind, entity: r.entity, entityId: r.entity_id, title: r.title, payload: r.payload, read: r.read }));
  return { items, total: Number(rows[0]?.total ?? 0), page: q.page, pageSize: q.pageSize };
}

export async function markRead(db: Db, actor: Actor, id: string) {
  const found = await db.selectFrom('notifications as n').select('n.id').where('n.id', '=', id).where(addressedTo(actor)).executeTakeFirst();
  if (!found) throw notFound('Notification');
  await db.insertInto('notification_reads').values({ notification_id: id, user_id: actor.userId }).onConflict((oc) => oc.doNothing()).execute();
}

/** Marks every notification addressed to the caller read for them (optionally of one kind); returns how many were unread. */
export async function markAllRead(db: Db, actor: Actor, kind?: string): Promise<{ marked: number }> {
  const { rows } = await sql<{ notification_id: string }>`
    INSERT INTO notification_reads (notification_id, user_id)
    SELECT n.id, ${actor.userId}::uuid FROM notifications n
    WHERE ${addressedTo(actor)} ${kind ? sql`AND n.kind = ${kind}` : sql``}
      AND NOT EXISTS (SELECT 1 FROM notification_reads r WHERE r.notification_id = n.id AND r.user_id = ${actor.userId})
    ON CONFLICT DO NOTHING
    RETURNING notification_id`.execute(db);
  return { marked: rows.length };
}
