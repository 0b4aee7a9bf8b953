import type { DocumentKind, InspectionDetail } from './inspection.types.ts';

/**
 * The documents the inspection can still be given (server/inspections/document.service.ts `kindProblem`): a record
 * always; an order when something was found; a re-inspection gives an opinion instead of an order. A kind already
 * issued is corrected from its own row, not issued again.
 */
export function issuableKinds(inspection: Pick<InspectionDetail, 'kind' | 'findings' | 'documents'>): DocumentKind[] {
  const issued = new Set(inspection.documents.map((d) => d.kind));
  const kinds: DocumentKind[] =
    inspection.kind === 're_inspection' ? ['inspection_record', 'reinspection_opinion'] : inspection.findings.length > 0 ? ['inspection_record', 'rectification_order'] : ['inspection_record'];
  return kinds.filter((k) => !issued.has(k));
}
