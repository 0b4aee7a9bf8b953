import type { SessionUser } from '../../app/session.types.ts';
import { editableEnterpriseFieldsOf, mayCreateEnterprise } from '../../../../core/organisations/enterprise.policy.ts';
import type { EnterpriseInput } from './enterprise.types.ts';

export const canCreateEnterprise = (user: SessionUser): boolean => mayCreateEnterprise(user.role);

export function canListEnterprises(user: SessionUser): boolean {
  return user.role !== 'enterprise';
}

/** Scope is the server's: an enterprise officer reaches only their own enterprise. */
export function canEditEnterprise(user: SessionUser, enterprise: { id: string }): boolean {
  if (user.role === 'enterprise') return user.enterpriseId === enterprise.id;
  return editableEnterpriseFieldsOf(user.role) === 'all';
}

export function editableEnterpriseFields(user: SessionUser): readonly (keyof EnterpriseInput)[] | 'all' {
  return editableEnterpriseFieldsOf(user.role) as readonly (keyof EnterpriseInput)[] | 'all';
}

export function canViewEnterpriseAudit(user: SessionUser): boolean {
  return user.role === 'admin';
}
