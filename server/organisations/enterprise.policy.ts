import { selfEditableEnterpriseFields, type EnterprisePatch } from '../../core/organisations/enterprise.schema.ts';
import type { Role } from '../../core/organisations/roles.ts';
import type { Actor } from '../auth/actor.ts';

/**
 * Who may do what with enterprises. Reading is governed by scope alone (see core/organisations/scope.ts);
 * these functions add what the role allows. Each is `(actor, …) => boolean`.
 */

/** Regulators register the enterprises they supervise; admins any. */
export const enterpriseCreators: readonly Role[] = ['admin', 'regulator'];

export const canCreateEnterprise = (actor: Actor) => enterpriseCreators.includes(actor.role);

/** Enterprise officers keep their own contact data current; the register itself is the regulator's. */
export function canUpdateEnterprise(actor: Actor, patch: EnterprisePatch): boolean {
  if (actor.role === 'admin' || actor.role === 'regulator') return true;
  if (actor.role === 'enterprise') {
    return Object.keys(patch).every((k) => (selfEditableEnterpriseFields as readonly string[]).includes(k));
  }
  return false;
}

export const enterpriseEditors: readonly Role[] = ['admin', 'regulator', 'enterprise'];
