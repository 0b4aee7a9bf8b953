import { DOCUMENT_TITLES, drawNumber, type DocumentKind, type ReinspectionResult } from '../../core/inspections/document-rules.ts';
import { inspectionStatus } from '../../core/inspections/inspection-status.ts';
import type { DocumentSummary, Inspection, InspectionDetail } from '../../core/inspections/inspection.schema.ts';
import type { HazardGrade, LegalBasis } from '../../core/hazards/hazard.schema.ts';
import type { documentsOf, findingsOf, InspectionRow, measuresOf, participantsOf, resultsOf } from './inspection.repository.ts';

type Rows<F extends (...a: never[]) => Promise<unknown[]>> = Awaited<ReturnType<F>>;

export const presentInspection = (r: InspectionRow): Inspection => ({
  id: r.id,
  kind: r.kind as Inspection['kind'],
  status: inspectionStatus({ kind: r.kind as Inspection['kind'], hasFindings: Boolean(r.has_findings), hasOpenHazard: Boolean(r.has_open_hazard), hasOrder: Boolean(r.has_order) }),
  enterpriseId: r.enterprise_id,
  enterpriseName: r.enterprise_name,
  departmentName: r.department_name,
  drawId: r.draw_id,
  drawNumber: r.draw_id && r.draw_department_name && r.draw_year !== null && r.draw_serial !== null ? drawNumber(r.draw_department_name, r.draw_year, r.draw_serial) : null,
  drawnAt: r.drawn_at ?? null,
  planId: r.plan_id,
  orderDocumentId: r.order_document_id,
  orderDocumentNumber: r.order_document_number ?? null,
  officerNames: r.officer_names,
  place: r.place,
  startedAt: r.started_at,
  endedAt: r.ended_at,
  createdByName: r.created_by_name,
  createdAt: r.created_at,
});

export const documentPdfUrl = (id: string) => `/api/v1/documents/${id}.pdf`;

export function presentDocument(d: Rows<typeof documentsOf>[number]): DocumentSummary {
  const content = d.content as { reinspectionDue?: string };
  return {
    id: d.id,
    kind: d.kind as DocumentKind,
    number: d.number,
    title: DOCUMENT_TITLES[d.kind as DocumentKind],
    issuedAt: d.issued_at,
    issuedByName: d.issued_by_name,
    correctsId: d.corrects_id,
    referencesId: d.references_id,
    correctedById: d.corrected_by_id ?? null,
    pdfUrl: documentPdfUrl(d.id),
    reinspectionDue: content.reinspectionDue ?? null,
  };
}

export function presentInspectionDetail(
  r: InspectionRow,
  parts: {
    participants: Rows<typeof participantsOf>;
    findings: Rows<typeof findingsOf>;
    measures: Rows<typeof measuresOf>;
    results: Rows<typeof resultsOf>;
    documents: Rows<typeof documentsOf>;
  },
): InspectionDetail {
  return {
    ...presentInspection(r),
    summary: r.summary,
    officerChangeReason: r.officer_change_reason,
    participants: parts.participants.map((p) => ({ side: p.side, name: p.name, title: p.title, certificateNo: p.certificate_no })),
    findings: parts.findings.map((f) => ({
      id: f.id,
      checkItem: f.check_item,
      legalBasis: f.legal_basis as LegalBasis,
      description: f.description,
      location: f.location,
      grade: f.grade as HazardGrade,
      deadline: f.deadline_date,
      hazardId: f.hazard_id,
      hazardStatus: f.hazard_status,
    })),
    measures: parts.measures.map((m) => ({ kind: m.kind, scope: m.scope, liftingConditions: m.lifting_conditions })),
    results: parts.results.map((x) => ({ findingId: x.finding_id, result: x.result as ReinspectionResult, note: x.note, checkItem: x.check_item })),
    documents: parts.documents.map(presentDocument),
  };
}
