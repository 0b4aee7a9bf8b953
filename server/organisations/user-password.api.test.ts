import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn } from '../../test/support/factories.ts';
import { createTestApp, type TestApp } from '../../test/support/test-app.ts';

let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await createTestApp();
  admin = (await signedIn(t, 'admin')).token;
});
afterAll(() => t.close());

const create = (username: string, password: string) =>
  t.request('POST', '/api/v1/users', { token: admin, body: { username, password, displayName: '赵磊', role: 'expert' } });

describe('POST /users: the password policy (NIST SP 800-63B §5.1.1.2)', () => {
  it.each([
    ['aaaaaaaa', 'is too predictable'],
    ['12345678', 'is too common'],
    ['password', 'is too common'],
    ['short1!', 'must be at least 8 characters'],
  ])('refuses %s with 400 on the password field: %s', async (password, message) => {
    const res = await create(`weak.${Math.random().toString(36).slice(2, 8)}`, password);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    expect(res.body.error.details).toContainEqual(expect.objectContaining({ path: 'password', message: expect.stringContaining(message) }));
  });

  it('refuses the username plus "1" and the display name in the password', async () => {
    const byName = await create('zhao.lei', 'zhao.lei1');
    expect(byName.status).toBe(400);
    expect(byName.body.error.details).toContainEqual(expect.objectContaining({ path: 'password', message: 'must not contain the username' }));
    const byDisplayName = await create('zhao.lei', '赵磊的密码2026');
    expect(byDisplayName.body.error.details).toContainEqual(expect.objectContaining({ path: 'password', message: 'must not contain the display name' }));
  });

  it('accepts a long passphrase with spaces and no composition rules, and it signs in', async () => {
    const res = await create('li.na', 'correct horse battery staple');
    expect(res.status).toBe(201);
    const login = await t.request('POST', '/api/v1/auth/login', { body: { username: 'li.na', password: 'correct horse battery staple' } });
    expect(login.status).toBe(200);
  });

  it('normalises Unicode (NFKC): the full-width form of a password signs in as the ASCII form', async () => {
    expect((await create('wang.fang', 'Chengdu＠２０２６!')).status).toBe(201);
    const login = await t.request('POST', '/api/v1/auth/login', { body: { username: 'wang.fang', password: 'Chengdu@2026!' } });
    expect(login.status).toBe(200);
  });
});
