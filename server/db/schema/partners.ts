import type { Generated } from 'kysely';
import type { Timestamp } from './timestamp.ts';

/** Change feeds and partner clients (migration 20261203130000_change_feeds_and_partners.sql). */

export interface ChangeLogTable {
  seq: Generated<string>;
  /** xid8, read as text. */
  xid: Generated<string>;
  domain: string;
  entity_id: string;
  op: string;
  changed_at: Timestamp;
  enterprise_id: string | null;
  region_path: string[];
  industry_path: string[];
}

/** Per domain, the highest position of a trimmed delete (docs/adr/0041): a cursor below it is gone (410). */
export interface ChangeLogTrimmedTable {
  domain: string;
  /** xid8, read as text. */
  xid: string;
  seq: string;
  at: Generated<Date>;
}

export interface FeedCursorKeyTable {
  only_one: Generated<boolean>;
  key: string;
}

export interface PartnerClientsTable {
  id: Generated<string>;
  name: string;
  secret_hash: string;
  domains: string[];
  region_codes: string[];
  industry_codes: string[];
  requests_per_minute: number;
  created_by: string | null;
  created_at: Timestamp;
  secret_rotated_at: Timestamp;
  revoked_at: Date | null;
  last_used_at: Date | null;
}

export interface PartnerAccessLogTable {
  id: Generated<string>;
  client_id: string;
  at: Timestamp;
  method: string;
  path: string;
  status: number;
  items: number | null;
  address: string;
}

export interface PartnerTables {
  change_log: ChangeLogTable;
  change_log_trimmed: ChangeLogTrimmedTable;
  feed_cursor_key: FeedCursorKeyTable;
  partner_clients: PartnerClientsTable;
  partner_access_log: PartnerAccessLogTable;
}
