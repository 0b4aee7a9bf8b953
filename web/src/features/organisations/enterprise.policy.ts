import type { SessionUser } from '../../app/session.types.ts';
import type { EnterpriseInput } from './enterprise.types.ts';

/** Fields an enterprise user may change on their own enterprise; the rest belongs to the regulator. */
export const OWNER_EDITABLE_FIELDS = ['address', 'location', 'employees'] as const satisfies readonly (keyof EnterpriseInput)[];

export function canCreateEnterprise(user: SessionUser): boolean {
  return user.role === 'admin' || user.role === 'regulator';
}

export function canListEnterprises(user: SessionUser): boolean {
  return user.role !== 'enterprise';
}

export function canEditEnterprise(user: SessionUser, enterprise: { id: string }): boolean {
  if (user.role === 'admin' || user.role === 'regulator') return true;
  return user.role === 'enterprise' && user.enterpriseId === enterprise.id;
}

export function editableEnterpriseFields(user: SessionUser): readonly (keyof EnterpriseInput)[] | 'all' {
  return user.role === 'enterprise' ? OWNER_EDITABLE_FIELDS : 'all';
}

export function canViewEnterpriseAudit(user: SessionUser): boolean {
  return user.role === 'admin';
}
