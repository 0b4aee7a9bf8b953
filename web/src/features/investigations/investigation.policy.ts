import type { SessionUser } from '../../app/session.types.ts';

/**
 * Who may do what with plans and tasks (server/hazards/plan.routes.ts `planMakers`,
 * task-execution.service.ts `taskExecutors`). Scope is the server's.
 */
export function canMakePlan(user: SessionUser): boolean {
  if (user.role === 'enterprise') return Boolean(user.enterpriseId);
  return user.role === 'regulator' && Boolean(user.departmentId);
}

export function canExecuteTask(user: SessionUser): boolean {
  return user.role === 'enterprise' || user.role === 'inspector';
}

/** An enterprise officer sees only their own enterprise, so the enterprise column and filters add nothing. */
export function seesManyEnterprises(user: SessionUser): boolean {
  return user.role !== 'enterprise';
}

/** Plans and tasks reach every role that has a scope; the administrator manages accounts only. */
export function canSeeInvestigations(user: SessionUser): boolean {
  return user.role !== 'admin';
}
