import type { Transaction } from 'kysely';
import { allowedActions, decide } from '../../core/enforcement/case-lifecycle.ts';
import type { CaseActionBody, CaseCreate } from '../../core/enforcement/case.schema.ts';
import type { CaseDetail, CaseListQuery, CaseSummary } from '../../core/enforcement/case-view.schema.ts';
import { newCaseState, outstandingFen, type CaseState } from '../../core/enforcement/case-state.ts';
import { findBenchmark } from '../../core/enforcement/discretion.ts';
import { DEFAULT_PROCEDURE_RULES, WEEKDAY_CALENDAR, type ProcedureRules, type WorkingDayCalendar } from '../../core/enforcement/procedure-rules.ts';
import { departmentNumberPrefix, numberingYear } from '../../core/inspections/document-rules.ts';
import { offsetOf, type Page, type PageQuery } from '../../core/shared/pagination.ts';
import { auditActorOf, type Actor } from '../auth/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import type { Database } from '../db/schema.ts';
import { AppError, invalid, notFound, type ErrorDetail } from '../http/errors.ts';
import { nextSerial } from '../inspections/document.service.ts';
import { actingDepartment } from '../inspections/inspection-actor.ts';
import { findEnterpriseById } from '../organisations/enterprise.repository.ts';
import { benchmarksInForce, todayOf } from './benchmark.service.ts';
import { documentsOfCase, issueCaseDocument } from './case-document.service.ts';
import { evidenceOf, findCase, findCaseForUpdate, listCaseRows, paymentsOf, timelineOf, type CaseRow } from './case.repository.ts';

/**
 * Penalty cases (issue 14, docs/adr/0050): filing, the list, one case with its timeline, and each step of the
 * procedure — decided by core/enforcement/case-lifecycle.ts, written with its event, its evidence or payment row
 * and its audit record in one transaction.
 */

export interface CaseProcedure {
  rules: ProcedureRules;
  calendar: WorkingDayCalendar;
}
export const DEFAULT_CASE_PROCEDURE: CaseProcedure = { rules: DEFAULT_PROCEDURE_RULES, calendar: WEEKDAY_CALENDAR };

/** 案号: the department's prefix, 立 (立案), the year in 〔〕 and the serial, e.g. 成应急立〔2026〕3号. */
export const caseNumber = (departmentName: string, year: number, serial: number) => `${departmentNumberPrefix(departmentName)}立〔${year}〕${serial}号`;

function presentSummary(row: CaseRow): CaseSummary {
  return {
    id: row.id,
    number: row.number,
    status: row.status as CaseSummary['status'],
    departmentId: row.department_id,
    enterpriseId: row.enterprise_id,
    enterpriseName: row.enterprise_name,
    violationCode: row.violation_code,
    source: { kind: row.source_kind as CaseSummary['source']['kind'], id: row.source_id, note: row.source_note },
    filedOn: row.filed_on,
    decidedOn: row.decided_on,
    fineYuan: row.fine_yuan,
    fineFlagged: row.fine_flagged,
    paidFen: row.paid_fen,
    closedOn: row.closed_on,
    filedByName: row.filed_by_name,
  };
}

async function detailOf(db: Db, actor: Actor, row: CaseRow): Promise<CaseDetail> {
  const state = row.state as CaseState;
  const [timeline, evidence, payments, documents, inForce] = await Promise.all([
    timelineOf(db, row.id),
    evidenceOf(db, row.id),
    paymentsOf(db, row.id),
    documentsOfCase(db, row.id),
    benchmarksInForce(db, row.region_path, row.filed_on),
  ]);
  return {
    ...presentSummary(row),
    violationTitle: findBenchmark(inForce.benchmarks, row.violation_code)?.title ?? null,
    summary: row.summary,
    persons: row.persons as CaseDetail['persons'],
    notice: state.notice ?? null,
    hearing: state.hearing ?? null,
    decision: state.decision ? { decidedOn: state.decision.decidedOn, penalty: state.decision.penalty, totalFineYuan: state.decision.totalFineYuan, flagged: state.decision.flagged } : null,
    decisionServedOn: state.decisionServedOn ?? null,
    schedule: state.schedule,
    outstandingFen: outstandingFen(state),
    evidence: evidence.map((e) => ({ id: e.id, kind: e.kind, takenAt: new Date(e.taken_at).toISOString(), description: e.description, officers: (e.officers as { name: string; certificateNo: string }[]).map(({ name, certificateNo }) => ({ name, certificateNo })) })),
    payments: payments.map((p) => ({ id: p.id, paidOn: p.paid_on, amountFen: p.amount_fen, receiptNo: p.receipt_no })),
    timeline: timeline.map((e) => ({ action: e.action, from: e.from_status as CaseDetail['status'] | null, to: e.to_status as CaseDetail['status'], at: new Date(e.at).toISOString(), actorName: e.actor_name, flagged: e.flagged, body: e.body })),
    documents: documents.map((d) => ({ id: d.id, kind: d.kind as CaseDetail['documents'][number]['kind'], number: d.number, issuedAt: new Date(d.issued_at).toISOString() })),
    allowedActions: allowedActions(state, { userId: actor.userId, role: actor.role }),
  };
}

export async function listCases(db: Db, actor: Actor, q: CaseListQuery & PageQuery): Promise<Page<CaseSummary>> {
  const [rows, total] = await listCaseRows(db, actor.scope, q, q.pageSize, offsetOf(q));
  return { items: rows.map(presentSummary), total, page: q.page, pageSize: q.pageSize };
}

export async function getCase(db: Db, actor: Actor, id: string): Promise<CaseDetail> {
  const row = await findCase(db, actor.scope, id);
  if (!row) throw notFound('Penalty case');
  return detailOf(db, actor, row);
}

/** The source must exist and concern the same enterprise; a report or a transfer is described in its note. */
async function sourceProblems(db: Db, enterpriseId: string, source: CaseCreate['source']): Promise<ErrorDetail[]> {
  const needsId = source.kind === 'inspection_finding' || source.kind === 'reinspection_order' || source.kind === 'accident';
  if (!needsId) return source.note ? [] : [{ path: 'source.note', message: `is required for a source ${source.kind}` }];
  if (!source.id) return [{ path: 'source.id', message: `is required for a source ${source.kind}` }];
  let found: unknown;
  if (source.kind === 'inspection_finding') {
    found = await db.selectFrom('inspection_findings as f').innerJoin('inspections as i', 'i.id', 'f.inspection_id').select('f.id').where('f.id', '=', source.id).where('i.enterprise_id', '=', enterpriseId).executeTakeFirst();
  } else if (source.kind === 'reinspection_order') {
    found = await db
      .selectFrom('enforcement_documents as d')
      .innerJoin('inspections as i', 'i.id', 'd.inspection_id')
      .select('d.id')
      .where('d.id', '=', source.id)
      .where('d.kind', 'in', ['rectification_order', 'reinspection_opinion'])
      .where('i.enterprise_id', '=', enterpriseId)
      .executeTakeFirst();
  } else {
    found = await db.selectFrom('accidents').select('id').where('id', '=', source.id).where('enterprise_id', '=', enterpriseId).executeTakeFirst();
  }
  return found ? [] : [{ path: 'source.id', message: `is not a ${source.kind} of this enterprise` }];
}

/** 立案: the case is numbered, registered and waits for the filing approval by another officer. */
export async function createCase(db: Db, actor: Actor, input: CaseCreate, now = new Date()): Promise<CaseDetail> {
  const department = await actingDepartment(db, actor);
  const enterprise = await findEnterpriseById(db, actor.scope, input.enterpriseId);
  if (!enterprise) throw notFound('Enterprise');
  const details: ErrorDetail[] = [];
  const today = todayOf(now);
  if (input.filedOn > today) details.push({ path: 'filedOn', message: `must not be after today (${today})` });
  const inForce = await benchmarksInForce(db, enterprise.region_path, input.filedOn);
  if (!findBenchmark(inForce.benchmarks, input.violationCode)) details.push({ path: 'violationCode', message: 'is not a violation type of the discretion benchmarks in force' });
  details.push(...(await sourceProblems(db, enterprise.id, input.source)));
  if (details.length > 0) throw invalid(details);

  const id = await db.transaction().execute(async (tx) => {
    const year = numberingYear(now);
    const serial = await nextSerial(tx, department.id, year, 'penalty_case');
    const state = newCaseState(actor.userId, input.filedOn);
    const { id } = await tx
      .insertInto('penalty_cases')
      .values({
        number: caseNumber(department.name, year, serial),
        year,
        serial,
        department_id: department.id,
        enterprise_id: enterprise.id,
        region_path: enterprise.region_path,
        violation_code: input.violationCode,
        source_kind: input.source.kind,
        source_id: input.source.id ?? null,
        source_note: input.source.note ?? null,
        persons: JSON.stringify(input.persons),
        summary: input.summary,
        status: state.status,
        state: JSON.stringify(state),
        filed_on: input.filedOn,
        filed_by: actor.userId,
        filed_by_name: actor.displayName,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx.insertInto('case_events').values({ case_id: id, action: 'file', from_status: null, to_status: state.status, body: JSON.stringify(input), actor_id: actor.userId, actor_name: actor.displayName, at: now }).execute();
    await recordAudit(tx, auditActorOf(actor), { action: 'penalty_case.file', entity: 'penalty_case', entityId: id, after: input });
    return id;
  });
  return getCase(db, actor, id);
}

/** Officers named on evidence by account must be enforcement officers of the case's department. */
async function officerProblems(tx: Transaction<Database>, departmentId: string, body: CaseActionBody): Promise<ErrorDetail[]> {
  if (body.action !== 'record_evidence') return [];
  const ids = body.officers.flatMap((o) => (o.userId ? [o.userId] : []));
  if (ids.length === 0) return [];
  const users = await tx.selectFrom('users').select(['id']).where('id', 'in', ids).where('department_id', '=', departmentId).where('role', 'in', ['regulator', 'inspector']).execute();
  return body.officers.flatMap((o, i) => (o.userId && !users.some((u) => u.id === o.userId) ? [{ path: `officers.${i}.userId`, message: 'is not an enforcement officer of the case’s department' }] : []));
}

/** The day the step takes effect, for the benchmark in force: the notice's or decision's date, else today. */
const actOn = (body: CaseActionBody, today: string) => (body.action === 'serve_notice' ? body.servedOn : body.action === 'decide' ? body.decidedOn : today);

/** One step of the procedure (POST /penalty-cases/{id}/actions/{action}). */
export async function actOnCase(db: Db, actor: Actor, id: string, body: CaseActionBody, procedure = DEFAULT_CASE_PROCEDURE, now = new Date()): Promise<CaseDetail> {
  await db.transaction().execute(async (tx) => {
    const row = await findCaseForUpdate(tx, actor.scope, id);
    if (!row) throw notFound('Penalty case');
    const before = row.state as CaseState;
    const inForce = await benchmarksInForce(tx, row.region_path, actOn(body, todayOf(now)));
    const benchmark = findBenchmark(inForce.benchmarks, row.violation_code);
    if (!benchmark) throw invalid([{ path: '', message: `the violation type ${row.violation_code} has no discretion benchmark in force` }]);
    const decision = decide(before, { userId: actor.userId, role: actor.role }, body, { now, ...procedure, benchmark });
    if (!decision.ok) {
      throw decision.error.code === 'VALIDATION_FAILED' ? invalid(decision.error.details ?? []) : new AppError(decision.error.code, decision.error.message, decision.error.details);
    }
    const officers = await officerProblems(tx, row.department_id, body);
    if (officers.length > 0) throw invalid(officers);
    const { next, event } = decision;
    await tx
      .updateTable('penalty_cases')
      .set({
        status: next.status,
        state: JSON.stringify(next),
        decided_on: next.decision?.decidedOn ?? null,
        fine_yuan: next.decision?.totalFineYuan ?? null,
        fine_flagged: next.decision?.flagged ?? false,
        paid_fen: next.paidFen,
        closed_on: next.ended?.on ?? null,
        updated_at: now,
      })
      .where('id', '=', id)
      .execute();
    if (body.action === 'record_evidence') {
      await tx.insertInto('case_evidence').values({ case_id: id, kind: body.kind, taken_at: body.takenAt, description: body.description, officers: JSON.stringify(body.officers), recorded_by: actor.userId }).execute();
    }
    if (body.action === 'record_payment') {
      await tx.insertInto('case_payments').values({ case_id: id, paid_on: body.paidOn, amount_fen: body.amountFen, receipt_no: body.receiptNo ?? null, recorded_by: actor.userId }).execute();
    }
    await issueCaseDocument(tx, actor, row, next, body, benchmark, procedure.rules.paymentDays, now);
    await tx
      .insertInto('case_events')
      .values({ case_id: id, action: body.action, from_status: event.from, to_status: event.to, body: JSON.stringify(body), flagged: event.flagged ?? false, actor_id: actor.userId, actor_name: actor.displayName, at: now })
      .execute();
    await recordAudit(tx, auditActorOf(actor), {
      action: `penalty_case.${body.action}`,
      entity: 'penalty_case',
      entityId: id,
      before: { status: before.status },
      after: { status: next.status, body, ...(event.flagged && { flagged: true }) },
    });
  });
  return getCase(db, actor, id);
}
