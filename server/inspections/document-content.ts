import type { DocumentKind } from '../../core/inspections/document-rules.ts';

/** Everything a document shows, frozen at issue (enforcement_documents.content): the PDF is rendered from this alone. */
export interface DocumentContent {
  kind: DocumentKind;
  title: string;
  number: string;
  departmentName: string;
  issuedAt: string;
  enterprise: { name: string; creditCode: string; address: string };
  place: string;
  startedAt: string;
  endedAt: string;
  officers: { name: string; certificateNo: string }[];
  enterpriseParticipants: { name: string; title: string | null }[];
  summary: string;
  findings: { no: number; findingId: string; checkItem: string; description: string; location: string; legalBasis: string; deadline: string | null; deadlineText: string; photoCount: number }[];
  measures: { kind: string; scope: string; liftingConditions: string }[];
  safetyMeasures?: string;
  reinspectionDue?: string;
  referencesNumber?: string;
  results?: { no: number; checkItem: string; legalBasis: string; resultText: string; note: string }[];
  opinion?: string;
  correctsNumber?: string;
}
