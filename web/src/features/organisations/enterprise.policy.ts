import type { SessionUser } from '../../app/session.types.ts';
import { can } from '../../app/permissions.ts';
import { editableEnterpriseFieldsOf } from '../../../../core/organisations/enterprise.policy.ts';
import type { EnterpriseInput } from './enterprise.types.ts';

/** `enterprises.edit` (core/auth/permissions.ts), and an enterprise officer their own enterprise only. */
export function canEditEnterprise(user: SessionUser, enterprise: { id: string }): boolean {
  if (!can(user, 'enterprises.edit')) return false;
  return user.role !== 'enterprise' || user.enterpriseId === enterprise.id;
}

export function editableEnterpriseFields(user: SessionUser): readonly (keyof EnterpriseInput)[] | 'all' {
  return editableEnterpriseFieldsOf(user.role) as readonly (keyof EnterpriseInput)[] | 'all';
}
