import type { SessionUser } from '../../app/session.types.ts';
import { selfEditableEnterpriseFields } from '../../../../core/organisations/enterprise.schema.ts';
import type { EnterpriseInput } from './enterprise.types.ts';

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
  return user.role === 'enterprise' ? selfEditableEnterpriseFields : 'all';
}

export function canViewEnterpriseAudit(user: SessionUser): boolean {
  return user.role === 'admin';
}
