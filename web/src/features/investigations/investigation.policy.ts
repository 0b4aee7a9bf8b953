import type { SessionUser } from '../../app/session.types.ts';
import { mayExecuteTask } from '../../../../core/hazards/investigation-task.ts';

/**
 * Who may execute this task: the permission `investigations.execute`, and a self-check task (the enterprise's own
 * plan) only by the enterprise (core/hazards/investigation-task.ts, as the server decides). Scope is the server's.
 */
export function canExecuteTask(user: SessionUser, task: { selfCheck: boolean }): boolean {
  return mayExecuteTask(user.role, task);
}

/** An enterprise officer sees only their own enterprise, so the enterprise column and filters add nothing. */
export function seesManyEnterprises(user: SessionUser): boolean {
  return user.role !== 'enterprise';
}
