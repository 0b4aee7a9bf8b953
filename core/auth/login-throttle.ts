import { z } from 'zod';

/**
 * Sign-in throttling (NIST SP 800-63B rev. 3 §5.2.2 "Rate Limiting (Throttling)"; rev. 4 §3.2.2 keeps it):
 * "the verifier SHALL effectively limit the number of consecutive failed authentication attempts on a single
 * subscriber account to no more than 100", and MAY use techniques that keep an attacker from locking the
 * legitimate subscriber out — among them "accepting only authentication requests that come from a white list
 * of IP addresses from which the subscriber has been successfully authenticated before".
 *
 * Three limits, each "at most N failures within a sliding window" (docs/adr, login throttling):
 * - accountAddress: one account from one address — a typist, or a guesser at one account. Always applies.
 * - account: one account from every address (the §5.2.2 ceiling). Does not apply from a *known* address,
 *   one the account has signed in from within `knownAddressDays`, so a guesser elsewhere cannot lock the
 *   holder out of their own office.
 * - address: every account from one address — a password spray. Looser, since a government office signs in
 *   through one NAT address; it too spares accounts that have signed in from that address before.
 */

export const throttleRuleSchema = z.strictObject({
  maxFailures: z.number().int().min(1, 'must be at least 1'),
  windowMinutes: z.number().positive('must be more than 0'),
});
export type ThrottleRule = z.infer<typeof throttleRuleSchema>;

export interface LoginThrottlePolicy {
  accountAddress: ThrottleRule;
  account: ThrottleRule;
  address: ThrottleRule;
  /** Days after a successful sign-in during which that address stays known for the account. */
  knownAddressDays: number;
}

export const DEFAULT_LOGIN_THROTTLE: LoginThrottlePolicy = {
  accountAddress: { maxFailures: 10, windowMinutes: 15 },
  // §5.2.2: no more than 100 failed attempts on one account; a day is the window.
  account: { maxFailures: 100, windowMinutes: 24 * 60 },
  address: { maxFailures: 100, windowMinutes: 5 },
  knownAddressDays: 30,
};

/** ANQUAN_LOGIN_THROTTLE: any part may be left out and keeps its default. */
export const loginThrottleConfigSchema = z
  .strictObject({
    accountAddress: throttleRuleSchema.optional(),
    account: throttleRuleSchema
      .refine((r) => r.maxFailures <= 100, { message: 'maxFailures must be at most 100 (NIST SP 800-63B §5.2.2)', path: ['maxFailures'] })
      .optional(),
    address: throttleRuleSchema.optional(),
    knownAddressDays: z.number().min(0, 'must be 0 or more').optional(),
  })
  .transform((c): LoginThrottlePolicy => ({ ...DEFAULT_LOGIN_THROTTLE, ...c }));

export type LockKind = 'accountAddress' | 'account' | 'address';

export const windowMs = (rule: ThrottleRule) => rule.windowMinutes * 60_000;

/**
 * When a limit stops holding: with the failures of a window newest first, the limit holds while the
 * `maxFailures`-th newest is inside the window, i.e. until it is `windowMinutes` old. `nthNewest` is that
 * failure's time (null when there are fewer failures); the answer is null when the limit does not hold.
 */
export function lockedUntil(rule: ThrottleRule, nthNewest: Date | null, now: Date): Date | null {
  if (!nthNewest) return null;
  const until = new Date(nthNewest.getTime() + windowMs(rule));
  return until > now ? until : null;
}

/** Whole seconds until `until` for the Retry-After header (RFC 9110 §10.2.3), at least 1. */
export const retryAfterSeconds = (until: Date, now: Date) => Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));

/** "14 minutes", "3 hours": the wait in a message. */
export function describeWait(seconds: number): string {
  if (seconds < 90) return `${seconds} seconds`;
  if (seconds < 90 * 60) return `${Math.ceil(seconds / 60)} minutes`;
  return `${Math.ceil(seconds / 3600)} hours`;
}

/**
 * The key an address is counted under. IPv4 (and IPv4-mapped IPv6) as is; IPv6 by its /64 prefix, since one
 * subscriber line is usually given a whole /64 and could otherwise step around the per-address limit.
 */
export function addressKey(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return mapped[1]!;
  if (!ip.includes(':')) return ip;
  const [head = '', tail] = ip.split('%')[0]!.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = tail === undefined ? left : [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
