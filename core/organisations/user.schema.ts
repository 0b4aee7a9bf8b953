import { z } from 'zod';
import { contextPasswordProblems, intrinsicPasswordProblems } from '../auth/password-policy.ts';
import { needsDepartment, needsEnterprise, roleSchema } from './roles.ts';
import { text } from '../shared/text.ts';

export const usernameSchema = z
  .string()
  .trim()
  .min(3)
  .max(32)
  .regex(/^[a-z0-9][a-z0-9._-]*$/, 'may contain lower-case letters, digits, ".", "_" and "-"');

/** Longest password text accepted at all (UTF-16 units, before NFKC): the policy counts characters after it. */
const PASSWORD_INPUT_LIMIT = 1024;

/**
 * A password being set (NIST SP 800-63B §5.1.1.2, core/auth/password-policy.ts). The checks that need the
 * account (its username, display name) run where the account is known: `userCreateSchema` below, config.
 */
export const passwordSchema = text()
  .max(PASSWORD_INPUT_LIMIT, `must be at most ${PASSWORD_INPUT_LIMIT} characters`)
  .superRefine((password, ctx) => {
    for (const message of intrinsicPasswordProblems(password)) ctx.addIssue({ code: 'custom', message });
  })
  .describe('8 to 128 characters (any Unicode, NFKC-normalised); not a common or breached password, not repetitive or sequential, not containing the username, display name or "anquan"');

/** The built-in administrator (created with the database; server/platform/admin-account.ts). */
export const BUILT_IN_ADMIN = { username: 'admin', displayName: '系统管理员' } as const;

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
    for (const message of contextPasswordProblems(u.password, { username: u.username, displayName: u.displayName })) {
      ctx.addIssue({ code: 'custom', path: ['password'], message });
    }
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
  password: text().min(1).max(PASSWORD_INPUT_LIMIT),
});
