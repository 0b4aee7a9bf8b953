import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, makeDepartment, makeEnterprise, makeUser, signedIn } from '../../test/support/factories.ts';
import { createTestApp, type TestApp } from '../../test/support/test-app.ts';

let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await createTestApp();
  admin = (await signedIn(t, 'admin')).token;
});
afterAll(() => t.close());

const auditOf = (entityId: string) =>
  t.db.selectFrom('audit_events').select(['action', 'actor_name', 'before', 'after']).where('entity_id', '=', entityId).orderBy('id').execute();

describe('PATCH /users/{id}', () => {
  it('edits the display name and moves a regulator to another department, audited with before and after', async () => {
    const from = await makeDepartment(t.db, ['510104'], ['C']);
    const to = await makeDepartment(t.db, ['510105'], ['E']);
    const user = await makeUser(t.db, 'regulator', { departmentId: from.id });
    const res = await t.request('PATCH', `/api/v1/users/${user.id}`, { token: admin, body: { displayName: '王科长', departmentId: to.id } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: user.id, displayName: '王科长', role: 'regulator', departmentId: to.id, active: true, mustChangePassword: false });
    const audit = await auditOf(user.id);
    expect(audit.at(-1)).toMatchObject({ action: 'update', before: expect.objectContaining({ departmentId: from.id }), after: expect.objectContaining({ departmentId: to.id, displayName: '王科长' }) });
  });

  it('changes a role and its scope: an expert becomes an enterprise officer, and the new scope holds at once', async () => {
    const enterprise = await makeEnterprise(t.db);
    const { user, token } = await signedIn(t, 'expert');
    const res = await t.request('PATCH', `/api/v1/users/${user.id}`, { token: admin, body: { role: 'enterprise', enterpriseId: enterprise.id } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ role: 'enterprise', enterpriseId: enterprise.id, departmentId: null });
    const me = await t.request('GET', '/api/v1/auth/me', { token });
    expect(me.body.user).toMatchObject({ role: 'enterprise', enterpriseId: enterprise.id });
    // An enterprise officer may not list departments; the expert could.
    expect((await t.request('GET', '/api/v1/departments', { token })).status).toBe(403);
  });

  it('drops a link the new role does not take, and names the missing one', async () => {
    const dept = await makeDepartment(t.db, ['510104'], ['C']);
    const user = await makeUser(t.db, 'inspector', { departmentId: dept.id });
    const toExpert = await t.request('PATCH', `/api/v1/users/${user.id}`, { token: admin, body: { role: 'expert' } });
    expect(toExpert.status).toBe(200);
    expect(toExpert.body.departmentId).toBeNull();
    const toRegulator = await t.request('PATCH', `/api/v1/users/${user.id}`, { token: admin, body: { role: 'regulator' } });
    expect(toRegulator.status).toBe(400);
    expect(toRegulator.body.error.details).toContainEqual(expect.objectContaining({ path: 'departmentId', message: 'is required for role regulator' }));
    const enterpriseLink = await t.request('PATCH', `/api/v1/users/${user.id}`, { token: admin, body: { enterpriseId: dept.id } });
    expect(enterpriseLink.status).toBe(400);
    expect(enterpriseLink.body.error.details).toContainEqual(expect.objectContaining({ path: 'enterpriseId', message: 'must not be set for role expert' }));
  });

  it('refuses an unknown enterprise and an empty edit with 400, writing nothing', async () => {
    const user = await makeUser(t.db, 'expert');
    const before = await auditOf(user.id);
    const unknown = await t.request('PATCH', `/api/v1/users/${user.id}`, { token: admin, body: { role: 'enterprise', enterpriseId: '00000000-0000-4000-8000-000000000000' } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details).toContainEqual(expect.objectContaining({ path: 'enterpriseId', message: 'does not exist' }));
    expect((await t.request('PATCH', `/api/v1/users/${user.id}`, { token: admin, body: {} })).status).toBe(400);
    expect(await auditOf(user.id)).toEqual(before);
  });

  it('answers 404 for an unknown account', async () => {
    const res = await t.request('PATCH', '/api/v1/users/00000000-0000-4000-8000-000000000000', { token: admin, body: { displayName: 'x' } });
    expect(res.status).toBe(404);
  });

  it.each(['regulator', 'inspector', 'expert', 'enterprise'] as const)('refuses a %s changing a role with 403, writing nothing', async (role) => {
    const links = role === 'enterprise' ? { enterpriseId: (await makeEnterprise(t.db)).id } : role === 'expert' ? {} : { departmentId: (await makeDepartment(t.db, ['510104'], ['C'])).id };
    const { user, token } = await signedIn(t, role, links);
    const target = await makeUser(t.db, 'expert');
    const promote = await t.request('PATCH', `/api/v1/users/${user.id}`, { token, body: { role: 'admin' } });
    expect(promote.status).toBe(403);
    expect(promote.body.error.code).toBe('FORBIDDEN');
    expect((await t.request('POST', `/api/v1/users/${target.id}/deactivate`, { token })).status).toBe(403);
    expect((await t.request('POST', `/api/v1/users/${target.id}/reset-password`, { token, body: { temporaryPassword: 'Temp-Chengdu-2026' } })).status).toBe(403);
    const row = await t.db.selectFrom('users').select(['role', 'disabled']).where('id', '=', user.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ role, disabled: false });
    expect(await auditOf(target.id)).toEqual([expect.objectContaining({ action: 'create' })]);
  });
});

describe('GET /users filters', () => {
  it('filters by role, department and active, and pages', async () => {
    const dept = await makeDepartment(t.db, ['510104'], ['C']);
    const a = await makeUser(t.db, 'regulator', { departmentId: dept.id });
    const b = await makeUser(t.db, 'inspector', { departmentId: dept.id });
    await t.request('POST', `/api/v1/users/${b.id}/deactivate`, { token: admin });
    const all = await t.request('GET', `/api/v1/users?departmentId=${dept.id}`, { token: admin });
    expect(all.body.total).toBe(2);
    const active = await t.request('GET', `/api/v1/users?departmentId=${dept.id}&active=true`, { token: admin });
    expect(active.body.items.map((u: { id: string }) => u.id)).toEqual([a.id]);
    const inactive = await t.request('GET', `/api/v1/users?departmentId=${dept.id}&active=false&role=inspector`, { token: admin });
    expect(inactive.body.items).toEqual([expect.objectContaining({ id: b.id, active: false })]);
    const paged = await t.request('GET', `/api/v1/users?departmentId=${dept.id}&pageSize=1&page=2`, { token: admin });
    expect(paged.body).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(paged.body.items).toHaveLength(1);
    const byName = await t.request('GET', `/api/v1/users?q=${encodeURIComponent(a.displayName)}`, { token: admin });
    expect(byName.body.items.map((u: { id: string }) => u.id)).toEqual([a.id]);
  });
});

describe('deactivate / reactivate', () => {
  it('deactivation ends the sessions at once and blocks sign-in; reactivation lets the account sign in again; both audited', async () => {
    const { user, token } = await signedIn(t, 'expert');
    const res = await t.request('POST', `/api/v1/users/${user.id}/deactivate`, { token: admin });
    expect(res.status).toBe(200);
    expect(res.body.active).toBe(false);
    expect((await t.request('GET', '/api/v1/auth/me', { token })).status).toBe(401);
    expect(await t.db.selectFrom('sessions').select('id').where('user_id', '=', user.id).execute()).toEqual([]);
    await expect(login(t, user.username)).rejects.toThrow(/401/);
    const back = await t.request('POST', `/api/v1/users/${user.id}/reactivate`, { token: admin });
    expect(back.body.active).toBe(true);
    await expect(login(t, user.username)).resolves.toMatch(/^aq_/);
    expect((await auditOf(user.id)).map((e) => e.action)).toEqual(['create', 'deactivate', 'reactivate']);
  });
});

describe('admin revokes an account\'s sessions', () => {
  it('ends every session of the account, which stays active', async () => {
    const { user, token } = await signedIn(t, 'expert');
    const second = await login(t, user.username);
    const res = await t.request('DELETE', `/api/v1/users/${user.id}/sessions`, { token: admin });
    expect(res.body).toEqual({ ended: 2 });
    expect((await t.request('GET', '/api/v1/auth/me', { token })).status).toBe(401);
    expect((await t.request('GET', '/api/v1/auth/me', { token: second })).status).toBe(401);
    await expect(login(t, user.username)).resolves.toMatch(/^aq_/);
    expect((await auditOf(user.id)).at(-1)).toMatchObject({ action: 'revoke_sessions', after: { sessionsEnded: 2 } });
  });
});

describe('the last active administrator', () => {
  let lone: TestApp;
  let adminId: string;
  let adminToken: string;
  beforeAll(async () => {
    lone = await createTestApp();
    const signed = await signedIn(lone, 'admin');
    adminId = signed.user.id;
    adminToken = signed.token;
  });
  afterAll(() => lone.close());

  const auditCount = async () => Number((await lone.db.selectFrom('audit_events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

  it('cannot be deactivated or demoted: 409 with a clear message, nothing written', async () => {
    const before = await auditCount();
    const deactivate = await lone.request('POST', `/api/v1/users/${adminId}/deactivate`, { token: adminToken });
    expect(deactivate.status).toBe(409);
    expect(deactivate.body.error).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/last active administrator/) });
    const demote = await lone.request('PATCH', `/api/v1/users/${adminId}`, { token: adminToken, body: { role: 'expert' } });
    expect(demote.status).toBe(409);
    expect(demote.body.error.message).toMatch(/last active administrator/);
    const row = await lone.db.selectFrom('users').select(['role', 'disabled']).where('id', '=', adminId).executeTakeFirstOrThrow();
    expect(row).toEqual({ role: 'admin', disabled: false });
    expect(await auditCount()).toBe(before);
    expect((await lone.request('GET', '/api/v1/auth/me', { token: adminToken })).status).toBe(200);
  });

  it('a deactivated admin does not count: with another admin deactivated, the active one is still the last', async () => {
    const other = await makeUser(lone.db, 'admin');
    await lone.db.updateTable('users').set({ disabled: true }).where('id', '=', other.id).execute();
    expect((await lone.request('POST', `/api/v1/users/${adminId}/deactivate`, { token: adminToken })).status).toBe(409);
  });

  it('can step down once another admin is active, and two concurrent step-downs leave one admin', async () => {
    const second = await signedIn(lone, 'admin');
    const [a, b] = await Promise.all([
      lone.request('PATCH', `/api/v1/users/${adminId}`, { token: adminToken, body: { role: 'expert' } }),
      lone.request('POST', `/api/v1/users/${second.user.id}/deactivate`, { token: second.token }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const active = await lone.db.selectFrom('users').select('id').where('role', '=', 'admin').where('disabled', '=', false).execute();
    expect(active).toHaveLength(1);
  });
});

describe('departments: edit and deactivate', () => {
  it('edits the name and scope; the staff see the new scope at once; audited', async () => {
    const dept = await makeDepartment(t.db, ['510104'], ['C']);
    const { token } = await signedIn(t, 'regulator', { departmentId: dept.id });
    const inside = await makeEnterprise(t.db, { regionCode: '510105' });
    expect((await t.request('GET', `/api/v1/enterprises/${inside.id}`, { token })).status).toBe(404);
    const res = await t.request('PATCH', `/api/v1/departments/${dept.id}`, { token: admin, body: { name: `${dept.name}（改）`, regionCodes: ['510105'], industryCodes: ['C'] } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: `${dept.name}（改）`, regionCodes: ['510105'], active: true });
    expect((await t.request('GET', `/api/v1/enterprises/${inside.id}`, { token })).status).toBe(200);
    expect((await auditOf(dept.id)).at(-1)).toMatchObject({ action: 'update', before: expect.objectContaining({ regionCodes: ['510104'] }) });
  });

  it('refuses an unknown region on its field and a taken name with 409', async () => {
    const dept = await makeDepartment(t.db, ['510104'], ['C']);
    const other = await makeDepartment(t.db, ['510104'], ['C']);
    const bad = await t.request('PATCH', `/api/v1/departments/${dept.id}`, { token: admin, body: { regionCodes: ['999999'] } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details).toContainEqual(expect.objectContaining({ path: 'regionCodes.0', message: 'unknown region code 999999' }));
    const taken = await t.request('PATCH', `/api/v1/departments/${dept.id}`, { token: admin, body: { name: other.name } });
    expect(taken.status).toBe(409);
    expect(taken.body.error.details).toContainEqual(expect.objectContaining({ path: 'name', message: 'is already taken' }));
  });

  it('deactivates only without active accounts, then takes no new account; reactivation undoes it', async () => {
    const dept = await makeDepartment(t.db, ['510104'], ['C']);
    const staff = await makeUser(t.db, 'regulator', { departmentId: dept.id });
    const refused = await t.request('POST', `/api/v1/departments/${dept.id}/deactivate`, { token: admin });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(/1 active account/);
    await t.request('POST', `/api/v1/users/${staff.id}/deactivate`, { token: admin });
    const done = await t.request('POST', `/api/v1/departments/${dept.id}/deactivate`, { token: admin });
    expect(done.status).toBe(200);
    expect(done.body.active).toBe(false);
    const listed = await t.request('GET', '/api/v1/departments?active=false&pageSize=200', { token: admin });
    expect(listed.body.items.map((d: { id: string }) => d.id)).toContain(dept.id);
    const hire = await t.request('POST', '/api/v1/users', {
      token: admin,
      body: { username: `new.${Date.now().toString(36)}`, password: 'Chengdu-Tianfu-2026', displayName: '新人', role: 'inspector', departmentId: dept.id },
    });
    expect(hire.status).toBe(400);
    expect(hire.body.error.details).toContainEqual(expect.objectContaining({ path: 'departmentId', message: 'is deactivated' }));
    const rehire = await t.request('POST', `/api/v1/users/${staff.id}/reactivate`, { token: admin });
    expect(rehire.status).toBe(409);
    expect((await t.request('POST', `/api/v1/departments/${dept.id}/reactivate`, { token: admin })).body.active).toBe(true);
    expect((await auditOf(dept.id)).map((e) => e.action)).toEqual(['create', 'deactivate', 'reactivate']);
  });

  it('refuses a non-admin with 403', async () => {
    const dept = await makeDepartment(t.db, ['510104'], ['C']);
    const { token } = await signedIn(t, 'regulator', { departmentId: dept.id });
    expect((await t.request('PATCH', `/api/v1/departments/${dept.id}`, { token, body: { name: 'x' } })).status).toBe(403);
    expect((await t.request('POST', `/api/v1/departments/${dept.id}/deactivate`, { token })).status).toBe(403);
  });
});
