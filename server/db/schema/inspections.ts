import type { Generated } from 'kysely';
import type { Timestamp } from './timestamp.ts';

/** Regulator inspections, findings and statutory documents (server/inspections). */

export interface InspectionPlansTable {
  id: Generated<string>;
  department_id: string;
  year: number;
  name: string;
  planned_count: number;
  key_points: Generated<string>;
  created_by: string | null;
  created_by_name: string;
  created_at: Timestamp;
}

export interface InspectionDrawsTable {
  id: Generated<string>;
  department_id: string;
  department_name: string;
  /** The draw's number: civil year and serial in its department (document_number_counters, kind inspection_draw). */
  year: number;
  serial: number;
  plan_id: string | null;
  algorithm: string;
  seed: string;
  scope: unknown;
  enterprise_count: number;
  inspector_count: number;
  candidate_enterprises: string[];
  candidate_inspectors: string[];
  candidates_digest: string;
  enterprises: unknown;
  inspectors: unknown;
  created_by: string | null;
  created_by_name: string;
  created_at: Timestamp;
  /** 一公开: NULL until the department publishes the draw or its inspections are all recorded. */
  published_at: Date | null;
}

export interface InspectionsTable {
  id: Generated<string>;
  kind: string;
  enterprise_id: string;
  department_id: string;
  draw_id: string | null;
  plan_id: string | null;
  order_document_id: string | null;
  place: string;
  started_at: Date;
  ended_at: Date;
  summary: Generated<string>;
  /** Why the officers differ from those the draw picked; NULL when they do not, or without a draw. */
  officer_change_reason: string | null;
  created_by: string | null;
  created_by_name: string;
  created_at: Timestamp;
}

export interface InspectionParticipantsTable {
  inspection_id: string;
  position: number;
  side: string;
  user_id: string | null;
  name: string;
  title: string | null;
  certificate_no: string | null;
}

export interface InspectionFindingsTable {
  id: Generated<string>;
  inspection_id: string;
  position: number;
  check_item: string;
  legal_basis: unknown;
  /** The structured citation read from legal_basis (core/laws/citation.ts), null when not certain. */
  citation: unknown;
  description: string;
  location: string;
  grade: string;
  deadline_date: string | null;
  hazard_id: string;
}

export interface InspectionMeasuresTable {
  inspection_id: string;
  position: number;
  kind: string;
  scope: string;
  lifting_conditions: Generated<string>;
}

export interface ReinspectionResultsTable {
  inspection_id: string;
  finding_id: string;
  position: number;
  result: string;
  note: Generated<string>;
}

export interface DocumentNumberCountersTable {
  department_id: string;
  year: number;
  kind: string;
  last_serial: number;
}

export interface EnforcementDocumentsTable {
  id: Generated<string>;
  kind: string;
  inspection_id: string;
  enterprise_id: string;
  department_id: string;
  year: number;
  serial: number;
  number: string;
  corrects_id: string | null;
  references_id: string | null;
  content: unknown;
  issued_at: Date;
  issued_by: string | null;
  issued_by_name: string;
}

export interface InspectionTables {
  inspection_plans: InspectionPlansTable;
  inspection_draws: InspectionDrawsTable;
  inspections: InspectionsTable;
  inspection_participants: InspectionParticipantsTable;
  inspection_findings: InspectionFindingsTable;
  inspection_measures: InspectionMeasuresTable;
  reinspection_results: ReinspectionResultsTable;
  document_number_counters: DocumentNumberCountersTable;
  enforcement_documents: EnforcementDocumentsTable;
}
