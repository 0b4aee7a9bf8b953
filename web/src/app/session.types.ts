import type { Role as RoleCode } from '../../../core/organisations/roles.ts';

export type Role = RoleCode;

/** The signed-in user as GET /api/v1/auth/me returns it. */
export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  departmentId: string | null;
  enterpriseId: string | null;
  /** A temporary password set by an administrator must be changed before anything else. */
  mustChangePassword?: boolean;
}
