import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, TEST_PASSWORD } from '../../test/support/factories.ts';
import { createTestApp, type TestApp } from '../../test/support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('sign-in', () => {
  it('returns a token and the user, and sets an httpOnly cookie that authenticates', async () => {
    const user = await makeUser(t.db, 'expert');
    const res = await t.request('POST', '/api/v1/auth/login', { body: { username: user.username, password: TEST_PASSWORD } });
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ id: user.id, username: user.username, role: 'expert' });
    expect(res.body.token).toMatch(/^aq_/);
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/anquan_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    const me = await t.request('GET', '/api/v1/auth/me', { headers: { cookie: cookie.split(';')[0]! } });
    expect(me.status).toBe(200);
    expect(me.body.user.username).toBe(user.username);
    const byBearer = await t.request('GET', '/api/v1/auth/me', { token: res.body.token });
    expect(byBearer.status).toBe(200);
  });

  it('stores no password and no token in clear', async () => {
    const user = await makeUser(t.db, 'expert');
    const login = await t.request('POST', '/api/v1/auth/login', { body: { username: user.username, password: TEST_PASSWORD } });
    const row = await t.db.selectFrom('users').select('password_hash').where('id', '=', user.id).executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    const sessions = await t.db.selectFrom('sessions').select('token_hash').where('user_id', '=', user.id).execute();
    expect(sessions.map((s) => s.token_hash)).not.toContain(login.body.token);
  });

  it('answers a wrong password and an unknown user alike with 401', async () => {
    const user = await makeUser(t.db, 'expert');
    const wrong = await t.request('POST', '/api/v1/auth/login', { body: { username: user.username, password: 'nope-nope' } });
    const unknown = await t.request('POST', '/api/v1/auth/login', { body: { username: 'nobody-here', password: 'nope-nope' } });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
  });

  it('rejects an expired token', async () => {
    const user = await makeUser(t.db, 'expert');
    const { token } = (await t.request('POST', '/api/v1/auth/login', { body: { username: user.username, password: TEST_PASSWORD } })).body;
    await t.db.updateTable('sessions').set({ expires_at: new Date(Date.now() - 1000) }).where('user_id', '=', user.id).execute();
    expect((await t.request('GET', '/api/v1/auth/me', { token })).status).toBe(401);
  });

  it('ends the session on logout', async () => {
    const user = await makeUser(t.db, 'expert');
    const { token } = (await t.request('POST', '/api/v1/auth/login', { body: { username: user.username, password: TEST_PASSWORD } })).body;
    expect((await t.request('POST', '/api/v1/auth/logout', { token })).status).toBe(204);
    expect((await t.request('GET', '/api/v1/auth/me', { token })).status).toBe(401);
  });

  it('rejects a disabled user', async () => {
    const user = await makeUser(t.db, 'expert');
    await t.db.updateTable('users').set({ disabled: true }).where('id', '=', user.id).execute();
    const res = await t.request('POST', '/api/v1/auth/login', { body: { username: user.username, password: TEST_PASSWORD } });
    expect(res.status).toBe(401);
  });
});
