import type { Generated } from 'kysely';
import type { Timestamp } from './timestamp.ts';

/** Shared platform tables: migrations (server/db), photos, notifications, webhooks. */

export interface SchemaMigrationsTable {
  version: string;
  name: string;
  applied_at: Timestamp;
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
  /** When the notification was fanned out to channel deliveries (null: not yet). */
  dispatched_at: Generated<Date | null>;
}

export interface NotificationReadsTable {
  notification_id: string;
  user_id: string;
  read_at: Timestamp;
}

export interface WebhooksTable {
  id: Generated<string>;
  url: string;
  events: string[];
  secret: string;
  active: Generated<boolean>;
  created_by: string | null;
  created_at: Timestamp;
  /** The scope (docs/adr/0041): empty lists do not restrict; enterprise_id null: any enterprise. */
  region_codes: Generated<string[]>;
  industry_codes: Generated<string[]>;
  enterprise_id: string | null;
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
  /** A "send test" delivery: attempted once, at once. */
  test: Generated<boolean>;
}

export interface NotificationPreferencesTable {
  user_id: string;
  kind: string;
  channel: string;
  enabled: boolean;
}

export interface NotificationDeliveriesTable {
  id: Generated<number>;
  notification_id: string;
  user_id: string;
  channel: string;
  address: string;
  status: Generated<string>;
  attempts: Generated<number>;
  next_attempt_at: Date;
  last_error: string | null;
  created_at: Timestamp;
  sent_at: Date | null;
}

export interface PlatformTables {
  schema_migrations: SchemaMigrationsTable;
  photos: PhotosTable;
  notifications: NotificationsTable;
  notification_reads: NotificationReadsTable;
  notification_preferences: NotificationPreferencesTable;
  notification_deliveries: NotificationDeliveriesTable;
  webhooks: WebhooksTable;
  webhook_deliveries: WebhookDeliveriesTable;
}
