import type { SessionUser } from '../../app/session.types.ts';

/**
 * Enterprise users report for their own enterprise only; everyone else picks one. (Who may report at all is the
 * permission `hazards.report`, core/auth/permissions.ts.)
 */
export function fixedEnterpriseOf(user: SessionUser): string | null {
  return user.role === 'enterprise' ? user.enterpriseId : null;
}
