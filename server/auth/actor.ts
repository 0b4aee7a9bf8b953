import type { Role } from '../../core/organisations/roles.ts';
import type { Scope } from '../../core/organisations/scope.ts';
import type { AuditActor } from '../audit/audit.service.ts';

/** The signed-in caller of a request, resolved once by the authentication hook. */
export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  role: Role;
  departmentId: string | null;
  enterpriseId: string | null;
  scope: Scope;
  ip: string;
  /** An administrator set a temporary password: only the password change, `me` and sign-out answer until changed. */
  mustChangePassword?: boolean;
}

export const auditActorOf = (a: Actor): AuditActor => ({ userId: a.userId, name: a.username, ip: a.ip });
