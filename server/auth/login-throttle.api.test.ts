import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeUser, TEST_PASSWORD } from '../../test/support/factories.ts';
import { createTestApp, type TestApp } from '../../test/support/test-app.ts';

/** Each test gets its own database: failures counted for one must not leak into the next. */
let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(() => t.close());

const attempt = (username: string, password: string) => t.request('POST', '/api/v1/auth/login', { body: { username, password } });

describe('login throttling', () => {
  it('answers 429 after 10 failed sign-ins for one username within a minute, even with the right password', async () => {
    const user = await makeUser(t.db, 'expert');
    for (let i = 0; i < 10; i++) expect((await attempt(user.username, 'wrong-password')).status).toBe(401);
    const blocked = await attempt(user.username, TEST_PASSWORD);
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.code).toBe('RATE_LIMITED');
  });

  it('allows the ninth and tenth attempts (the limit is 10 failures, not fewer)', async () => {
    const user = await makeUser(t.db, 'expert');
    for (let i = 0; i < 9; i++) await attempt(user.username, 'wrong-password');
    expect((await attempt(user.username, TEST_PASSWORD)).status).toBe(200);
  });

  it('answers 429 after 10 failures from one address across usernames', async () => {
    const user = await makeUser(t.db, 'expert');
    for (let i = 0; i < 10; i++) expect((await attempt(`someone${i}`, 'wrong-password')).status).toBe(401);
    expect((await attempt(user.username, TEST_PASSWORD)).status).toBe(429);
  });

  it('forgets failures older than a minute', async () => {
    const user = await makeUser(t.db, 'expert');
    for (let i = 0; i < 10; i++) await attempt(user.username, 'wrong-password');
    await t.db.updateTable('login_failures').set({ at: new Date(Date.now() - 61_000) }).execute();
    expect((await attempt(user.username, TEST_PASSWORD)).status).toBe(200);
  });
});
