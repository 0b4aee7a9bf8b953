import { allows } from '../auth/permissions.ts';
import type { Role } from './roles.ts';

/**
 * Which fields of the enterprise register a role may change — shared by the server (which also applies scope,
 * see scope.ts) and the web app (which shows only what the user may do). Who may create or edit at all is the
 * permission table's (`enterprises.create`, `enterprises.edit`, core/auth/permissions.ts).
 */

/**
 * What an enterprise's own officers may change about their enterprise (fields of enterprise.schema.ts); the
 * rest is the regulator's record. Kept here, free of zod, so the web app's first page does not carry zod.
 */
export const selfEditableEnterpriseFields = ['address', 'location', 'employees'] as const;

export const mayCreateEnterprise = (role: Role) => allows(role, 'enterprises.create');

/** The fields a role may change; `all` for the register's keepers. */
export function editableEnterpriseFieldsOf(role: Role): readonly string[] | 'all' {
  if (role === 'admin' || role === 'regulator') return 'all';
  // Enterprise officers keep their own contact data current; the register itself is the regulator's.
  if (role === 'enterprise') return selfEditableEnterpriseFields;
  return [];
}

export function mayChangeEnterpriseFields(role: Role, fields: readonly string[]): boolean {
  const allowed = editableEnterpriseFieldsOf(role);
  return allowed === 'all' || fields.every((f) => allowed.includes(f));
}
