import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEnterprise, makeUser, TEST_PASSWORD } from '../../test/support/factories.ts';
import { createTestApp, type TestApp } from '../../test/support/test-app.ts';

/** Issue 12 §3: state-changing requests signed in by the session cookie must come from the platform's own pages. */

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** Signs in with the API and returns the session cookie (`anquan_session=…`) and the bearer token. */
async function session(app: TestApp) {
  const user = await makeUser(app.db, 'admin');
  const res = await app.request('POST', '/api/v1/auth/login', { body: { username: user.username, password: TEST_PASSWORD } });
  expect(res.status).toBe(200);
  return { cookie: res.headers.get('set-cookie')!.split(';')[0]!, token: res.body.token as string, setCookie: res.headers.get('set-cookie')! };
}

async function keyCount(enterpriseId: string) {
  const rows = await t.db.selectFrom('device_keys').select('id').where('enterprise_id', '=', enterpriseId).execute();
  return rows.length;
}

describe('cookie-authenticated writes', () => {
  it('refuses a device key asked for by another site with the cookie, and creates none', async () => {
    const { cookie } = await session(t);
    const enterprise = await makeEnterprise(t.db);
    const res = await t.request('POST', '/api/v1/device-keys', { headers: { cookie, origin: 'http://evil.example' }, body: { enterpriseId: enterprise.id, name: 'gateway' } });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('FORBIDDEN');
    expect(res.body.error.message).toBe("Cross-site request refused: Origin http://evil.example is not this platform's origin");
    expect(await keyCount(enterprise.id)).toBe(0);
  });

  it('refuses another port of the same host (same site, other origin) and an opaque origin', async () => {
    const { cookie } = await session(t);
    const enterprise = await makeEnterprise(t.db);
    const otherPort = new URL(t.url);
    otherPort.port = String(Number(otherPort.port) === 65535 ? 1 : Number(otherPort.port) + 1);
    for (const origin of [otherPort.origin, 'https://127.0.0.1' + `:${new URL(t.url).port}`, 'null']) {
      const res = await t.request('POST', '/api/v1/device-keys', { headers: { cookie, origin }, body: { enterpriseId: enterprise.id, name: 'gateway' } });
      expect(res.status, origin).toBe(403);
    }
    expect(await keyCount(enterprise.id)).toBe(0);
  });

  it('refuses a bodiless revoke with the cookie and neither Origin nor Referer', async () => {
    const { cookie, token } = await session(t);
    const enterprise = await makeEnterprise(t.db);
    const created = await t.request('POST', '/api/v1/device-keys', { token, body: { enterpriseId: enterprise.id, name: 'gateway' } });
    expect(created.status).toBe(201);
    const revoke = await t.request('POST', `/api/v1/device-keys/${created.body.id}/revoke`, { headers: { cookie } });
    expect(revoke.status).toBe(403);
    expect(revoke.body.error.message).toMatch(/must send an Origin header/);
    const remove = await t.request('DELETE', `/api/v1/device-keys/${created.body.id}`, { headers: { cookie } });
    expect(remove.status).toBe(403);
    const key = await t.request('GET', `/api/v1/device-keys/${created.body.id}`, { token });
    expect(key.body.revokedAt).toBeNull();
  });

  it('accepts writes from its own origin, by Origin or (without Origin) by Referer', async () => {
    const { cookie } = await session(t);
    const enterprise = await makeEnterprise(t.db);
    const byOrigin = await t.request('POST', '/api/v1/device-keys', { headers: { cookie, origin: t.url }, body: { enterpriseId: enterprise.id, name: 'gateway' } });
    expect(byOrigin.status).toBe(201);
    const byReferer = await t.request('POST', `/api/v1/device-keys/${byOrigin.body.id}/revoke`, { headers: { cookie, referer: `${t.url}/monitoring/device-keys?page=2` } });
    expect(byReferer.status).toBe(200);
    expect(byReferer.body.revokedAt).not.toBeNull();
  });

  it('refuses a foreign Referer when Origin is absent', async () => {
    const { cookie } = await session(t);
    const enterprise = await makeEnterprise(t.db);
    const res = await t.request('POST', '/api/v1/device-keys', { headers: { cookie, referer: 'http://evil.example/page' }, body: { enterpriseId: enterprise.id, name: 'gateway' } });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toMatch(/Referer http:\/\/evil\.example\/page is not/);
  });

  it('leaves reads and bearer-token calls alone', async () => {
    const { cookie, token } = await session(t);
    const enterprise = await makeEnterprise(t.db);
    const read = await t.request('GET', '/api/v1/auth/me', { headers: { cookie, origin: 'http://evil.example' } });
    expect(read.status).toBe(200);
    const bearer = await t.request('POST', '/api/v1/device-keys', { token, headers: { origin: 'http://evil.example' }, body: { enterpriseId: enterprise.id, name: 'gateway' } });
    expect(bearer.status).toBe(201);
  });
});

describe('sign-in and sign-out', () => {
  it('refuses a sign-in posted by another site (login CSRF) and accepts one without Origin or from its own', async () => {
    const user = await makeUser(t.db, 'expert');
    const body = { username: user.username, password: TEST_PASSWORD };
    const foreign = await t.request('POST', '/api/v1/auth/login', { headers: { origin: 'http://evil.example' }, body });
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get('set-cookie')).toBeNull();
    expect((await t.request('POST', '/api/v1/auth/login', { body })).status).toBe(200);
    expect((await t.request('POST', '/api/v1/auth/login', { headers: { origin: t.url }, body })).status).toBe(200);
  });

  it('does not end a session for another site', async () => {
    const { cookie } = await session(t);
    const out = await t.request('POST', '/api/v1/auth/logout', { headers: { cookie, origin: 'http://evil.example' } });
    expect(out.status).toBe(403);
    expect((await t.request('GET', '/api/v1/auth/me', { headers: { cookie } })).status).toBe(200);
    expect((await t.request('POST', '/api/v1/auth/logout', { headers: { cookie, origin: t.url } })).status).toBe(204);
    expect((await t.request('GET', '/api/v1/auth/me', { headers: { cookie } })).status).toBe(401);
  });
});

describe('behind a proxy', () => {
  const proxied = { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'anquan.example.gov.cn' };

  it('ignores X-Forwarded-* from a peer that is not a trusted proxy: no Secure cookie, no HSTS, the proxy origin refused', async () => {
    const user = await makeUser(t.db, 'admin');
    const login = await t.request('POST', '/api/v1/auth/login', { headers: proxied, body: { username: user.username, password: TEST_PASSWORD } });
    expect(login.status).toBe(200);
    expect(login.headers.get('set-cookie')).not.toMatch(/;\s*Secure/i);
    expect(login.headers.get('strict-transport-security')).toBeNull();
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const enterprise = await makeEnterprise(t.db);
    const res = await t.request('POST', '/api/v1/device-keys', { headers: { ...proxied, cookie, origin: 'https://anquan.example.gov.cn' }, body: { enterpriseId: enterprise.id, name: 'gateway' } });
    expect(res.status).toBe(403);
  });

  it('believes a trusted proxy: Secure cookie, HSTS, and the forwarded origin is its own', async () => {
    const behind = await createTestApp({ web: { trustedProxies: ['127.0.0.1', '::1'] } });
    try {
      const user = await makeUser(behind.db, 'admin');
      const login = await behind.request('POST', '/api/v1/auth/login', { headers: proxied, body: { username: user.username, password: TEST_PASSWORD } });
      expect(login.status).toBe(200);
      expect(login.headers.get('set-cookie')).toMatch(/;\s*Secure/i);
      expect(login.headers.get('strict-transport-security')).toBe('max-age=31536000');
      const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
      const enterprise = await makeEnterprise(behind.db);
      const own = await behind.request('POST', '/api/v1/device-keys', { headers: { ...proxied, cookie, origin: 'https://anquan.example.gov.cn' }, body: { enterpriseId: enterprise.id, name: 'gateway' } });
      expect(own.status).toBe(201);
      // The scheme counts: the plain-HTTP origin of the same host is another origin.
      const downgraded = await behind.request('POST', '/api/v1/device-keys', { headers: { ...proxied, cookie, origin: 'http://anquan.example.gov.cn' }, body: { enterpriseId: enterprise.id, name: 'gateway' } });
      expect(downgraded.status).toBe(403);
      // Without the forwarded headers the plain request gets no HSTS.
      expect((await behind.request('GET', '/api/health')).headers.get('strict-transport-security')).toBeNull();
    } finally {
      await behind.close();
    }
  });

  it('accepts the configured public URL when the proxy rewrites Host', async () => {
    const behind = await createTestApp({ web: { publicOrigin: 'https://anquan.example.gov.cn' } });
    try {
      const { cookie } = await session(behind);
      const enterprise = await makeEnterprise(behind.db);
      const res = await behind.request('POST', '/api/v1/device-keys', { headers: { cookie, origin: 'https://anquan.example.gov.cn' }, body: { enterpriseId: enterprise.id, name: 'gateway' } });
      expect(res.status).toBe(201);
      const other = await behind.request('POST', '/api/v1/device-keys', { headers: { cookie, origin: 'https://other.example.gov.cn' }, body: { enterpriseId: enterprise.id, name: 'gateway' } });
      expect(other.status).toBe(403);
    } finally {
      await behind.close();
    }
  });
});
