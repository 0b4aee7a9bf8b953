import { needsDepartment, needsEnterprise, type Role } from './roles.ts';

export interface FieldProblem {
  path: 'departmentId' | 'enterpriseId';
  message: string;
}

/**
 * A regulator or inspector works for exactly one department, an enterprise officer for exactly one enterprise,
 * and nobody else is tied to either (issue #2; the CHECKs on `users` hold the same). Used when an account is
 * created and whenever its role or links change.
 */
export function accountLinkProblems(role: Role, links: { departmentId?: string | null | undefined; enterpriseId?: string | null | undefined }): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const dept = needsDepartment(role);
  if (dept && !links.departmentId) problems.push({ path: 'departmentId', message: `is required for role ${role}` });
  if (!dept && links.departmentId) problems.push({ path: 'departmentId', message: `must not be set for role ${role}` });
  const ent = needsEnterprise(role);
  if (ent && !links.enterpriseId) problems.push({ path: 'enterpriseId', message: 'is required for role enterprise' });
  if (!ent && links.enterpriseId) problems.push({ path: 'enterpriseId', message: `must not be set for role ${role}` });
  return problems;
}

export interface AccountState {
  id: string;
  role: Role;
  active: boolean;
}

/**
 * The platform must keep at least one active administrator: nobody else can create accounts, lift sign-in
 * locks or reset passwords, and the environment only seeds the built-in admin into a new database
 * (server/platform/admin-account.ts). `activeAdminIds` are the active admins as the transaction sees them
 * (locked); the answer is the refusal's message, or null when the change may go ahead.
 */
export function lastAdminRefusal(activeAdminIds: readonly string[], before: AccountState, after: Pick<AccountState, 'role' | 'active'>): string | null {
  const wasActiveAdmin = before.role === 'admin' && before.active;
  const staysActiveAdmin = after.role === 'admin' && after.active;
  if (!wasActiveAdmin || staysActiveAdmin) return null;
  const others = activeAdminIds.filter((id) => id !== before.id);
  if (others.length > 0) return null;
  return after.active
    ? 'This is the last active administrator: make another account an administrator before changing its role'
    : 'This is the last active administrator: make another account an administrator before deactivating it';
}
