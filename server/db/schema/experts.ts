import type { Generated } from 'kysely';
import type { Timestamp } from './timestamp.ts';

/** Expert risk-assessment campaigns (server/inspections/expert-campaign.*). */

export interface ExpertCampaignsTable {
  id: Generated<string>;
  department_id: string;
  name: string;
  key_industry: string;
  /** YYYY-MM-DD (Asia/Shanghai); null on campaigns made before dates were recorded. */
  starts_on: string | null;
  ends_on: string | null;
  builtin_checklist: string | null;
  checklist_id: string | null;
  checklist_name: string | null;
  created_by: string | null;
  created_by_name: string;
  created_at: Timestamp;
}

export interface ExpertAssignmentsTable {
  id: Generated<string>;
  campaign_id: string;
  enterprise_id: string;
  expert_id: string;
  expert_name: string;
  reported_at: Date | null;
  score: number | null;
  max_score: number | null;
  conclusion: string | null;
}

export interface ExpertFindingsTable {
  id: Generated<string>;
  assignment_id: string;
  position: number;
  item: string;
  score: number;
  max_score: number;
  note: Generated<string>;
  item_code: string | null;
  phrasing: 'requirement' | 'violation' | null;
  outcome: 'pass' | 'fail';
  hazard_id: string | null;
  risk_point_id: string | null;
}

export interface ExpertTables {
  expert_campaigns: ExpertCampaignsTable;
  expert_assignments: ExpertAssignmentsTable;
  expert_findings: ExpertFindingsTable;
}
