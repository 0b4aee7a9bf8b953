import { z } from 'zod';
import { needsDepartment, needsEnterprise, roleSchema } from './roles.ts';
import { text } from '../shared/text.ts';

export const usernameSchema = z
  .string()
  .trim()
  .min(3)
  .max(32)
  .regex(/^[a-z0-9][a-z0-9._-]*$/, 'may contain lower-case letters, digits, ".", "_" and "-"');

export const passwordSchema = text().min(8, 'must be at least 8 characters').max(128);

export const userCreateSchema = z
  .strictObject({
    username: usernameSchema,
    password: passwordSchema,
    displayName: text({ trim: true }).min(1).max(50),
    role: roleSchema,
    departmentId: z.uuid().optional(),
    enterpriseId: z.uuid().optional(),
  })
  .superRefine((u, ctx) => {
    const dept = needsDepartment(u.role);
    if (dept && !u.departmentId) ctx.addIssue({ code: 'custom', path: ['departmentId'], message: `is required for role ${u.role}` });
    if (!dept && u.departmentId) ctx.addIssue({ code: 'custom', path: ['departmentId'], message: `must not be set for role ${u.role}` });
    const ent = needsEnterprise(u.role);
    if (ent && !u.enterpriseId) ctx.addIssue({ code: 'custom', path: ['enterpriseId'], message: 'is required for role enterprise' });
    if (!ent && u.enterpriseId) ctx.addIssue({ code: 'custom', path: ['enterpriseId'], message: `must not be set for role ${u.role}` });
  });
export type UserCreate = z.output<typeof userCreateSchema>;

export const userSchema = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  role: roleSchema,
  departmentId: z.uuid().nullable(),
  enterpriseId: z.uuid().nullable(),
  createdAt: z.string(),
});
export type User = z.infer<typeof userSchema>;

export const loginSchema = z.strictObject({
  username: text({ trim: true }).min(1).max(64),
  password: text().min(1).max(128),
});
