import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import type { LoginThrottlePolicy } from '../../core/auth/login-throttle.ts';
import { makeUser, signedIn, TEST_PASSWORD } from '../../test/support/factories.ts';
import { createTestApp, type TestApp } from '../../test/support/test-app.ts';

/**
 * Sign-in throttling through the real server and PostgreSQL. Clients come from different loopback addresses
 * (127.0.0.x: the socket's own source address, no header), as offices behind different NATs would.
 */

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

/** Small figures so that a test needs few (slow, argon2) failures; the defaults are tested last. */
const small: LoginThrottlePolicy = {
  accountAddress: { maxFailures: 3, windowMinutes: 15 },
  account: { maxFailures: 6, windowMinutes: 24 * 60 },
  address: { maxFailures: 5, windowMinutes: 5 },
  knownAddressDays: 30,
};

const OFFICE = '127.0.0.2';
const HOME = '127.0.0.3';

interface Answer {
  status: number;
  retryAfter: number | null;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

/** POST /auth/login from `localAddress`. */
function signIn(from: string, username: string, password: string): Promise<Answer> {
  const url = new URL('/api/v1/auth/login', t!.url);
  const data = JSON.stringify({ username, password });
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: url.hostname, port: url.port, path: url.pathname, method: 'POST', localAddress: from, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => {
          const header = res.headers['retry-after'];
          resolve({ status: res.statusCode ?? 0, retryAfter: header === undefined ? null : Number(header), body: text ? JSON.parse(text) : undefined });
        });
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}

async function fail(from: string, username: string, times: number) {
  for (let i = 0; i < times; i++) expect((await signIn(from, username, 'wrong-password')).status).toBe(401);
}

function expectLocked(answer: Answer, maxSeconds: number, minSeconds = maxSeconds - 120) {
  expect(answer.status).toBe(429);
  expect(answer.body.error.code).toBe('RATE_LIMITED');
  expect(answer.retryAfter).not.toBeNull();
  expect(Number.isInteger(answer.retryAfter)).toBe(true);
  expect(answer.retryAfter).toBeLessThanOrEqual(maxSeconds);
  expect(answer.retryAfter).toBeGreaterThanOrEqual(minSeconds);
}

describe('login throttling behind one office address (NAT)', () => {
  it('locks only the attacked account at that address: another account signs in there, the attacked one from elsewhere', async () => {
    t = await createTestApp({ loginThrottle: small });
    const a = await makeUser(t.db, 'expert');
    const b = await makeUser(t.db, 'expert');
    await fail(OFFICE, b.username, 3);

    const blocked = await signIn(OFFICE, b.username, TEST_PASSWORD);
    expectLocked(blocked, 15 * 60);
    expect(blocked.body.error.message).toMatch(/this account from your address; try again in 1[45] minutes/);
    expect((await signIn(OFFICE, a.username, TEST_PASSWORD)).status).toBe(200);
    expect((await signIn(HOME, b.username, TEST_PASSWORD)).status).toBe(200);
  });

  it('stops a spray across accounts at the per-address ceiling, sparing accounts that signed in from that address before', async () => {
    t = await createTestApp({ loginThrottle: small });
    const regular = await makeUser(t.db, 'expert');
    const newcomer = await makeUser(t.db, 'expert');
    expect((await signIn(OFFICE, regular.username, TEST_PASSWORD)).status).toBe(200);
    for (let i = 0; i < 5; i++) await fail(OFFICE, `someone${i}`, 1);

    expectLocked(await signIn(OFFICE, newcomer.username, TEST_PASSWORD), 5 * 60);
    expectLocked(await signIn(OFFICE, 'someone9', 'wrong-password'), 5 * 60);
    expect((await signIn(OFFICE, regular.username, TEST_PASSWORD)).status).toBe(200);
    expect((await signIn(HOME, newcomer.username, TEST_PASSWORD)).status).toBe(200);
  });

  it('locks an account guessed at from many addresses for new addresses only, not for one it signed in from', async () => {
    t = await createTestApp({ loginThrottle: small });
    const b = await makeUser(t.db, 'expert');
    expect((await signIn('127.0.0.9', b.username, TEST_PASSWORD)).status).toBe(200);
    for (const from of ['127.0.0.4', '127.0.0.5', '127.0.0.6']) await fail(from, b.username, 2);

    const blocked = await signIn('127.0.0.7', b.username, TEST_PASSWORD);
    expectLocked(blocked, 24 * 3600);
    expect(blocked.body.error.message).toMatch(/sign in from an address you have used before/);
    expect((await signIn('127.0.0.9', b.username, TEST_PASSWORD)).status).toBe(200);
  });

  it('counts a burst of parallel guesses: no more wrong passwords are tried than the limit allows', async () => {
    t = await createTestApp({ loginThrottle: small });
    const b = await makeUser(t.db, 'expert');
    const answers = await Promise.all(Array.from({ length: 8 }, () => signIn(OFFICE, b.username, 'wrong-password')));
    expect(answers.filter((a) => a.status === 401).length).toBeLessThanOrEqual(3);
    for (const a of answers.filter((x) => x.status === 429)) expect(a.retryAfter).toBeGreaterThanOrEqual(1);
    expect(answers.every((a) => a.status === 401 || a.status === 429)).toBe(true);
  });

  it('forgets failures older than the window', async () => {
    t = await createTestApp({ loginThrottle: small });
    const b = await makeUser(t.db, 'expert');
    await fail(OFFICE, b.username, 3);
    expect((await signIn(OFFICE, b.username, TEST_PASSWORD)).status).toBe(429);
    await t.db.updateTable('login_failures').set({ at: new Date(Date.now() - 16 * 60_000) }).execute();
    expect((await signIn(OFFICE, b.username, TEST_PASSWORD)).status).toBe(200);
  });
});

describe('the administrator sees and lifts locks', () => {
  it('lists account, address and account-from-address locks with their end, and lifts one, audited', async () => {
    t = await createTestApp({ loginThrottle: small });
    const admin = await signedIn(t, 'admin');
    const b = await makeUser(t.db, 'expert');
    await fail(OFFICE, b.username, 3);
    await fail(OFFICE, 'someone0', 1);
    await fail(OFFICE, 'someone1', 1);
    await fail(HOME, b.username, 3);

    const list = await t.request('GET', '/api/v1/auth/locks', { token: admin.token });
    expect(list.status).toBe(200);
    const items = list.body.items as { kind: string; username: string | null; address: string | null; failures: number; until: string }[];
    expect(items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'accountAddress', username: b.username, address: OFFICE, failures: 3 }),
        expect.objectContaining({ kind: 'accountAddress', username: b.username, address: HOME, failures: 3 }),
        expect.objectContaining({ kind: 'address', username: null, address: OFFICE, failures: 5 }),
        expect.objectContaining({ kind: 'account', username: b.username, address: null, failures: 6 }),
      ]),
    );
    expect(items).toHaveLength(4);
    for (const item of items) expect(Date.parse(item.until)).toBeGreaterThan(Date.now());
    const accountLock = items.find((i) => i.kind === 'account')!;
    expect(Date.parse(accountLock.until) - Date.now()).toBeGreaterThan(23 * 3600_000);

    const other = await signedIn(t, 'expert');
    expect((await t.request('GET', '/api/v1/auth/locks', { token: other.token })).status).toBe(403);
    expect((await t.request('POST', '/api/v1/auth/locks/unlock', { token: other.token, body: { username: b.username } })).status).toBe(403);
    const empty = await t.request('POST', '/api/v1/auth/locks/unlock', { token: admin.token, body: {} });
    expect(empty.status).toBe(400);
    expect(empty.body.error.details).toContainEqual(expect.objectContaining({ path: 'username', message: 'give a username, an address or both' }));

    expect((await signIn(HOME, b.username, TEST_PASSWORD)).status).toBe(429);
    const lifted = await t.request('POST', '/api/v1/auth/locks/unlock', { token: admin.token, body: { username: b.username.toUpperCase() } });
    expect(lifted.status).toBe(200);
    expect(lifted.body).toEqual({ removedFailures: 6 });
    expect((await signIn(HOME, b.username, TEST_PASSWORD)).status).toBe(200);

    const after = await t.request('GET', '/api/v1/auth/locks', { token: admin.token });
    expect(after.body.items).toEqual([]);

    const audit = await t.request('GET', '/api/v1/audit?entity=login_lock', { token: admin.token });
    expect(audit.body.items).toEqual([
      expect.objectContaining({ action: 'unlock', actorId: admin.user.id, entityId: `${b.username}@*`, after: { username: b.username, address: null, removedFailures: 6 } }),
    ]);
  });

  it('lifts the lock of one address for every account', async () => {
    t = await createTestApp({ loginThrottle: small });
    const admin = await signedIn(t, 'admin');
    const c = await makeUser(t.db, 'expert');
    for (let i = 0; i < 5; i++) await fail(OFFICE, `someone${i}`, 1);
    expect((await signIn(OFFICE, c.username, TEST_PASSWORD)).status).toBe(429);
    const lifted = await t.request('POST', '/api/v1/auth/locks/unlock', { token: admin.token, body: { address: OFFICE } });
    expect(lifted.body).toEqual({ removedFailures: 5 });
    expect((await signIn(OFFICE, c.username, TEST_PASSWORD)).status).toBe(200);
  });
});

describe('login throttling with the default figures', () => {
  it('allows ten failures for an account from one address, then answers 429 even to the right password', async () => {
    t = await createTestApp();
    const user = await makeUser(t.db, 'expert');
    await fail(OFFICE, user.username, 9);
    expect((await signIn(OFFICE, user.username, TEST_PASSWORD)).status).toBe(200);
    await fail(OFFICE, user.username, 10);
    expectLocked(await signIn(OFFICE, user.username, TEST_PASSWORD), 15 * 60);
  });
});
