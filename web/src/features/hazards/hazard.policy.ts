import type { SessionUser } from '../../app/session.types.ts';

/**
 * Who may report a hazard (hazards issue `POST /api/v1/hazards`): an enterprise for itself; regulators,
 * inspectors and experts for enterprises in their scope. The administrator manages accounts and is no party to
 * any hazard (core/hazards/hazard-permissions.ts). Scope is the server's.
 */
export function canReportHazard(user: SessionUser): boolean {
  if (user.role === 'enterprise') return Boolean(user.enterpriseId);
  return user.role !== 'admin';
}

/** Enterprise users report for their own enterprise only; everyone else picks one. */
export function fixedEnterpriseOf(user: SessionUser): string | null {
  return user.role === 'enterprise' ? user.enterpriseId : null;
}
