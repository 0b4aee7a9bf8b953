import type { AccidentCreate, AccidentDetail, AccidentFlag, AccidentListQuery, Accident, ReportingRecord } from '../../core/accidents/accident.schema.ts';
import { recordLevelReport, type ReportingStep } from '../../core/accidents/reporting-chain.ts';
import { decideInvestigation, investigationOf, type InvestigationAction } from '../../core/accidents/investigation.ts';
import type { AccidentGrade } from '../../core/accidents/accident-grade.ts';
import { coversEnterprise } from '../../core/organisations/scope.ts';
import { offsetOf, type Page, type PageQuery } from '../../core/shared/pagination.ts';
import { auditActorOf, type Actor } from '../auth/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { enqueueWebhookEvents } from '../webhooks/webhook-outbox.ts';
import { accidentReported } from './accident-webhooks.ts';
import type { Db } from '../db/database.ts';
import type { EventBus } from '../events/event-bus.ts';
import { AppError, conflict, forbidden, invalid, notFound, type ErrorDetail } from '../http/errors.ts';
import { findEnterpriseById } from '../organisations/enterprise.repository.ts';
import { accidentRow, placeOf } from './accident-record.ts';
import { presentAccident, presentAccidentDetail } from './accident.presenter.ts';
import { accidentRevisions, findAccident, findAccidentForUpdate, insertAccidents, listAccidents, type AccidentRow } from './accident.repository.ts';

export const subjectOf = (r: Pick<AccidentRow, 'enterprise_id' | 'region_path' | 'industry_path'>) => ({
  ...(r.enterprise_id ? { id: r.enterprise_id } : {}),
  regionPath: r.region_path,
  industryPath: r.industry_path,
});

export function publishAccident(events: EventBus | undefined, type: 'accident.reported' | 'accident.revised', row: AccidentRow, at: Date) {
  events?.publish({
    type,
    at: at.toISOString(),
    subject: subjectOf(row),
    data: { accidentId: row.id, grade: row.grade as AccidentGrade, deaths: row.deaths, districtCode: row.district_code, enterpriseName: row.enterprise_name, occurredAt: row.occurred_at.toISOString() },
  });
}

export async function reportAccident(db: Db, actor: Actor, input: AccidentCreate, events?: EventBus, now = new Date()): Promise<AccidentDetail> {
  const enterpriseId = input.enterpriseId ?? (actor.role === 'enterprise' ? actor.enterpriseId : null);
  const enterprise = enterpriseId ? await findEnterpriseById(db, actor.scope, enterpriseId) : null;
  if (enterpriseId && !enterprise) throw notFound('Enterprise');
  const errors: ErrorDetail[] = [];
  if (input.occurredAt > now) errors.push({ path: 'occurredAt', message: 'must not be in the future' });
  if (input.knownAt && input.knownAt > now) errors.push({ path: 'knownAt', message: 'must not be in the future' });
  const { place, errors: placeErrors } = placeOf(input, enterprise ?? null);
  errors.push(...placeErrors.map(({ path, message }) => ({ path, message })));
  if (errors.length > 0 || !place) throw invalid(errors);
  if (!enterprise && !coversEnterprise(actor.scope, { regionPath: place.regionPath, industryPath: place.industryPath })) {
    throw forbidden('The region and industry lie outside your scope', 'outside_scope');
  }
  const id = await db.transaction().execute(async (tx) => {
    const values = accidentRow(input, place, { userId: actor.userId, name: actor.displayName, source: 'report' }, now);
    const [row] = await insertAccidents(tx, [values]);
    await recordAudit(tx, auditActorOf(actor), { action: 'report', entity: 'accident', entityId: row!.id, after: input });
    await enqueueWebhookEvents(tx, [accidentReported(row!.id, { ...values, enterprise_id: place.enterpriseId, occurred_at: input.occurredAt }, input, values.grade as AccidentGrade)], now);
    return row!.id;
  });
  const row = (await findAccident(db, actor.scope, id))!;
  publishAccident(events, 'accident.reported', row, now);
  return presentAccidentDetail(row, []);
}

export async function getAccident(db: Db, actor: Actor, id: string): Promise<AccidentDetail> {
  const row = await findAccident(db, actor.scope, id);
  if (!row) throw notFound('Accident');
  return presentAccidentDetail(row, await accidentRevisions(db, id));
}

export async function searchAccidents(db: Db, actor: Actor, query: AccidentListQuery & PageQuery): Promise<Page<Accident>> {
  const { rows, total } = await listAccidents(db, actor.scope, query, query.pageSize, offsetOf(query));
  return { items: rows.map((r) => presentAccident(r)), total, page: query.page, pageSize: query.pageSize };
}

export async function flagAccident(db: Db, actor: Actor, id: string, flag: AccidentFlag, now = new Date()): Promise<AccidentDetail> {
  await db.transaction().execute(async (tx) => {
    const row = await findAccidentForUpdate(tx, actor.scope, id);
    if (!row) throw notFound('Accident');
    const column = flag.kind === 'concealed' ? 'concealed' : 'false_report';
    if (row[column] !== null) {
      const message = `The accident is already flagged as ${flag.kind}`;
      throw conflict(message, [{ path: '', message, reason: 'already_flagged', params: { kind: flag.kind } }]);
    }
    const finding = { evidence: flag.evidence, by: actor.displayName, at: now.toISOString() };
    await tx.updateTable('accidents').set({ [column]: JSON.stringify(finding), updated_at: now }).where('id', '=', id).execute();
    await recordAudit(tx, auditActorOf(actor), { action: `flag_${flag.kind}`, entity: 'accident', entityId: id, after: finding });
  });
  return getAccident(db, actor, id);
}

/**
 * Records a level's report up the chain (493号令 Art. 11): the step is done from then on, 迟报 when after its
 * deadline. Any regulator in scope records it; the audit event names who.
 */
export async function recordChainReport(db: Db, actor: Actor, id: string, input: ReportingRecord, now = new Date()): Promise<AccidentDetail> {
  await db.transaction().execute(async (tx) => {
    const row = await findAccidentForUpdate(tx, actor.scope, id);
    if (!row) throw notFound('Accident');
    const decision = recordLevelReport(row.reporting_chain as ReportingStep[], input.to, input.at, actor.displayName, now);
    if (!decision.ok) {
      if (decision.code === 'VALIDATION_FAILED') throw invalid([{ path: decision.path ?? 'to', message: decision.message }]);
      throw new AppError(decision.code, decision.message);
    }
    await tx.updateTable('accidents').set({ reporting_chain: JSON.stringify(decision.steps), updated_at: now }).where('id', '=', id).execute();
    await recordAudit(tx, auditActorOf(actor), { action: 'chain_report', entity: 'accident', entityId: id, after: { to: input.to, at: input.at.toISOString() } });
  });
  return getAccident(db, actor, id);
}

export async function advanceInvestigation(db: Db, actor: Actor, id: string, action: InvestigationAction, now = new Date()): Promise<AccidentDetail> {
  await db.transaction().execute(async (tx) => {
    const row = await findAccidentForUpdate(tx, actor.scope, id);
    if (!row) throw notFound('Accident');
    const progress = { extendedByDays: row.investigation_extended_days, reportSubmittedAt: row.investigation_report_at, repliedAt: row.investigation_replied_at };
    const current = investigationOf(row.grade as AccidentGrade, row.occurred_at, progress);
    const decision = decideInvestigation(current, row.occurred_at, action, now);
    if (!decision.ok) throw new AppError('INVALID_TRANSITION', decision.message, [{ path: '', message: decision.message, reason: decision.reason }]);
    const c = decision.changes;
    await tx
      .updateTable('accidents')
      .set({
        ...(c.extendedByDays !== undefined ? { investigation_extended_days: c.extendedByDays } : {}),
        ...(c.reportSubmittedAt ? { investigation_report_at: c.reportSubmittedAt } : {}),
        ...(c.repliedAt ? { investigation_replied_at: c.repliedAt } : {}),
        updated_at: now,
      })
      .where('id', '=', id)
      .execute();
    await recordAudit(tx, auditActorOf(actor), { action: `investigation_${action.action}`, entity: 'accident', entityId: id, before: current, after: action });
  });
  return getAccident(db, actor, id);
}
