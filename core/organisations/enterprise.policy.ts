import type { Role } from './roles.ts';

/**
 * Who may do what with the enterprise register, by role — shared by the server (which also applies scope,
 * see scope.ts) and the web app (which shows only what the user may do).
 */

/** Regulators register the enterprises they supervise; admins any. */
export const enterpriseCreators: readonly Role[] = ['admin', 'regulator'];

/**
 * What an enterprise's own officers may change about their enterprise (fields of enterprise.schema.ts); the
 * rest is the regulator's record. Kept here, free of zod, so the web app's first page does not carry zod.
 */
export const selfEditableEnterpriseFields = ['address', 'location', 'employees'] as const;

/** Roles that may change an enterprise at all; enterprise officers only their own, and only some fields. */
export const enterpriseEditors: readonly Role[] = ['admin', 'regulator', 'enterprise'];

export const mayCreateEnterprise = (role: Role) => enterpriseCreators.includes(role);

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
