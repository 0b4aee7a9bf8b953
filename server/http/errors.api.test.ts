import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enterpriseInput, signedIn } from '../../test/support/factories.ts';
import { createTestApp, type TestApp } from '../../test/support/test-app.ts';

let t: TestApp;
let admin: string;

beforeAll(async () => {
  t = await createTestApp();
  admin = (await signedIn(t, 'admin')).token;
});
afterAll(() => t.close());

describe('error responses', () => {
  it('reports health once the database is migrated', async () => {
    const res = await t.request('GET', '/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('answers an unknown API route with a JSON 404', async () => {
    const res = await t.request('GET', '/api/v1/nothing-here', { token: admin });
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('NOT_FOUND');
  });

  it('answers malformed JSON with 400 and keeps serving', async () => {
    const res = await t.request('POST', '/api/v1/enterprises', { token: admin, body: '{"name": "x",' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    expect((await t.request('GET', '/api/health')).status).toBe(200);
  });

  it('answers a body over 1 MB with 413 and writes nothing', async () => {
    const body = JSON.stringify({ ...enterpriseInput(), address: 'x'.repeat(1024 * 1024) });
    const res = await t.request('POST', '/api/v1/enterprises', { token: admin, body });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers a non-JSON content type with 400', async () => {
    const res = await t.request('POST', '/api/v1/enterprises', { token: admin, body: 'name=x', headers: { 'content-type': 'text/plain' } });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
  });

  it('hides internals of a 500', async () => {
    expect((await t.request('GET', '/api/v1/enterprises', { token: admin })).status).toBe(200);
    // Break the database under the running server: the next query fails like an outage would.
    await t.db.schema.alterTable('enterprises').renameTo('enterprises_gone').execute();
    try {
      const broken = await t.request('GET', '/api/v1/enterprises', { token: admin });
      expect(broken.status).toBe(500);
      expect(broken.body).toEqual({ error: { code: 'INTERNAL', message: expect.any(String) } });
      expect(broken.text).not.toMatch(/enterprises|relation|at .*\.ts/);
    } finally {
      await t.db.schema.alterTable('enterprises_gone').renameTo('enterprises').execute();
    }
  });

  it('serves the OpenAPI document with the enterprise routes', async () => {
    const res = await t.request('GET', '/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toMatch(/^3\./);
    expect(Object.keys(res.body.paths)).toEqual(expect.arrayContaining(['/api/v1/enterprises', '/api/v1/enterprises/{id}', '/api/v1/auth/login']));
    const docs = await fetch(`${t.url}/api/docs`);
    expect(docs.status).toBe(200);
  });
});
