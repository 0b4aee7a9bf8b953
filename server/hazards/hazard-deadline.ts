import type { Transaction } from 'kysely';
import { auditActorOf, type Actor } from '../auth/actor.ts';
import { recordAudit, type AuditEventInput } from '../audit/audit.service.ts';
import type { Database } from '../db/schema.ts';

/** One line of an order and the deadline it sets for the hazard of its finding. */
export interface OrderDeadline {
  hazardId: string;
  deadline: Date;
  documentId: string;
  documentNo: string;
  findingId: string;
  /** The line as the order prints it: YYYY-MM-DD, or null for 立即整改. */
  line: string | null;
}

/**
 * Deadlines set on hazards by an enforcement act outside the lifecycle's own steps: the lines of a 责令限期整改
 * 指令书 (server/inspections/document.service.ts) — the order, or its correction, fixes the period of rectification
 * of the hazard each finding created (安全生产法 2021 Art. 65; 《安全生产执法程序规定》). Inside the caller's
 * transaction: every hazard's row is locked first (in id order, before the audit chain's lock, as the lifecycle
 * does), then each change writes the hazard's deadline, a timeline event `order_deadline` and an audit event. A
 * closed hazard keeps its history and is left alone, as is one whose deadline is already the line's. The caller
 * has checked that the hazards are its findings'. Returns the ids of the hazards changed.
 */
export async function setOrderDeadlines(tx: Transaction<Database>, actor: Actor, lines: readonly OrderDeadline[], now: Date): Promise<string[]> {
  if (lines.length === 0) return [];
  const rows = await tx
    .selectFrom('hazards')
    .select(['id', 'status', 'deadline'])
    .where('id', 'in', lines.map((l) => l.hazardId))
    .orderBy('id')
    .forUpdate()
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  const audits: AuditEventInput[] = [];
  const changed: string[] = [];
  for (const l of lines) {
    const hazard = byId.get(l.hazardId);
    if (!hazard || hazard.status === 'closed' || hazard.deadline?.getTime() === l.deadline.getTime()) continue;
    const body = { documentId: l.documentId, documentNo: l.documentNo, findingId: l.findingId, line: l.line };
    await tx.updateTable('hazards').set({ deadline: l.deadline, updated_at: now }).where('id', '=', l.hazardId).execute();
    await tx
      .insertInto('hazard_events')
      .values({
        hazard_id: l.hazardId,
        at: now,
        actor_id: actor.userId,
        actor_name: actor.displayName,
        action: 'order_deadline',
        from_status: hazard.status,
        to_status: hazard.status,
        body: JSON.stringify(body),
        deadline_from: hazard.deadline,
        deadline_to: l.deadline,
      })
      .execute();
    audits.push({ action: 'order_deadline', entity: 'hazard', entityId: l.hazardId, before: { deadline: hazard.deadline }, after: { deadline: l.deadline, ...body } });
    changed.push(l.hazardId);
  }
  await recordAudit(tx, auditActorOf(actor), audits);
  return changed;
}
