import type { Generated } from 'kysely';

/** The hash-chained audit trail (server/audit; docs/adr/0006). */

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

export interface AuditTables {
  audit_events: AuditEventsTable;
}
