import type { ColumnType, Generated } from 'kysely';

/** Row types of the database, as Kysely sees them. Keep in step with server/db/migrations. */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface DepartmentsTable {
  id: Generated<string>;
  name: string;
  region_codes: string[];
  industry_codes: string[];
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface EnterprisesTable {
  id: Generated<string>;
  name: string;
  credit_code: string;
  industry_code: string;
  industry_path: string[];
  region_code: string;
  district_code: string;
  region_path: string[];
  address: string;
  lng: number | null;
  lat: number | null;
  employees: number;
  key_industries: string[];
  high_risk: boolean;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface UsersTable {
  id: Generated<string>;
  username: string;
  password_hash: string;
  display_name: string;
  role: string;
  department_id: string | null;
  enterprise_id: string | null;
  disabled: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface SessionsTable {
  token_hash: string;
  user_id: string;
  created_at: Timestamp;
  expires_at: Timestamp;
}

export interface LoginFailuresTable {
  id: Generated<number>;
  username: string;
  ip: string;
  at: Timestamp;
}

export interface AuditEventsTable {
  id: Generated<number>;
  at: Date;
  actor_id: string | null;
  actor_name: string;
  action: string;
  entity: string;
  entity_id: string;
  before: unknown;
  after: unknown;
  ip: string | null;
  prev_hash: string;
  hash: string;
}

export interface PhotosTable {
  id: Generated<string>;
  content_type: string;
  size_bytes: number;
  sha256: string;
  storage_key: string;
  uploaded_by: string;
  created_at: Timestamp;
}

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

export interface NotificationsTable {
  id: Generated<string>;
  created_at: Timestamp;
  kind: string;
  entity: string;
  entity_id: string;
  title: string;
  payload: unknown;
  enterprise_id: string | null;
  department_id: string | null;
}

export interface NotificationReadsTable {
  notification_id: string;
  user_id: string;
  read_at: Timestamp;
}

export interface ChecklistsTable {
  id: Generated<string>;
  name: string;
  industry_scope: string[];
  department_id: string | null;
  enterprise_id: string | null;
  created_by: string | null;
  created_by_name: string;
  created_at: Timestamp;
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

export interface WebhooksTable {
  id: Generated<string>;
  url: string;
  events: string[];
  secret: string;
  active: Generated<boolean>;
  created_by: string | null;
  created_at: Timestamp;
}

export interface WebhookDeliveriesTable {
  id: Generated<number>;
  webhook_id: string;
  event: string;
  payload: unknown;
  status: Generated<string>;
  attempts: Generated<number>;
  next_attempt_at: Date;
  last_error: string | null;
  created_at: Timestamp;
  delivered_at: Date | null;
}

export interface SchemaMigrationsTable {
  version: string;
  name: string;
  applied_at: Timestamp;
}

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

export interface SensorsTable {
  id: Generated<string>;
  num: Generated<number>;
  enterprise_id: string;
  code: string;
  name: string;
  kind: string;
  unit: string;
  range_low: number | null;
  range_high: number | null;
  location: Generated<string>;
  expected_interval_sec: number;
  template_id: string | null;
  /** core/monitoring/sensor-rules.ts SensorRule[] */
  rules: ColumnType<unknown, string, string>;
  active: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface DeviceKeysTable {
  id: Generated<string>;
  enterprise_id: string;
  name: string;
  key_hash: string;
  rate_per_sec: number | null;
  accepted: Generated<number>;
  duplicates: Generated<number>;
  last_seen_at: Date | null;
  created_by: string | null;
  created_at: Timestamp;
  revoked_at: Date | null;
}

export interface DeviceKeyRejectionsTable {
  device_key_id: string;
  reason: string;
  count: Generated<number>;
}

export interface ReadingsTable {
  sensor_num: number;
  ts: Date;
  value: number;
  out_of_range: Generated<boolean>;
  status: string | null;
}

export interface ReadingRollupsTable {
  sensor_num: number;
  bucket: Date;
  min: number;
  max: number;
  sum: number;
  count: number;
}

/** One row: how far the roll-up job has come (docs/adr/0026). */
export interface ReadingRollupProgressTable {
  id: Generated<boolean>;
  watermark: Date;
  rolled_up_to: Date;
}

export interface ReadingRollupLateTable {
  sensor_num: number;
  bucket: Date;
}

export interface ExpertCampaignsTable {
  id: Generated<string>;
  department_id: string;
  name: string;
  key_industry: string;
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
  assignment_id: string;
  position: number;
  item: string;
  score: number;
  max_score: number;
  note: Generated<string>;
}

export interface Database {
  departments: DepartmentsTable;
  enterprises: EnterprisesTable;
  users: UsersTable;
  sessions: SessionsTable;
  login_failures: LoginFailuresTable;
  audit_events: AuditEventsTable;
  photos: PhotosTable;
  hazards: HazardsTable;
  hazard_photos: HazardPhotosTable;
  hazard_events: HazardEventsTable;
  hazard_escalations: HazardEscalationsTable;
  notifications: NotificationsTable;
  notification_reads: NotificationReadsTable;
  checklists: ChecklistsTable;
  checklist_items: ChecklistItemsTable;
  investigation_plans: InvestigationPlansTable;
  investigation_plan_enterprises: InvestigationPlanEnterprisesTable;
  investigation_tasks: InvestigationTasksTable;
  investigation_task_results: InvestigationTaskResultsTable;
  investigation_result_photos: InvestigationResultPhotosTable;
  webhooks: WebhooksTable;
  webhook_deliveries: WebhookDeliveriesTable;
  sensors: SensorsTable;
  device_keys: DeviceKeysTable;
  device_key_rejections: DeviceKeyRejectionsTable;
  readings: ReadingsTable;
  readings_1m: ReadingRollupsTable;
  readings_1h: ReadingRollupsTable;
  readings_rollup_progress: ReadingRollupProgressTable;
  readings_rollup_late: ReadingRollupLateTable;
  readings_rollup_redo: ReadingRollupLateTable;
  schema_migrations: SchemaMigrationsTable;
  inspection_plans: InspectionPlansTable;
  inspection_draws: InspectionDrawsTable;
  inspections: InspectionsTable;
  inspection_participants: InspectionParticipantsTable;
  inspection_findings: InspectionFindingsTable;
  inspection_measures: InspectionMeasuresTable;
  reinspection_results: ReinspectionResultsTable;
  document_number_counters: DocumentNumberCountersTable;
  enforcement_documents: EnforcementDocumentsTable;
  expert_campaigns: ExpertCampaignsTable;
  expert_assignments: ExpertAssignmentsTable;
  expert_findings: ExpertFindingsTable;
}

// Alarms (issue 4, server/db/migrations/20261201110000_alarms.sql).
export interface AlarmsTable {
  id: string;
  sensor_id: string;
  enterprise_id: string;
  rule_key: string;
  kind: string;
  status: string;
  severity: string;
  peak_severity: string;
  level_index: number | null;
  open_value: number | null;
  peak_value: number | null;
  limit_value: number | null;
  opened_at: Timestamp;
  acknowledged_at: Timestamp | null;
  acknowledged_by: string | null;
  acknowledged_by_id: string | null;
  cleared_at: Timestamp | null;
  hazard_id: string | null;
  silenced: Generated<boolean>;
  message: string;
  updated_at: Timestamp;
}

export interface AlarmEventsTable {
  id: Generated<string>;
  alarm_id: string;
  at: Timestamp;
  type: string;
  severity: string | null;
  value: number | null;
  by_name: string | null;
  note: string | null;
}

export interface AlarmEscalationsTable {
  alarm_id: string;
  target: string;
  escalated_at: Timestamp;
}

export interface SensorSilencesTable {
  id: Generated<string>;
  sensor_id: string;
  reason: string;
  until: Timestamp;
  created_at: Timestamp;
  created_by: string | null;
  created_by_name: string;
}

// Declaration merging: the alarm columns of `sensors` and the alarm tables, appended without touching the above.
export interface SensorsTable {
  template_params: ColumnType<unknown, string | null | undefined, string | null>;
  hazard_bridge: ColumnType<unknown, string | null | undefined, string | null>;
}

export interface Database {
  alarms: AlarmsTable;
  alarm_events: AlarmEventsTable;
  alarm_escalations: AlarmEscalationsTable;
  sensor_silences: SensorSilencesTable;
}

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

export interface Database {
  risk_points: RiskPointsTable;
  major_hazard_sources: MajorHazardSourcesTable;
}

export interface AccidentsTable {
  id: Generated<string>;
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

export interface Database {
  accidents: AccidentsTable;
  accident_revisions: AccidentRevisionsTable;
  accident_rate_denominators: AccidentRateDenominatorsTable;
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

export interface Database {
  accident_monthly: AccidentMonthlyTable;
}
