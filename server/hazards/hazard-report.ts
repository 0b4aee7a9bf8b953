import type { Transaction } from 'kysely';
import type { HazardCreate } from '../../core/hazards/hazard.schema.ts';
import { newHazardState } from '../../core/hazards/hazard-state.ts';
import { auditActorOf, type Actor } from '../auth/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Database } from '../db/schema.ts';
import type { EnterpriseRow } from '../organisations/enterprise.repository.ts';
import { attachPhotos, insertHazard, insertHazardEvent } from './hazard.repository.ts';
import { columnsOf } from './hazard-state.mapper.ts';
import { enqueueWebhookEvents } from '../webhooks/webhook-outbox.ts';

/**
 * The writing half of `reportHazard` (hazard.service.ts), inside the caller's transaction: the hazard, its
 * finding photos, its `report` timeline event and audit event. The caller has checked the enterprise (in scope),
 * `foundAt` and the photos. A task execution uses it so that the task, its results and the hazards its failed
 * items create commit together; `reportHazard` wraps it in a transaction of its own.
 *
 * `deadline`: a period the hazard is given as it is reported — an inspection finding's line of the order
 * (server/inspections), so that overdue detection and escalation apply to it from the start.
 */
export async function insertReportedHazard(
  tx: Transaction<Database>,
  actor: Actor,
  enterprise: EnterpriseRow,
  input: HazardCreate,
  now: Date,
  options: { deadline?: Date } = {},
): Promise<string> {
  const state = { ...newHazardState({ grade: input.grade, foundAt: input.foundAt }), deadline: options.deadline };
  const { id } = await insertHazard(tx, {
    enterprise_id: enterprise.id,
    district_code: enterprise.district_code,
    region_path: enterprise.region_path,
    industry_path: enterprise.industry_path,
    title: input.title,
    description: input.description,
    location: input.location,
    source: input.source,
    category: input.category,
    grade: input.grade,
    found_at: input.foundAt,
    legal_basis: JSON.stringify(input.legalBasis),
    checklist_item_id: input.checklistItemId ?? null,
    reported_by: actor.userId,
    reported_by_name: actor.displayName,
    ...columnsOf(state),
  });
  await attachPhotos(tx, id, input.photoIds, 'finding');
  await insertHazardEvent(tx, {
    hazard_id: id,
    at: now,
    actor_id: actor.userId,
    actor_name: actor.displayName,
    action: 'report',
    from_status: null,
    to_status: state.status,
    body: JSON.stringify(input),
    deadline_from: null,
    deadline_to: options.deadline ?? null,
  });
  await recordAudit(tx, auditActorOf(actor), {
    action: 'report',
    entity: 'hazard',
    entityId: id,
    after: { ...input, status: state.status, ...(options.deadline ? { deadline: options.deadline } : {}) },
  });
  await enqueueWebhookEvents(tx, [{ event: 'hazard.reported', subject: { enterpriseId: enterprise.id }, data: { hazardId: id, enterpriseId: enterprise.id, grade: input.grade, title: input.title } }], now);
  return id;
}
