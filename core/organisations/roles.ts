import { z } from 'zod';

/** The five kinds of account (issue #2): their scope follows from the role and its department or enterprise. */
export const roleSchema = z.enum(['admin', 'regulator', 'inspector', 'enterprise', 'expert']);
export type Role = z.infer<typeof roleSchema>;

/** Roles that work for a department and see what that department supervises. */
export const departmentRoles: readonly Role[] = ['regulator', 'inspector'];

export const needsDepartment = (role: Role) => departmentRoles.includes(role);
export const needsEnterprise = (role: Role) => role === 'enterprise';
