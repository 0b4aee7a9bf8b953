import { createHash } from 'node:crypto';

/** The hash of the first row's predecessor. */
export const GENESIS_HASH = '0'.repeat(64);

export interface HashedFields {
  at: Date;
  actorId: string | null;
  actorName: string;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
  ip: string | null;
}

/** JSON with object keys sorted at every depth, so that a jsonb round trip hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function auditHash(prevHash: string, f: HashedFields): string {
  const content = canonicalJson({
    at: f.at.toISOString(),
    actorId: f.actorId,
    actorName: f.actorName,
    action: f.action,
    entity: f.entity,
    entityId: f.entityId,
    before: f.before,
    after: f.after,
    ip: f.ip,
  });
  return createHash('sha256').update(prevHash).update('\n').update(content).digest('hex');
}
