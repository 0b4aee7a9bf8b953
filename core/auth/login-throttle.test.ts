import { describe, expect, it } from 'vitest';
import { addressKey, DEFAULT_LOGIN_THROTTLE, describeWait, lockedUntil, loginThrottleConfigSchema, retryAfterSeconds } from './login-throttle.ts';

const now = new Date('2026-12-03T08:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms);

describe('lockedUntil', () => {
  const rule = { maxFailures: 10, windowMinutes: 15 };
  it.each([
    ['fewer failures than the limit', null, null],
    ['the limit-th newest failure a minute ago', ago(60_000), new Date(now.getTime() + 14 * 60_000)],
    ['the limit-th newest failure just inside the window', ago(15 * 60_000 - 1), new Date(now.getTime() + 1)],
    ['the limit-th newest failure at the edge of the window', ago(15 * 60_000), null],
  ] as const)('%s', (_, nth, until) => expect(lockedUntil(rule, nth, now)).toEqual(until));
});

describe('retryAfterSeconds', () => {
  it('rounds up to whole seconds and is never below 1', () => {
    expect(retryAfterSeconds(new Date(now.getTime() + 1), now)).toBe(1);
    expect(retryAfterSeconds(new Date(now.getTime() + 1500), now)).toBe(2);
    expect(retryAfterSeconds(ago(5000), now)).toBe(1);
  });

  it('says the wait in words', () => {
    expect(describeWait(45)).toBe('45 seconds');
    expect(describeWait(14 * 60)).toBe('14 minutes');
    expect(describeWait(20 * 3600)).toBe('20 hours');
  });
});

describe('addressKey', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    ['::ffff:203.0.113.7', '203.0.113.7'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:0db8:0001:0002:aaaa::1', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
  ])('%s → %s', (ip, key) => expect(addressKey(ip)).toBe(key));
});

describe('ANQUAN_LOGIN_THROTTLE', () => {
  it('keeps the defaults for the parts left out', () => {
    expect(loginThrottleConfigSchema.parse({ address: { maxFailures: 300, windowMinutes: 15 } })).toEqual({
      ...DEFAULT_LOGIN_THROTTLE,
      address: { maxFailures: 300, windowMinutes: 15 },
    });
  });

  it('refuses a per-account ceiling above the 100 of NIST SP 800-63B §5.2.2', () => {
    const result = loginThrottleConfigSchema.safeParse({ account: { maxFailures: 500, windowMinutes: 60 } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ['account', 'maxFailures'] });
  });

  it('refuses unknown parts and non-positive figures', () => {
    expect(loginThrottleConfigSchema.safeParse({ perIp: {} }).success).toBe(false);
    expect(loginThrottleConfigSchema.safeParse({ accountAddress: { maxFailures: 0, windowMinutes: 15 } }).success).toBe(false);
  });
});
