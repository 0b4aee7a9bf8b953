import type { ColumnType, Generated } from 'kysely';
import type { Timestamp } from './timestamp.ts';

/** Risk points (server/risks) and major hazard sources (server/major-hazards; GB 18218-2018). */

export interface RiskPointsTable {
  id: Generated<string>;
  enterprise_id: string;
  name: string;
  location: string;
  object_kind: string;
  object: string;
  hazard_factors: ColumnType<unknown, string, string>;
  factor_classes: string[];
  method: string;
  evaluation: ColumnType<unknown, string, string>;
  /** numeric: pg returns it as a string. */
  score: ColumnType<string, number, number>;
  band: number | null;
  level: string;
  control_measures: ColumnType<unknown, string, string>;
  control_level: string;
  responsible_person: string;
  review_date: string;
  active: Generated<boolean>;
  deactivated_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  deactivation_reason: ColumnType<string | null, string | null | undefined, string | null>;
  last_reviewed_on: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** Reviews (复评) of a risk point. */
export interface RiskPointReviewsTable {
  id: Generated<string>;
  risk_point_id: string;
  reviewed_on: string;
  reviewer: string;
  conclusion: string;
  evaluation: ColumnType<unknown, string | null, string | null>;
  grade_before: ColumnType<unknown, string, string>;
  grade_after: ColumnType<unknown, string, string>;
  next_review_date: string;
  recorded_by: string | null;
  recorded_by_name: string;
  created_at: Timestamp;
}

/** The checks of a source's 包保责任人. */
export interface MajorHazardChecksTable {
  id: Generated<string>;
  source_id: string;
  role: string;
  checker: string;
  checked_at: Timestamp;
  items: ColumnType<unknown, string, string>;
  problems: string | null;
  hazard_id: string | null;
  recorded_by: string | null;
  recorded_by_name: string;
  created_at: Timestamp;
}

export interface MajorHazardSourcesTable {
  id: Generated<string>;
  enterprise_id: string;
  name: string;
  unit_kind: string;
  exposed_population: number;
  substances: ColumnType<unknown, string, string>;
  assessment: ColumnType<unknown, string, string>;
  s: ColumnType<string, number, number>;
  r: ColumnType<string, number, number>;
  is_major: boolean;
  level: number | null;
  sensor_codes: string[];
  responsible_persons: ColumnType<unknown, string, string>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface RiskTables {
  risk_points: RiskPointsTable;
  major_hazard_sources: MajorHazardSourcesTable;
  risk_point_reviews: RiskPointReviewsTable;
  major_hazard_checks: MajorHazardChecksTable;
}
