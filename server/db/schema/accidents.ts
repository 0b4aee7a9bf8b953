import type { ColumnType, Generated } from 'kysely';
import type { Timestamp } from './timestamp.ts';

/** Accidents, their revisions, rate denominators and the monthly roll-up (server/accidents). */

export interface AccidentsTable {
  id: Generated<string>;
  /** 事故编号 "事故-2026-0001" (core/accidents/accident-number.ts), given by insertAccidents. */
  number: string;
  enterprise_id: string | null;
  region_code: string;
  district_code: string;
  region_path: string[];
  industry_code: string;
  industry_section: string;
  industry_path: string[];
  occurred_at: Timestamp;
  known_at: Timestamp;
  reported_at: Timestamp;
  category: string;
  deaths: number;
  missing: number;
  serious_injuries: number;
  minor_injuries: number;
  direct_loss_yuan: number;
  is_road_traffic: boolean;
  is_fire: boolean;
  description: string;
  grade: string;
  reporting_chain: unknown;
  supplementary_ends_at: Timestamp;
  late_report: boolean | null;
  concealed: unknown;
  false_report: unknown;
  investigation_extended_days: number | null;
  investigation_report_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  investigation_replied_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  source: 'report' | 'import' | 'demo';
  reported_by: string | null;
  reported_by_name: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface AccidentRevisionsTable {
  id: Generated<number>;
  accident_id: string;
  at: Timestamp;
  recorded_at: Timestamp;
  actor_id: string | null;
  actor_name: string;
  before: unknown;
  after: unknown;
  grade_from: string;
  grade_to: string;
  outside_window: boolean;
  reason: string | null;
}

export interface AccidentRateDenominatorsTable {
  region_code: string;
  year: number;
  gdp_yuan: number | null;
  workers: number | null;
  updated_at: Timestamp;
}

export interface AccidentMonthlyTable {
  month: number;
  district_code: string;
  industry_section: string;
  accidents: number;
  deaths: number;
  serious_injuries: number;
  direct_loss_yuan: number;
}

export interface AccidentNumberCountersTable {
  city_code: string;
  year: number;
  last_serial: number;
}

export interface AccidentTables {
  accidents: AccidentsTable;
  accident_number_counters: AccidentNumberCountersTable;
  accident_revisions: AccidentRevisionsTable;
  accident_rate_denominators: AccidentRateDenominatorsTable;
  accident_monthly: AccidentMonthlyTable;
}
