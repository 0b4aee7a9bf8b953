import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_IN_ADMIN } from '../../core/organisations/user.schema.ts';
import { login, makeUser, signedIn, TEST_PASSWORD } from '../../test/support/factories.ts';
import { createTestApp, type TestApp } from '../../test/support/test-app.ts';
import { ensureAdminAccount } from '../platform/admin-account.ts';

let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await createTestApp();
  admin = (await signedIn(t, 'admin')).token;
});
afterAll(() => t.close());

const TEMPORARY = 'Temp-Jinjiang-Bridge-7';
const CHOSEN = 'river tea house morning 2026';

const auditActions = async (userId: string) =>
  (await t.db.selectFrom('audit_events').select('action').where('entity_id', '=', userId).orderBy('id').execute()).map((e) => e.action);

describe('an administrator resets a password: the account must change it at its next sign-in', () => {
  it('ends the sessions, signs in with the temporary password, refuses every other call with 403 PASSWORD_CHANGE_REQUIRED until changed', async () => {
    const { user, token: old } = await signedIn(t, 'expert');
    const reset = await t.request('POST', `/api/v1/users/${user.id}/reset-password`, { token: admin, body: { temporaryPassword: TEMPORARY } });
    expect(reset.status).toBe(200);
    expect(reset.body).toMatchObject({ id: user.id, mustChangePassword: true });
    expect(reset.text).not.toContain(TEMPORARY);
    expect((await t.request('GET', '/api/v1/auth/me', { token: old })).status).toBe(401);
    await expect(login(t, user.username)).rejects.toThrow(/401/);

    const signIn = await t.request('POST', '/api/v1/auth/login', { body: { username: user.username, password: TEMPORARY } });
    expect(signIn.status).toBe(200);
    expect(signIn.body.user.mustChangePassword).toBe(true);
    const token = signIn.body.token as string;
    const me = await t.request('GET', '/api/v1/auth/me', { token });
    expect(me.status).toBe(200);
    expect(me.body.user.mustChangePassword).toBe(true);
    for (const [method, path] of [
      ['GET', '/api/v1/enterprises'],
      ['GET', '/api/v1/auth/sessions'],
      ['GET', '/api/v1/departments'],
    ] as const) {
      const res = await t.request(method, path, { token });
      expect(res.status, path).toBe(403);
      expect(res.body.error.code).toBe('PASSWORD_CHANGE_REQUIRED');
      expect(res.body.error.message).toMatch(/change it/);
    }

    const change = await t.request('POST', '/api/v1/auth/password', { token, body: { currentPassword: TEMPORARY, newPassword: CHOSEN } });
    expect(change.status).toBe(204);
    expect((await t.request('GET', '/api/v1/auth/me', { token })).body.user.mustChangePassword).toBe(false);
    expect((await t.request('GET', '/api/v1/enterprises', { token })).status).toBe(200);
    await expect(login(t, user.username, CHOSEN)).resolves.toMatch(/^aq_/);
    await expect(login(t, user.username, TEMPORARY)).rejects.toThrow(/401/);
    expect(await auditActions(user.id)).toEqual(['create', 'reset_password', 'change_password']);
    const audit = await t.db.selectFrom('audit_events').select(['before', 'after']).where('entity_id', '=', user.id).execute();
    expect(JSON.stringify(audit)).not.toContain(TEMPORARY);
  });

  it('lets an account that must change its password sign out', async () => {
    const user = await makeUser(t.db, 'expert');
    await t.request('POST', `/api/v1/users/${user.id}/reset-password`, { token: admin, body: { temporaryPassword: TEMPORARY } });
    const token = await login(t, user.username, TEMPORARY);
    expect((await t.request('POST', '/api/v1/auth/logout', { token })).status).toBe(204);
    expect((await t.request('GET', '/api/v1/auth/me', { token })).status).toBe(401);
  });

  it('refuses a weak temporary password on its field, and one\'s own reset', async () => {
    const user = await makeUser(t.db, 'expert');
    const weak = await t.request('POST', `/api/v1/users/${user.id}/reset-password`, { token: admin, body: { temporaryPassword: '12345678' } });
    expect(weak.status).toBe(400);
    expect(weak.body.error.details).toContainEqual(expect.objectContaining({ path: 'temporaryPassword', message: expect.stringContaining('too common') }));
    const withName = await t.request('POST', `/api/v1/users/${user.id}/reset-password`, { token: admin, body: { temporaryPassword: `${user.username}-x9` } });
    expect(withName.body.error.details).toContainEqual(expect.objectContaining({ path: 'temporaryPassword', message: 'must not contain the username' }));
    const { user: self, token } = await signedIn(t, 'admin');
    const own = await t.request('POST', `/api/v1/users/${self.id}/reset-password`, { token, body: { temporaryPassword: TEMPORARY } });
    expect(own.status).toBe(409);
    expect(await auditActions(user.id)).toEqual(['create']);
  });
});

describe('POST /auth/password: one\'s own password', () => {
  it('requires the current password, applies the policy, and ends one\'s other sessions but this one', async () => {
    const { user, token } = await signedIn(t, 'regulator', { departmentId: (await t.db.insertInto('departments').values({ name: `部门${Date.now()}`, region_codes: ['510104'], industry_codes: ['C'] }).returning('id').executeTakeFirstOrThrow()).id });
    const other = await login(t, user.username);
    const wrong = await t.request('POST', '/api/v1/auth/password', { token, body: { currentPassword: 'not-my-password', newPassword: CHOSEN } });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details).toMatchObject([{ path: 'currentPassword', message: 'is not your current password' }]);
    const weak = await t.request('POST', '/api/v1/auth/password', { token, body: { currentPassword: TEST_PASSWORD, newPassword: 'qwertyui' } });
    expect(weak.status).toBe(400);
    expect(weak.body.error.details[0].path).toBe('newPassword');
    const same = await t.request('POST', '/api/v1/auth/password', { token, body: { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD } });
    expect(same.body.error.details).toContainEqual(expect.objectContaining({ path: 'newPassword', message: 'must differ from the current password' }));
    expect(await auditActions(user.id)).toEqual(['create']);

    const ok = await t.request('POST', '/api/v1/auth/password', { token, body: { currentPassword: TEST_PASSWORD, newPassword: CHOSEN } });
    expect(ok.status).toBe(204);
    expect((await t.request('GET', '/api/v1/auth/me', { token })).status).toBe(200);
    expect((await t.request('GET', '/api/v1/auth/me', { token: other })).status).toBe(401);
    await expect(login(t, user.username, CHOSEN)).resolves.toMatch(/^aq_/);
  });

  it('refuses an anonymous caller with 401', async () => {
    const res = await t.request('POST', '/api/v1/auth/password', { body: { currentPassword: 'a', newPassword: CHOSEN } });
    expect(res.status).toBe(401);
  });
});

describe('the built-in admin changes its own password; ANQUAN_ADMIN_PASSWORD only seeds a new database', () => {
  it('keeps the changed password across a restart with the variable still set', async () => {
    const seeded = 'Seeded-Chief-Tianfu-88';
    const fresh = await createTestApp();
    try {
      expect(await ensureAdminAccount(fresh.db, seeded)).toEqual({ created: true, password: undefined });
      const token = await login(fresh, BUILT_IN_ADMIN.username, seeded);
      const change = await fresh.request('POST', '/api/v1/auth/password', { token, body: { currentPassword: seeded, newPassword: CHOSEN } });
      expect(change.status).toBe(204);
      // What start-platform does at every start.
      expect(await ensureAdminAccount(fresh.db, seeded)).toEqual({ created: false });
      await fresh.restart();
      await expect(login(fresh, BUILT_IN_ADMIN.username, CHOSEN)).resolves.toMatch(/^aq_/);
      await expect(login(fresh, BUILT_IN_ADMIN.username, seeded)).rejects.toThrow(/401/);
    } finally {
      await fresh.close();
    }
  });
});

describe('my sessions', () => {
  it('lists one\'s own sessions with the current one marked, and ends one of them', async () => {
    const { user, token } = await signedIn(t, 'expert');
    const signIn = await t.request('POST', '/api/v1/auth/login', { body: { username: user.username, password: TEST_PASSWORD }, headers: { 'user-agent': 'Phone Browser 1.0' } });
    const phone = signIn.body.token as string;
    const list = await t.request('GET', '/api/v1/auth/sessions', { token });
    expect(list.status).toBe(200);
    expect(list.body.items).toHaveLength(2);
    const current = list.body.items.find((s: { current: boolean }) => s.current);
    const other = list.body.items.find((s: { current: boolean }) => !s.current);
    expect(other).toMatchObject({ userAgent: 'Phone Browser 1.0', ip: expect.any(String) });
    expect(JSON.stringify(list.body)).not.toContain(token);

    const end = await t.request('DELETE', `/api/v1/auth/sessions/${other.id}`, { token });
    expect(end.status).toBe(204);
    expect((await t.request('GET', '/api/v1/auth/me', { token: phone })).status).toBe(401);
    expect((await t.request('GET', '/api/v1/auth/me', { token })).status).toBe(200);
    expect((await t.request('GET', '/api/v1/auth/sessions', { token })).body.items.map((s: { id: string }) => s.id)).toEqual([current.id]);
    expect(await auditActions(user.id)).toEqual(['create', 'revoke_session']);
  });

  it('cannot end another account\'s session (404)', async () => {
    const { token } = await signedIn(t, 'expert');
    const { token: theirs } = await signedIn(t, 'expert');
    const mine = await t.request('GET', '/api/v1/auth/sessions', { token: theirs });
    const res = await t.request('DELETE', `/api/v1/auth/sessions/${mine.body.items[0].id}`, { token });
    expect(res.status).toBe(404);
    expect((await t.request('GET', '/api/v1/auth/me', { token: theirs })).status).toBe(200);
  });
});
