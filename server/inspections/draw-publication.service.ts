import type { Transaction } from 'kysely';
import { allDrawnInspected, mayPublishDraw } from '../../core/inspections/draw-publication.ts';
import type { Draw } from '../../core/inspections/inspection.schema.ts';
import { auditActorOf, type Actor } from '../auth/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import type { Database } from '../db/schema.ts';
import { forbidden, notFound, refused } from '../http/errors.ts';
import { mayRead } from './draw-access.ts';
import { presentDraw } from './draw.service.ts';

/**
 * 一公开 (docs/adr/0032): a draw is published once — by its department, or by the inspection that completes it.
 * Both paths lock the draw's row first in their transaction (before any audit event takes the chain's lock), so
 * the two never deadlock and a draw is published exactly once.
 */

type Tx = Transaction<Database>;
export type PublishedBy = 'department' | 'inspections_done';

export const lockDraw = (tx: Tx, id: string) => tx.selectFrom('inspection_draws').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
type LockedDraw = NonNullable<Awaited<ReturnType<typeof lockDraw>>>;

async function markPublished(tx: Tx, actor: Actor, draw: LockedDraw, by: PublishedBy, now: Date) {
  const row = await tx.updateTable('inspection_draws').set({ published_at: now }).where('id', '=', draw.id).returningAll().executeTakeFirstOrThrow();
  await recordAudit(tx, auditActorOf(actor), {
    action: 'publish',
    entity: 'inspection_draw',
    entityId: draw.id,
    before: { publishedAt: null },
    after: { publishedAt: now, by },
  });
  return row;
}

/** `POST /inspections/draws/{id}/publish`: the drawing department publishes its draw. */
export async function publishDraw(db: Db, actor: Actor, id: string, now = new Date()): Promise<Draw> {
  const row = await db.transaction().execute(async (tx) => {
    const draw = await lockDraw(tx, id);
    if (!draw || !(await mayRead(tx, actor, draw))) throw notFound('Draw');
    if (!mayPublishDraw(actor, { departmentId: draw.department_id })) throw forbidden('Only the department that drew may publish the draw', 'not_your_department');
    if (draw.published_at !== null) throw refused('The draw is already published', 'already_published');
    return markPublished(tx, actor, draw, 'department', now);
  });
  return presentDraw(row);
}

/**
 * Inside the transaction that records an inspection under a draw, after the inspection's row: publishes the draw
 * when every drawn enterprise has now been inspected under it. The caller has locked the draw (`lockDraw`) first.
 */
export async function publishIfAllInspected(tx: Tx, actor: Actor, drawId: string, now: Date): Promise<void> {
  const draw = await lockDraw(tx, drawId);
  if (!draw || draw.published_at !== null) return;
  const inspected = await tx.selectFrom('inspections').select('enterprise_id').where('draw_id', '=', drawId).where('kind', '=', 'inspection').execute();
  const drawn = (draw.enterprises as { id: string }[]).map((e) => e.id);
  if (allDrawnInspected(drawn, inspected.map((r) => r.enterprise_id))) await markPublished(tx, actor, draw, 'inspections_done', now);
}
