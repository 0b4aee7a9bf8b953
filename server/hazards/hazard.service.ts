import type { HazardCreate } from '../../core/hazards/hazard.schema.ts';
import type { HazardDetail, HazardListQuery, Hazard } from '../../core/hazards/hazard-view.schema.ts';
import type { TransitionBody } from '../../core/hazards/hazard-transition.schema.ts';
import { allowedActions, decide } from '../../core/hazards/hazard-lifecycle.ts';
import { offsetOf, type Page, type PageQuery } from '../../core/shared/pagination.ts';
import { auditActorOf, type Actor } from '../auth/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Transaction } from 'kysely';
import type { Db } from '../db/database.ts';
import type { EventBus } from '../events/event-bus.ts';
import type { Database } from '../db/schema.ts';
import { AppError, invalid, notFound } from '../http/errors.ts';
import { findEnterpriseById } from '../organisations/enterprise.repository.ts';
import { unattachablePhotos } from '../photos/photo.service.ts';
import { enqueueWebhookEvents } from '../webhooks/webhook-outbox.ts';
import { presentHazard, presentHazardDetail } from './hazard.presenter.ts';
import { insertReportedHazard } from './hazard-report.ts';
import {
  attachPhotos,
  findHazard,
  findHazardForUpdate,
  hazardEvents,
  hazardPhotos,
  insertHazardEvent,
  listHazards,
  type HazardRow,
} from './hazard.repository.ts';
import { columnsOf, stateOf } from './hazard-state.mapper.ts';
import { refuseClosingWhileAlarmActive } from '../monitoring/bridged-hazard-guard.ts';

async function checkPhotos(db: Db, actor: Actor, photoIds: readonly string[], path: string) {
  const bad = await unattachablePhotos(db, actor, photoIds);
  if (bad.length > 0) {
    throw invalid(bad.map((id) => ({ path: `${path}.${photoIds.indexOf(id)}`, message: 'is not a photo you uploaded, or is already attached' })));
  }
}

async function detailOf(db: Db, actor: Actor, row: HazardRow, now: Date): Promise<HazardDetail> {
  const [events, photos] = await Promise.all([hazardEvents(db, row.id), hazardPhotos(db, row.id)]);
  return presentHazardDetail(row, events, photos, allowedActions(stateOf(row), { userId: actor.userId, role: actor.role }), now);
}

export async function reportHazard(db: Db, actor: Actor, input: HazardCreate, now = new Date(), events?: EventBus): Promise<HazardDetail> {
  // An enterprise outside the caller's scope is as unknown as one that does not exist (api.md).
  const enterprise = await findEnterpriseById(db, actor.scope, input.enterpriseId);
  if (!enterprise) throw notFound('Enterprise');
  if (input.foundAt > now) throw invalid([{ path: 'foundAt', message: 'must not be in the future' }]);
  await checkPhotos(db, actor, input.photoIds, 'photoIds');
  const id = await db.transaction().execute((tx) => insertReportedHazard(tx, actor, enterprise, input, now));
  // After the commit (event-bus.ts): the cockpit's ticker and any other listener hear of a new major hazard.
  if (input.grade === 'major') {
    events?.publish({
      type: 'hazard.major_reported',
      at: now.toISOString(),
      subject: { id: enterprise.id, regionPath: enterprise.region_path, industryPath: enterprise.industry_path },
      data: { hazardId: id, enterpriseId: enterprise.id, enterpriseName: enterprise.name, districtCode: enterprise.district_code, title: input.title },
    });
  }
  return getHazard(db, actor, id, now);
}

export async function getHazard(db: Db, actor: Actor, id: string, now = new Date()): Promise<HazardDetail> {
  const row = await findHazard(db, actor.scope, id);
  if (!row) throw notFound('Hazard');
  return detailOf(db, actor, row, now);
}

export async function searchHazards(db: Db, actor: Actor, query: HazardListQuery & PageQuery, now = new Date()): Promise<Page<Hazard>> {
  const { rows, total } = await listHazards(db, actor.scope, query, query.pageSize, offsetOf(query), now);
  return { items: rows.map((r) => presentHazard(r, now)), total, page: query.page, pageSize: query.pageSize };
}

const photoKindOf = { submit_for_review: 'result', rectify_immediately: 'evidence' } as const;

/**
 * One lifecycle step: lock the hazard, let the pure state machine decide, write the new state, its timeline
 * event, any photos and the audit event in one transaction. Of two concurrent transitions the second sees the
 * first's result, so exactly one of two conflicting ones wins; the other gets 409.
 */
export async function transitionHazard(db: Db, actor: Actor, id: string, body: TransitionBody, now = new Date()): Promise<HazardDetail> {
  const row = await db.transaction().execute((tx) => transitionInTransaction(tx, actor, id, body, now));
  return detailOf(db, actor, row, now);
}

/**
 * The writing half of `transitionHazard`, inside the caller's transaction: a re-inspection (server/inspections)
 * moves the hazards of its order together with its own record.
 */
export async function transitionInTransaction(tx: Transaction<Database>, actor: Actor, id: string, body: TransitionBody, now: Date): Promise<HazardRow> {
  const photoIds = 'photoIds' in body ? body.photoIds : [];
  const current = await findHazardForUpdate(tx, actor.scope, id);
  if (!current) throw notFound('Hazard');
  const before = stateOf(current);
  const decision = decide(before, { userId: actor.userId, role: actor.role }, body, now);
  if (!decision.ok) throw new AppError(decision.error.code, decision.error.message, decision.error.details);
  await checkPhotos(tx, actor, photoIds, 'photoIds');
  const { next, event } = decision;
  if (next.status === 'closed') await refuseClosingWhileAlarmActive(tx, id);
  await tx.updateTable('hazards').set({ ...columnsOf(next), updated_at: now }).where('id', '=', id).execute();
  if (body.action in photoKindOf) await attachPhotos(tx, id, photoIds, photoKindOf[body.action as keyof typeof photoKindOf]);
  await insertHazardEvent(tx, {
    hazard_id: id,
    at: now,
    actor_id: actor.userId,
    actor_name: actor.displayName,
    action: body.action,
    from_status: event.from,
    to_status: event.to,
    body: JSON.stringify(body),
    deadline_from: event.deadlineChange?.from ?? null,
    deadline_to: event.deadlineChange?.to ?? null,
  });
  await enqueueWebhookEvents(
    tx,
    [{ event: 'hazard.transitioned', subject: { enterpriseId: current.enterprise_id }, data: { hazardId: id, enterpriseId: current.enterprise_id, action: body.action, from: event.from, to: event.to, deadline: next.deadline?.toISOString() ?? null } }],
    now,
  );
  await recordAudit(tx, auditActorOf(actor), {
    action: body.action,
    entity: 'hazard',
    entityId: id,
    before: { status: before.status, deadline: before.deadline },
    after: { status: next.status, deadline: next.deadline, body },
  });
  return (await findHazard(tx, actor.scope, id))!;
}
