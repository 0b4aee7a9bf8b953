import type { ColumnType, Generated } from 'kysely';
import type { Timestamp } from './timestamp.ts';

/** Penalty cases and discretion benchmarks (server/enforcement, migration 20261204120000_penalty_cases.sql). */

/** A `date` column: read it as text (`col::text`, YYYY-MM-DD), written as YYYY-MM-DD. */
type CivilDateColumn = ColumnType<string, string, string>;
type NullableCivilDate = ColumnType<string | null, string | null | undefined, string | null>;

export interface PenaltyCasesTable {
  id: Generated<string>;
  number: string;
  year: number;
  serial: number;
  department_id: string;
  enterprise_id: string;
  region_path: string[];
  violation_code: string;
  source_kind: string;
  source_id: string | null;
  source_note: string | null;
  persons: ColumnType<unknown, string, string>;
  summary: string;
  status: string;
  /** core/enforcement/case-state.ts CaseState as JSON. */
  state: ColumnType<unknown, string, string>;
  filed_on: CivilDateColumn;
  decided_on: NullableCivilDate;
  fine_yuan: ColumnType<number | null, number | null | undefined, number | null>;
  fine_flagged: Generated<boolean>;
  paid_fen: Generated<number>;
  closed_on: NullableCivilDate;
  filed_by: string | null;
  filed_by_name: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CaseEventsTable {
  id: Generated<number>;
  case_id: string;
  action: string;
  from_status: string | null;
  to_status: string;
  body: ColumnType<unknown, string, string>;
  flagged: Generated<boolean>;
  actor_id: string | null;
  actor_name: string;
  at: Timestamp;
}

export interface CaseEvidenceTable {
  id: Generated<string>;
  case_id: string;
  kind: string;
  taken_at: Date | string;
  description: string;
  officers: ColumnType<unknown, string, string>;
  recorded_by: string | null;
  created_at: Timestamp;
}

export interface CasePaymentsTable {
  id: Generated<string>;
  case_id: string;
  paid_on: CivilDateColumn;
  amount_fen: number;
  receipt_no: string | null;
  recorded_by: string | null;
  created_at: Timestamp;
}

export interface DiscretionBenchmarksTable {
  id: Generated<string>;
  jurisdiction: string;
  effective_from: CivilDateColumn;
  code: string;
  benchmark: ColumnType<unknown, string, string>;
  created_by: string | null;
  created_at: Timestamp;
}

export interface CaseDocumentsTable {
  id: Generated<string>;
  case_id: string;
  department_id: string;
  kind: string;
  year: number;
  serial: number;
  number: string;
  content: ColumnType<unknown, string, never>;
  issued_at: Date;
  issued_by: string | null;
  issued_by_name: string;
}

export interface EnforcementTables {
  penalty_cases: PenaltyCasesTable;
  case_events: CaseEventsTable;
  case_evidence: CaseEvidenceTable;
  case_payments: CasePaymentsTable;
  discretion_benchmarks: DiscretionBenchmarksTable;
  case_documents: CaseDocumentsTable;
}
