import type { Generated } from 'kysely';
import type { Timestamp } from './timestamp.ts';

/** Hidden hazards and their lifecycle (server/hazards). */

export interface HazardsTable {
  id: Generated<string>;
  enterprise_id: string;
  district_code: string;
  region_path: string[];
  industry_path: string[];
  title: string;
  description: string;
  location: string;
  source: string;
  category: string;
  grade: string;
  status: string;
  found_at: Date;
  deadline: Date | null;
  closed_at: Date | null;
  supervised: Generated<boolean>;
  legal_basis: unknown;
  checklist_item_id: string | null;
  lifecycle: unknown;
  reported_by: string | null;
  reported_by_name: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface HazardPhotosTable {
  hazard_id: string;
  photo_id: string;
  kind: string;
}

export interface HazardEventsTable {
  id: Generated<number>;
  hazard_id: string;
  at: Date;
  actor_id: string | null;
  actor_name: string;
  action: string;
  from_status: string | null;
  to_status: string;
  body: unknown;
  deadline_from: Date | null;
  deadline_to: Date | null;
}

export interface HazardEscalationsTable {
  hazard_id: string;
  deadline: Date;
  target: string;
  escalated_at: Date;
}

export interface HazardTables {
  hazards: HazardsTable;
  hazard_photos: HazardPhotosTable;
  hazard_events: HazardEventsTable;
  hazard_escalations: HazardEscalationsTable;
}
