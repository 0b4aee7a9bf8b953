import type { Transaction } from 'kysely';
import type { CaseDocumentKind } from '../../core/enforcement/case-documents.ts';
import {
  civilDateOf,
  deadlineText,
  lineDeadline,
  DOCUMENT_TITLES,
  documentNumber,
  numberingYear,
  REINSPECTION_RESULT_TEXT,
  reinspectionDueDate,
  type DocumentKind,
  type ReinspectionResult,
} from '../../core/inspections/document-rules.ts';
import type { DocumentIssue, DocumentSummary } from '../../core/inspections/inspection.schema.ts';
import type { LegalBasis } from '../../core/hazards/hazard.schema.ts';
import { auditActorOf, type Actor } from '../auth/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { enqueueWebhookEvents } from '../webhooks/webhook-outbox.ts';
import type { Db } from '../db/database.ts';
import type { Database } from '../db/schema.ts';
import { setOrderDeadlines } from '../hazards/hazard-deadline.ts';
import { forbidden, invalid, notFound, refused, type ErrorDetail } from '../http/errors.ts';
import { inScope } from '../organisations/scope-condition.ts';
import type { DocumentContent } from './document-content.ts';
import { renderDocumentPdf } from './document-pdf.ts';
import { actingDepartment } from './inspection-actor.ts';
import { presentDocument } from './inspection.presenter.ts';
import { documentsOf, findingsOf, findInspection, measuresOf, participantsOf, resultsOf } from './inspection.repository.ts';

const legalBasisText = (b: LegalBasis) => `${b.standard}${b.article ?? ''}${b.item ?? ''}`;

/**
 * Takes the next 文号 serial of (department, year, kind) inside the issuing transaction: the counter row is
 * created if missing, then locked FOR UPDATE, so concurrent issues queue on it and a rolled-back issue gives its
 * number back — numbers stay unique and gap-free.
 */
export async function nextSerial(tx: Transaction<Database>, departmentId: string, year: number, kind: DocumentKind | 'inspection_draw' | 'penalty_case' | CaseDocumentKind): Promise<number> {
  await tx.insertInto('document_number_counters').values({ department_id: departmentId, year, kind, last_serial: 0 }).onConflict((oc) => oc.doNothing()).execute();
  const { last_serial } = await tx
    .selectFrom('document_number_counters')
    .select('last_serial')
    .where('department_id', '=', departmentId)
    .where('year', '=', year)
    .where('kind', '=', kind)
    .forUpdate()
    .executeTakeFirstOrThrow();
  const serial = last_serial + 1;
  await tx.updateTable('document_number_counters').set({ last_serial: serial }).where('department_id', '=', departmentId).where('year', '=', year).where('kind', '=', kind).execute();
  return serial;
}

/** Which documents an inspection can carry (domain-rules §8.2). */
function kindProblem(kind: DocumentKind, inspectionKind: string, findingCount: number): string | null {
  if (kind === 'reinspection_opinion') return inspectionKind === 're_inspection' ? null : 'a 整改复查意见书 needs a re-inspection';
  if (inspectionKind === 're_inspection' && kind === 'rectification_order') return 'a re-inspection issues a 整改复查意见书, not a new order';
  if (kind === 'rectification_order' && findingCount === 0) return 'a 责令限期整改指令书 needs at least one finding';
  return null;
}

/**
 * The new line deadlines an order asks for (`deadlines`), checked against the inspection's findings: only an order
 * sets them, each finding once, and not before the order's own date (an order cannot give a period already over).
 */
function lineChangesOf(input: DocumentIssue, findingIds: readonly string[], now: Date): Map<string, string | null> {
  const changes = new Map<string, string | null>();
  if (!input.deadlines?.length) return changes;
  if (input.kind !== 'rectification_order') throw invalid([{ path: 'deadlines', message: 'only a 责令限期整改指令书 sets deadlines' }]);
  const issuedOn = civilDateOf(now);
  const details: ErrorDetail[] = [];
  input.deadlines.forEach((d, i) => {
    if (!findingIds.includes(d.findingId)) details.push({ path: `deadlines.${i}.findingId`, message: 'is not a finding of this inspection' });
    else if (changes.has(d.findingId)) details.push({ path: `deadlines.${i}.findingId`, message: 'names a finding already given a deadline' });
    if (d.deadline !== null && d.deadline < issuedOn) details.push({ path: `deadlines.${i}.deadline`, message: `must not be before the order's date (${issuedOn})` });
    changes.set(d.findingId, d.deadline);
  });
  if (details.length > 0) throw invalid(details);
  return changes;
}

/**
 * Issues a document of an inspection: a number from the counter, the content frozen as it stands, the audit event,
 * all in one transaction. An issued document never changes (a trigger refuses it); a correction is a new document
 * naming the one it corrects, and a document already corrected cannot be corrected again.
 *
 * An order's lines are its findings' periods of rectification, and so the deadlines of their hazards
 * (core/inspections/document-rules.ts `lineDeadline`; "立即" ends with the order's day): the first order sets
 * every line's, and a correction the lines it changes (`deadlines`), each audited on its hazard. A correction that
 * leaves a line alone leaves its hazard's deadline alone, so an extension granted since stands.
 */
export async function issueDocument(db: Db, actor: Actor, inspectionId: string, input: DocumentIssue, now = new Date()): Promise<DocumentSummary> {
  const department = await actingDepartment(db, actor);
  const inspection = await findInspection(db, actor.scope, inspectionId);
  if (!inspection) throw notFound('Inspection');
  const owner = await db.selectFrom('inspections').select('department_id').where('id', '=', inspectionId).executeTakeFirstOrThrow();
  if (owner.department_id !== department.id) throw forbidden('Only the department that inspected issues its documents', 'not_your_department');
  const [participants, findings, measures, results, existing, enterprise, photoCounts] = await Promise.all([
    participantsOf(db, inspectionId),
    findingsOf(db, inspectionId),
    measuresOf(db, inspectionId),
    resultsOf(db, inspectionId),
    documentsOf(db, inspectionId),
    db.selectFrom('enterprises').select(['name', 'credit_code', 'address']).where('id', '=', inspection.enterprise_id).executeTakeFirstOrThrow(),
    db
      .selectFrom('inspection_findings as f')
      .innerJoin('hazard_photos as p', 'p.hazard_id', 'f.hazard_id')
      .select(['f.id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('f.inspection_id', '=', inspectionId)
      .where('p.kind', '=', 'finding')
      .groupBy('f.id')
      .execute(),
  ]);
  const problem = kindProblem(input.kind, inspection.kind, findings.length);
  if (problem) throw invalid([{ path: 'kind', message: problem }]);
  const lineChanges = lineChangesOf(input, findings.map((f) => f.id), now);
  const lines = findings.map((f) => (lineChanges.has(f.id) ? { ...f, deadline_date: lineChanges.get(f.id) ?? null } : f));
  const sameKind = existing.filter((d) => d.kind === input.kind);
  let corrects: (typeof existing)[number] | undefined;
  if (input.correctsId) {
    corrects = sameKind.find((d) => d.id === input.correctsId);
    if (!corrects) throw invalid([{ path: 'correctsId', message: 'must be a document of the same kind of this inspection' }]);
    if (corrects.corrected_by_id) throw refused(`${corrects.number} has already been corrected by another document`, 'already_corrected', { number: corrects.number });
  } else if (sameKind.length > 0) {
    throw refused(`This inspection already has a ${DOCUMENT_TITLES[input.kind]} (${sameKind[0]!.number}); issue a correction instead`, 'document_exists', { number: sameKind[0]!.number });
  }

  let reference: { id: string; number: string } | undefined;
  if (input.kind === 'reinspection_opinion' && inspection.order_document_id) {
    reference = await db.selectFrom('enforcement_documents').select(['id', 'number']).where('id', '=', inspection.order_document_id).executeTakeFirstOrThrow();
  }
  const photos = new Map(photoCounts.map((p) => [p.id, Number(p.n)]));
  const orderFindings = reference ? await findingsOf(db, (await db.selectFrom('enforcement_documents').select('inspection_id').where('id', '=', reference.id).executeTakeFirstOrThrow()).inspection_id) : [];
  const position = new Map(orderFindings.map((f) => [f.id, f.position]));
  const year = numberingYear(now);

  const id = await db.transaction().execute(async (tx) => {
    const serial = await nextSerial(tx, department.id, year, input.kind);
    const number = documentNumber(department.name, input.kind, year, serial);
    const content: DocumentContent = {
      kind: input.kind,
      title: DOCUMENT_TITLES[input.kind],
      number,
      departmentName: department.name,
      issuedAt: now.toISOString(),
      enterprise: { name: enterprise.name, creditCode: enterprise.credit_code, address: enterprise.address },
      place: inspection.place,
      startedAt: inspection.started_at.toISOString(),
      endedAt: inspection.ended_at.toISOString(),
      officers: participants.filter((p) => p.side === 'officer').map((p) => ({ name: p.name, certificateNo: p.certificate_no ?? '' })),
      enterpriseParticipants: participants.filter((p) => p.side === 'enterprise').map((p) => ({ name: p.name, title: p.title })),
      summary: inspection.summary,
      findings: lines.map((f) => ({
        no: f.position + 1,
        findingId: f.id,
        checkItem: f.check_item,
        description: f.description,
        location: f.location,
        legalBasis: legalBasisText(f.legal_basis as LegalBasis),
        deadline: f.deadline_date,
        deadlineText: deadlineText(f.deadline_date),
        photoCount: photos.get(f.id) ?? 0,
      })),
      measures: measures.map((m) => ({ kind: m.kind, scope: m.scope, liftingConditions: m.lifting_conditions })),
    };
    if (input.kind === 'rectification_order') {
      content.reinspectionDue = reinspectionDueDate(now, lines.map((f) => f.deadline_date));
      if (input.safetyMeasures) content.safetyMeasures = input.safetyMeasures;
    }
    if (input.kind === 'reinspection_opinion') {
      if (reference) content.referencesNumber = reference.number;
      content.results = results.map((r) => ({
        no: (position.get(r.finding_id) ?? 0) + 1,
        checkItem: r.check_item,
        legalBasis: legalBasisText(r.legal_basis as LegalBasis),
        resultText: REINSPECTION_RESULT_TEXT[r.result as ReinspectionResult],
        note: r.note,
      }));
      if (input.opinion) content.opinion = input.opinion;
    }
    if (corrects) content.correctsNumber = corrects.number;
    const { id } = await tx
      .insertInto('enforcement_documents')
      .values({
        kind: input.kind,
        inspection_id: inspectionId,
        enterprise_id: inspection.enterprise_id,
        department_id: department.id,
        year,
        serial,
        number,
        corrects_id: corrects?.id ?? null,
        references_id: reference?.id ?? null,
        content: JSON.stringify(content),
        issued_at: now,
        issued_by: actor.userId,
        issued_by_name: actor.displayName,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (input.kind === 'rectification_order') {
      for (const [findingId, deadline] of lineChanges) {
        await tx.updateTable('inspection_findings').set({ deadline_date: deadline }).where('id', '=', findingId).execute();
      }
      // Hazards are locked before the document's audit event takes the chain's lock (as in the lifecycle).
      const synced = corrects ? lines.filter((f) => lineChanges.has(f.id)) : lines;
      await setOrderDeadlines(
        tx,
        actor,
        synced.map((f) => ({ hazardId: f.hazard_id, deadline: lineDeadline(f.deadline_date, now), documentId: id, documentNo: number, findingId: f.id, line: f.deadline_date })),
        now,
      );
    }
    await recordAudit(tx, auditActorOf(actor), {
      action: 'issue',
      entity: 'enforcement_document',
      entityId: id,
      after: { kind: input.kind, number, inspectionId, correctsId: corrects?.id ?? null, ...(lineChanges.size > 0 ? { deadlines: input.deadlines } : {}) },
    });
    if (input.kind === 'rectification_order') {
      const enterpriseId = inspection.enterprise_id;
      await enqueueWebhookEvents(tx, [{ event: 'inspection.order_issued', subject: { enterpriseId }, data: { documentId: id, inspectionId, enterpriseId, number, correctsId: corrects?.id ?? null } }], now);
    }
    return id;
  });
  const rows = await documentsOf(db, inspectionId);
  return presentDocument(rows.find((r) => r.id === id)!);
}

/** A document's frozen content, only within the caller's scope (else 404, api.md). */
export async function documentContent(db: Db, actor: Actor, id: string): Promise<DocumentContent> {
  const row = await db
    .selectFrom('enforcement_documents as doc')
    .innerJoin('enterprises', 'enterprises.id', 'doc.enterprise_id')
    .select('doc.content')
    .where('doc.id', '=', id)
    .where(inScope(actor.scope, 'enterprises'))
    .executeTakeFirst();
  if (!row) throw notFound('Document');
  return row.content as DocumentContent;
}

/** Issued documents never change, so their PDFs are kept (the newest 64): a render parses the CJK font (~0.3 s). */
const renderedPdfs = new Map<string, Buffer>();
const RENDERED_PDF_LIMIT = 64;

export async function documentPdf(db: Db, actor: Actor, id: string): Promise<{ pdf: Buffer; content: DocumentContent }> {
  // Scope is checked on every request; only the rendering is cached.
  const content = await documentContent(db, actor, id);
  let pdf = renderedPdfs.get(id);
  if (!pdf) {
    pdf = await renderDocumentPdf(content);
    renderedPdfs.set(id, pdf);
    if (renderedPdfs.size > RENDERED_PDF_LIMIT) renderedPdfs.delete(renderedPdfs.keys().next().value!);
  }
  return { pdf, content };
}

