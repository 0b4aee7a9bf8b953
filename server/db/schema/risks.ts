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
  created_at: Timestamp;
  updated_at: Timestamp;
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
}
