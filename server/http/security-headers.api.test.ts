import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn } from '../../test/support/factories.ts';
import { createTestApp, type TestApp } from '../../test/support/test-app.ts';
import { CONTENT_SECURITY_POLICY } from './security-headers.ts';

/** Issue 12 §3: security headers on pages, API, docs and photos (pages in a browser: e2e/security.e2e.ts). */

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

function expectSecurityHeaders(headers: Headers, what: string) {
  expect(headers.get('content-security-policy'), what).toBe(CONTENT_SECURITY_POLICY);
  expect(headers.get('x-content-type-options'), what).toBe('nosniff');
  expect(headers.get('x-frame-options'), what).toBe('DENY');
  expect(headers.get('referrer-policy'), what).toBe('same-origin');
  // Plain HTTP, no trusted proxy: no HSTS (server/auth/same-origin.api.test.ts covers HTTPS behind a proxy).
  expect(headers.get('strict-transport-security'), what).toBeNull();
}

describe('security headers', () => {
  it('are on API answers, errors included, on the OpenAPI document and on the interactive reference', async () => {
    const { token } = await signedIn(t, 'admin');
    const cases: Array<[string, string, number, { token?: string; body?: unknown }?]> = [
      ['GET', '/api/health', 200],
      ['GET', '/api/v1/auth/me', 200, { token }],
      ['GET', '/api/v1/auth/me', 401],
      ['GET', '/api/v1/no-such-route', 404],
      ['POST', '/api/v1/auth/login', 400, { body: { username: 1 } }],
      ['GET', '/api/openapi.json', 200],
      ['GET', '/api/docs/', 200],
      ['GET', '/api/docs/static/swagger-ui-bundle.js', 200],
      ['GET', '/api/docs/static/swagger-initializer.js', 200],
    ];
    for (const [method, path, status, options] of cases) {
      const res = await t.request(method, path, options);
      expect(res.status, `${method} ${path}`).toBe(status);
      expectSecurityHeaders(res.headers, `${method} ${path}`);
    }
  });

  it('are on the live event stream, which writes its own head', async () => {
    const { token } = await signedIn(t, 'admin');
    const controller = new AbortController();
    const res = await fetch(`${t.url}/api/v1/events/stream`, { headers: { authorization: `Bearer ${token}` }, signal: controller.signal });
    try {
      expect(res.headers.get('content-type')).toContain('text/event-stream');
      expectSecurityHeaders(res.headers, 'GET /api/v1/events/stream');
    } finally {
      controller.abort();
    }
  });

  it('policy allows no inline or foreign script and no framing', () => {
    const directives = new Map(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
  });
});
