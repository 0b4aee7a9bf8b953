import { z } from 'zod';
import { contextPasswordProblems, intrinsicPasswordProblems } from '../auth/password-policy.ts';
import { text } from '../shared/text.ts';
import { pageQuerySchema } from '../shared/pagination.ts';
import { accountLinkProblems } from './account-rules.ts';
import { roleSchema } from './roles.ts';

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

export { BUILT_IN_ADMIN } from './built-in-admin.ts';

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
    for (const p of accountLinkProblems(u.role, u)) ctx.addIssue({ code: 'custom', path: [p.path], message: p.message });
  });
export type UserCreate = z.output<typeof userCreateSchema>;

export const userSchema = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  role: roleSchema,
  departmentId: z.uuid().nullable(),
  enterpriseId: z.uuid().nullable(),
  active: z.boolean().describe('false: deactivated, cannot sign in'),
  mustChangePassword: z.boolean().describe('a temporary password was set by an administrator; every call but the password change and sign-out answers 403 PASSWORD_CHANGE_REQUIRED'),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type User = z.infer<typeof userSchema>;

/** A row of the accounts list: the account with the name of its department or enterprise. */
export const userListItemSchema = userSchema.extend({ organisationName: z.string().nullable().describe('its department\'s or enterprise\'s name') });
export type UserListItem = z.infer<typeof userListItemSchema>;

export const userListQuerySchema = pageQuerySchema.extend({
  q: text({ trim: true }).max(64).optional().describe('part of the username or display name'),
  role: roleSchema.optional(),
  departmentId: z.uuid().optional(),
  enterpriseId: z.uuid().optional(),
  active: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
});
export type UserListQuery = z.output<typeof userListQuerySchema>;

/**
 * An administrator's edit of an account: the display name, the role and its department or enterprise. A field
 * left out keeps its value; `null` removes a link. The resulting role and links are checked together.
 */
export const userUpdateSchema = z
  .strictObject({
    displayName: text({ trim: true }).min(1).max(50).optional(),
    role: roleSchema.optional(),
    departmentId: z.uuid().nullable().optional(),
    enterpriseId: z.uuid().nullable().optional(),
  })
  .refine((u) => Object.keys(u).length > 0, { message: 'change at least one field' });
export type UserUpdate = z.output<typeof userUpdateSchema>;

/** An administrator sets a temporary password; the account must change it at its next sign-in. */
export const passwordResetSchema = z.strictObject({ temporaryPassword: passwordSchema });

/** One's own password change: the current password proves it is the account's owner at the keyboard. */
export const passwordChangeSchema = z.strictObject({
  currentPassword: text().min(1).max(PASSWORD_INPUT_LIMIT),
  newPassword: passwordSchema,
});
export type PasswordChange = z.output<typeof passwordChangeSchema>;

export const sessionSchema = z.object({
  id: z.uuid(),
  createdAt: z.string(),
  expiresAt: z.string(),
  ip: z.string().nullable().describe('address the session signed in from'),
  userAgent: z.string().nullable(),
  current: z.boolean().describe('the session making this request'),
});
export type Session = z.infer<typeof sessionSchema>;

export const loginSchema = z.strictObject({
  username: text({ trim: true }).min(1).max(64),
  password: text().min(1).max(PASSWORD_INPUT_LIMIT),
});
