import type { Generated } from 'kysely';
import type { Timestamp } from './timestamp.ts';

/** Investigation plans, checklists and tasks (server/hazards: plans and tasks). */

export interface ChecklistsTable {
  id: Generated<string>;
  name: string;
  industry_scope: string[];
  department_id: string | null;
  enterprise_id: string | null;
  created_by: string | null;
  created_by_name: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  retired_at: Date | null;
  retired_by_name: string | null;
}

export interface ChecklistItemsTable {
  id: Generated<string>;
  checklist_id: string;
  position: number;
  content: string;
  standard: string;
  article: string | null;
  item: string | null;
  is_major_criterion: boolean;
  /** null: written before phrasing was stored; read from the wording (checklist-phrasing.ts). */
  phrasing: 'requirement' | 'violation' | null;
  /** The structured citation read from standard/article/item (core/laws/citation.ts), null when not certain. */
  citation: unknown;
}

export interface InvestigationPlansTable {
  id: Generated<string>;
  name: string;
  key_areas: string[];
  builtin_checklist: string | null;
  checklist_id: string | null;
  checklist_name: string;
  frequency: string;
  starts_at: Date;
  ends_at: Date;
  next_period_at: Date;
  department_id: string | null;
  enterprise_id: string | null;
  enterprise_filter: unknown;
  enterprise_count: number;
  created_by: string | null;
  created_by_name: string;
  created_at: Timestamp;
}

export interface InvestigationPlanEnterprisesTable {
  plan_id: string;
  enterprise_id: string;
}

export interface InvestigationTasksTable {
  id: Generated<string>;
  plan_id: string;
  enterprise_id: string;
  period_start: Date;
  period_end: Date;
  due_at: Date;
  status: Generated<string>;
  completed_at: Date | null;
  completed_by: string | null;
  completed_by_name: string | null;
  created_at: Timestamp;
}

export interface InvestigationTaskResultsTable {
  task_id: string;
  item_code: string;
  position: number;
  outcome: string;
  note: string | null;
  hazard_id: string | null;
}

export interface InvestigationResultPhotosTable {
  photo_id: string;
  task_id: string;
  item_code: string;
}

export interface InvestigationTables {
  checklists: ChecklistsTable;
  checklist_items: ChecklistItemsTable;
  investigation_plans: InvestigationPlansTable;
  investigation_plan_enterprises: InvestigationPlanEnterprisesTable;
  investigation_tasks: InvestigationTasksTable;
  investigation_task_results: InvestigationTaskResultsTable;
  investigation_result_photos: InvestigationResultPhotosTable;
}
