export const ROLES = ['admin', 'regulator', 'inspector', 'enterprise', 'expert'] as const;

export type Role = (typeof ROLES)[number];

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  departmentId: string | null;
  enterpriseId: string | null;
}
