import { z } from 'zod';
import { text } from '../shared/text.ts';

/** A limit of core/auth/login-throttle.ts that currently holds, as the administrator sees it. */
export const loginLockSchema = z.object({
  kind: z.enum(['accountAddress', 'account', 'address']).describe(
    'accountAddress: the account from that address; account: the account from every address it has not signed in from within the known-address period; address: every account that has not signed in from that address within that period',
  ),
  username: z.string().nullable().describe('The username as typed at sign-in (it need not exist); null for an address lock'),
  address: z.string().nullable().describe('The client address as counted (an IPv6 address by its /64); null for an account lock'),
  failures: z.number().int().describe('Failed sign-ins within the window'),
  until: z.string().describe('When the lock lifts by itself unless more failures come (ISO 8601)'),
});
export type LoginLock = z.infer<typeof loginLockSchema>;

export const loginLockListSchema = z.object({ items: z.array(loginLockSchema) });

/** Lifts the locks of an account (username), of an address, or of the account from that address (both). */
export const loginUnlockSchema = z
  .strictObject({
    username: text({ trim: true }).toLowerCase().min(1).max(64).optional(),
    address: text({ trim: true }).min(1).max(64).optional(),
  })
  .refine((b) => b.username !== undefined || b.address !== undefined, { message: 'give a username, an address or both', path: ['username'] });
export type LoginUnlock = z.infer<typeof loginUnlockSchema>;

export const loginUnlockResultSchema = z.object({ removedFailures: z.number().int() });
