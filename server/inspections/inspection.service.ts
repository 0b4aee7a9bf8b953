import type { Transaction } from 'kysely';
import { sql } from 'kysely';
import { civilDateOf, lineDeadline, MIN_OFFICERS } from '../../core/inspections/document-rules.ts';
import type { Inspection, InspectionCreate, InspectionDetail, InspectionListQuery, ReinspectionCreate } from '../../core/inspections/inspection.schema.ts';
import { parseLegalBasis } from '../../core/laws/citation.ts';
import { regionLevelOf } from '../../core/organisations/regions.ts';
import { cityInstant, DAY_MS } from '../../core/shared/city-time.ts';
import { offsetOf, type Page, type PageQuery } from '../../core/shared/pagination.ts';
import { auditActorOf, type Actor } from '../auth/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { enqueueWebhookEvents, type WebhookEventInput } from '../webhooks/webhook-outbox.ts';
import type { Db } from '../db/database.ts';
import type { Database } from '../db/schema.ts';
import { invalid, notFound, type ErrorDetail } from '../http/errors.ts';
import { insertReportedHazard } from '../hazards/hazard-report.ts';
import { transitionInTransaction } from '../hazards/hazard.service.ts';
import { citationJson, lawCatalogue } from '../laws/law.service.ts';
import { findEnterpriseById, type EnterpriseRow } from '../organisations/enterprise.repository.ts';
import { unattachablePhotos } from '../photos/photo.service.ts';
import { lockDraw, publishIfAllInspected } from './draw-publication.service.ts';
import { actingDepartment } from './inspection-actor.ts';
import { presentInspection, presentInspectionDetail } from './inspection.presenter.ts';
import { documentsOf, findingsOf, findInspection, inspectionQuery, measuresOf, participantsOf, resultsOf, statusCondition } from './inspection.repository.ts';

type Common = Pick<InspectionCreate, 'place' | 'startedAt' | 'endedAt' | 'summary' | 'participants' | 'measures'>;

/** Checks shared by inspections and re-inspections (domain-rules §8.2 minimum fields), every problem at once. */
function commonProblems(input: Common, now: Date): ErrorDetail[] {
  const details: ErrorDetail[] = [];
  if (input.endedAt < input.startedAt) details.push({ path: 'endedAt', message: 'must not be before startedAt' });
  if (input.startedAt > now) details.push({ path: 'startedAt', message: 'must not be in the future' });
  const officers = input.participants.filter((p) => p.side === 'officer').length;
  if (officers < MIN_OFFICERS) {
    details.push({ path: 'participants', message: `must name at least ${MIN_OFFICERS} enforcement officers with their certificate numbers` });
  }
  return details;
}

async function insertInspection(
  tx: Transaction<Database>,
  actor: Actor,
  departmentId: string,
  enterprise: EnterpriseRow,
  input: Common & { kind: 'inspection' | 're_inspection'; drawId?: string | null; planId?: string | null; orderDocumentId?: string | null; officerChangeReason?: string | null },
): Promise<string> {
  const { id } = await tx
    .insertInto('inspections')
    .values({
      kind: input.kind,
      enterprise_id: enterprise.id,
      department_id: departmentId,
      draw_id: input.drawId ?? null,
      plan_id: input.planId ?? null,
      order_document_id: input.orderDocumentId ?? null,
      place: input.place,
      started_at: input.startedAt,
      ended_at: input.endedAt,
      summary: input.summary,
      officer_change_reason: input.officerChangeReason ?? null,
      created_by: actor.userId,
      created_by_name: actor.displayName,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await tx
    .insertInto('inspection_participants')
    .values(input.participants.map((p, position) => ({ inspection_id: id, position, side: p.side, user_id: p.userId ?? null, name: p.name, title: p.title ?? null, certificate_no: p.certificateNo ?? null })))
    .execute();
  if (input.measures.length > 0) {
    await tx
      .insertInto('inspection_measures')
      .values(input.measures.map((m, position) => ({ inspection_id: id, position, kind: m.kind, scope: m.scope, lifting_conditions: m.liftingConditions })))
      .execute();
  }
  return id;
}

/** The officers of a participant list, as user ids; null for an officer named without an account. */
const officerUserIds = (participants: Common['participants']) => participants.filter((p) => p.side === 'officer').map((p) => p.userId ?? null);

/**
 * The draw and plan an inspection names, and its officers against the draw's (双随机: 随机选派执法检查人员, 国办发
 * 〔2015〕58号): officers other than the drawn ones — one missing, one added, one named without an account — need a
 * recorded reason. Returns the problems and, when the officers differ, the reason to store.
 */
async function checkLinks(db: Db, departmentId: string, enterpriseId: string, input: InspectionCreate): Promise<{ details: ErrorDetail[]; officerChangeReason: string | null }> {
  const details: ErrorDetail[] = [];
  let officerChangeReason: string | null = null;
  if (input.drawId) {
    const draw = await db.selectFrom('inspection_draws').select(['department_id', 'enterprises', 'inspectors']).where('id', '=', input.drawId).executeTakeFirst();
    const drawn = (draw?.enterprises as { id: string }[] | undefined)?.some((e) => e.id === enterpriseId);
    if (!draw || draw.department_id !== departmentId || !drawn) {
      details.push({ path: 'drawId', message: 'is not a draw of your department that drew this enterprise' });
    } else {
      const drawnOfficers = draw.inspectors as { id: string; name: string }[];
      const present = officerUserIds(input.participants);
      const same = present.length === drawnOfficers.length && drawnOfficers.every((o) => present.includes(o.id));
      if (!same) {
        if (input.officerChangeReason) officerChangeReason = input.officerChangeReason;
        else details.push({ path: 'officerChangeReason', message: `is required when the officers differ from those drawn (${drawnOfficers.map((o) => o.name).join(', ')})` });
      }
    }
  }
  if (input.planId) {
    const plan = await db.selectFrom('inspection_plans').select('id').where('id', '=', input.planId).where('department_id', '=', departmentId).executeTakeFirst();
    if (!plan) details.push({ path: 'planId', message: 'is not a plan of your department' });
  }
  return { details, officerChangeReason };
}

/** A participant named by account must be one; an officer's must be an officer of the inspecting department. */
async function participantProblems(db: Db, departmentId: string, participants: Common['participants']): Promise<ErrorDetail[]> {
  const ids = participants.flatMap((p) => (p.userId ? [p.userId] : []));
  if (ids.length === 0) return [];
  const users = new Map((await db.selectFrom('users').select(['id', 'department_id', 'role']).where('id', 'in', ids).execute()).map((u) => [u.id, u]));
  const details: ErrorDetail[] = [];
  participants.forEach((p, i) => {
    if (!p.userId) return;
    const u = users.get(p.userId);
    if (!u) details.push({ path: `participants.${i}.userId`, message: 'is not a user of the platform' });
    else if (p.side === 'officer' && (u.department_id !== departmentId || (u.role !== 'inspector' && u.role !== 'regulator'))) {
      details.push({ path: `participants.${i}.userId`, message: 'is not an enforcement officer of your department' });
    }
  });
  return details;
}

/**
 * Records an inspection (现场检查): participants, time, place, on-site measures (安全生产法 2021 Art. 65) and
 * findings, each of which becomes a hazard with source `inspection` through the hazard service's writing half —
 * all in one transaction, so a bad finding leaves no inspection and no hazard behind.
 */
export async function createInspection(db: Db, actor: Actor, input: InspectionCreate, now = new Date()): Promise<InspectionDetail> {
  const department = await actingDepartment(db, actor);
  const enterprise = await findEnterpriseById(db, actor.scope, input.enterpriseId);
  if (!enterprise) throw notFound('Enterprise');
  const links = await checkLinks(db, department.id, enterprise.id, input);
  const details = [...commonProblems(input, now), ...links.details, ...(await participantProblems(db, department.id, input.participants))];
  // A period of rectification starts with the inspection: a line due before the day it took place is a typo.
  const inspectedOn = civilDateOf(input.startedAt);
  input.findings.forEach((f, i) => {
    if (f.deadline !== null && f.deadline < inspectedOn) details.push({ path: `findings.${i}.deadline`, message: `must not be before the day of the inspection (${inspectedOn})` });
  });
  const photoIds = input.findings.flatMap((f) => f.photoIds);
  const bad = new Set(await unattachablePhotos(db, actor, photoIds));
  input.findings.forEach((f, i) =>
    f.photoIds.forEach((id, k) => {
      if (bad.has(id)) details.push({ path: `findings.${i}.photoIds.${k}`, message: 'is not a photo you uploaded, or is already attached' });
    }),
  );
  if (new Set(photoIds).size !== photoIds.length) details.push({ path: 'findings', message: 'a photo may belong to one finding only' });
  if (details.length > 0) throw invalid(details);

  const id = await db.transaction().execute(async (tx) => {
    // The draw first, before any audit event: its publication below must not race another inspection's.
    if (input.drawId) await lockDraw(tx, input.drawId);
    const id = await insertInspection(tx, actor, department.id, enterprise, { ...input, kind: 'inspection', officerChangeReason: links.officerChangeReason });
    const foundAt = input.startedAt;
    // The structured citation of each finding's basis where it is certain (docs/adr/0049); the text stays.
    const catalogue = input.findings.length > 0 ? await lawCatalogue(tx) : [];
    for (const [position, f] of input.findings.entries()) {
      const hazardId = await insertReportedHazard(
        tx,
        actor,
        enterprise,
        {
          enterpriseId: enterprise.id,
          title: f.checkItem.slice(0, 200),
          description: f.description,
          location: f.location,
          source: 'inspection',
          category: f.category,
          grade: f.grade,
          foundAt,
          legalBasis: f.legalBasis,
          photoIds: f.photoIds,
        },
        now,
        // The line of the order-to-be is the hazard's period from the start (立即: the end of today, lineDeadline).
        { deadline: lineDeadline(f.deadline, now) },
      );
      await tx
        .insertInto('inspection_findings')
        .values({
          inspection_id: id,
          position,
          check_item: f.checkItem,
          legal_basis: JSON.stringify(f.legalBasis),
          citation: citationJson(parseLegalBasis(f.legalBasis, catalogue)),
          description: f.description,
          location: f.location,
          grade: f.grade,
          deadline_date: f.deadline,
          hazard_id: hazardId,
        })
        .execute();
    }
    await recordAudit(tx, auditActorOf(actor), { action: 'create', entity: 'inspection', entityId: id, after: { ...input, departmentId: department.id } });
    await enqueueWebhookEvents(
      tx,
      [{ event: 'inspection.created', subject: { enterpriseId: enterprise.id }, data: { inspectionId: id, enterpriseId: enterprise.id, kind: 'inspection', findings: input.findings.length, orderDocumentId: null } }],
      now,
    );
    // 一公开: the inspection that completes a draw publishes it.
    if (input.drawId) await publishIfAllInspected(tx, actor, input.drawId, now);
    return id;
  });
  return getInspection(db, actor, id);
}

/**
 * A re-inspection (整改复查) of one rectification order: an item-by-item result over the order's findings, each
 * applied to its hazard through the lifecycle (`reinspect`: 已整改 closes, 部分整改 / 未整改 reopens), in one
 * transaction with the record.
 */
export async function createReinspection(db: Db, actor: Actor, input: ReinspectionCreate, now = new Date()): Promise<InspectionDetail> {
  const department = await actingDepartment(db, actor);
  const order = await db
    .selectFrom('enforcement_documents as doc')
    .select(['doc.id', 'doc.kind', 'doc.number', 'doc.enterprise_id', 'doc.inspection_id'])
    .where('doc.id', '=', input.orderDocumentId)
    .executeTakeFirst();
  // Out of scope is as unknown as absent (api.md).
  const enterprise = order ? await findEnterpriseById(db, actor.scope, order.enterprise_id) : undefined;
  if (!order || !enterprise) throw notFound('Rectification order');
  if (order.kind !== 'rectification_order') throw invalid([{ path: 'orderDocumentId', message: 'must be a 责令限期整改指令书' }]);
  const findings = await findingsOf(db, order.inspection_id);
  const byId = new Map(findings.map((f) => [f.id, f]));
  const details = commonProblems(input, now);
  input.results.forEach((r, i) => {
    if (!byId.has(r.findingId)) details.push({ path: `results.${i}.findingId`, message: 'is not a finding of this order' });
  });
  const covered = new Set(input.results.map((r) => r.findingId));
  if (covered.size !== input.results.length) details.push({ path: 'results', message: 'must name each finding once' });
  findings.forEach((f) => {
    if (!covered.has(f.id)) details.push({ path: 'results', message: `must give a result for finding ${f.position + 1} (${f.check_item})` });
  });
  if (details.length > 0) throw invalid(details);

  const id = await db.transaction().execute(async (tx) => {
    const id = await insertInspection(tx, actor, department.id, enterprise, { ...input, kind: 're_inspection', orderDocumentId: order.id, measures: input.measures });
    for (const [position, r] of input.results.entries()) {
      await tx.insertInto('reinspection_results').values({ inspection_id: id, finding_id: r.findingId, position, result: r.result, note: r.note }).execute();
      await transitionInTransaction(tx, actor, byId.get(r.findingId)!.hazard_id, { action: 'reinspect', result: r.result, documentNo: order.number, comment: r.note || undefined }, now);
    }
    await recordAudit(tx, auditActorOf(actor), { action: 'create', entity: 'inspection', entityId: id, after: { ...input, kind: 're_inspection' } });
    const subject = { enterpriseId: enterprise.id };
    const events: WebhookEventInput[] = [
      { event: 'inspection.created', subject, data: { inspectionId: id, enterpriseId: enterprise.id, kind: 're_inspection', findings: input.results.length, orderDocumentId: order.id } },
    ];
    // Every finding of the order rectified: the order is complied with (its hazards closed above).
    if (input.results.every((r) => r.result === 'rectified')) {
      events.push({ event: 'inspection.closed', subject, data: { inspectionId: id, orderDocumentId: order.id, orderInspectionId: order.inspection_id, enterpriseId: enterprise.id } });
    }
    await enqueueWebhookEvents(tx, events, now);
    return id;
  });
  return getInspection(db, actor, id);
}

export async function getInspection(db: Db, actor: Actor, id: string): Promise<InspectionDetail> {
  const row = await findInspection(db, actor.scope, id);
  if (!row) throw notFound('Inspection');
  const [participants, findings, measures, results, documents] = await Promise.all([
    participantsOf(db, id),
    findingsOf(db, id),
    measuresOf(db, id),
    resultsOf(db, id),
    documentsOf(db, id),
  ]);
  return presentInspectionDetail(row, { participants, findings, measures, results, documents });
}

/** The first instant of a civil date YYYY-MM-DD in the city. */
const dayStart = (date: string) => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return cityInstant({ year, month, day });
};

/**
 * The clerk's list (issue 13): newest inspection first, by when it took place; every filter reads an index —
 * text search through the trigram indexes of enterprise names and document numbers, the officer through the
 * officers' names (partial trigram index), the region through the enterprises' paths, the day range through
 * `inspections_started_idx`, and the status through the findings of each inspection (inspection.repository.ts).
 */
export async function listInspections(db: Db, actor: Actor, query: PageQuery & InspectionListQuery): Promise<Page<Inspection>> {
  let q = inspectionQuery(db, actor.scope);
  if (query.enterpriseId) q = q.where('i.enterprise_id', '=', query.enterpriseId);
  if (query.kind) q = q.where('i.kind', '=', query.kind);
  if (query.drawId) q = q.where('i.draw_id', '=', query.drawId);
  if (query.status) q = q.where(statusCondition(query.status));
  if (query.regionCode) {
    q = regionLevelOf(query.regionCode) === 'district'
      ? q.where('enterprises.district_code', '=', query.regionCode)
      : q.where(sql<boolean>`enterprises.region_path @> ARRAY[${query.regionCode}]::text[]`);
  }
  if (query.from) q = q.where('i.started_at', '>=', dayStart(query.from));
  if (query.to) q = q.where('i.started_at', '<', new Date(dayStart(query.to).getTime() + DAY_MS));
  if (query.q) {
    const like = `%${escapeLike(query.q)}%`;
    q = q.where((eb) =>
      eb.or([
        eb('enterprises.name', 'ilike', like),
        eb('i.id', 'in', eb.selectFrom('enforcement_documents').select('inspection_id').where('number', 'ilike', like)),
      ]),
    );
  }
  if (query.officer) {
    const like = `%${escapeLike(query.officer)}%`;
    q = q.where((eb) => eb.exists(eb.selectFrom('inspection_participants as p').select(sql`1`.as('one')).whereRef('p.inspection_id', '=', 'i.id').where('p.side', '=', 'officer').where('p.name', 'ilike', like)));
  }
  const [rows, total] = await Promise.all([
    q.orderBy('i.started_at', 'desc').orderBy('i.id', 'desc').limit(query.pageSize).offset(offsetOf(query)).execute(),
    q.clearSelect().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(presentInspection), total: Number(total.n), page: query.page, pageSize: query.pageSize };
}

/** `%`, `_` and `\` typed in a search box are searched for as themselves. */
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
