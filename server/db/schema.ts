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

export interface SchemaMigrationsTable {
  version: string;
  name: string;
  applied_at: Timestamp;
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
  schema_migrations: SchemaMigrationsTable;
}
