import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn } from '../../test/support/factories.ts';
import { createTestApp, type TestApp } from '../../test/support/test-app.ts';

let t: TestApp;
let token: string;

beforeAll(async () => {
  t = await createTestApp();
  token = (await signedIn(t, 'expert')).token;
});
afterAll(() => t.close());

describe('GET /api/v1/regions/map', () => {
  it('needs a signed-in caller', async () => {
    expect((await t.request('GET', '/api/v1/regions/map')).status).toBe(401);
  });

  it('returns the 20 districts of the city as GeoJSON, each with its division code', async () => {
    const response = await t.request('GET', '/api/v1/regions/map', { token });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/geo+json');
    expect(response.body.type).toBe('FeatureCollection');
    const codes = (response.body.features as Array<{ properties: { adcode: number } }>).map((f) => String(f.properties.adcode));
    expect(codes).toHaveLength(20);
    expect(codes).toContain('510104');
    expect(codes.every((code) => code.startsWith('5101'))).toBe(true);
  });
});
