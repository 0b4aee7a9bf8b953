import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../http/app.ts';
import { signedIn, validCreditCode } from '../../test/support/factories.ts';
import { createTestApp, type TestApp } from '../../test/support/test-app.ts';

/** 杭州市 (330100): 13 districts since the 2021 re-division; the shipped map predates it. */
let t: TestApp;
let admin: string;
let expert: string;

const shippedHangzhou = JSON.parse(readFileSync(new URL('./data/maps/330100.geojson', import.meta.url), 'utf8')) as {
  type: 'FeatureCollection';
  features: Array<{ properties: { adcode: number; name: string }; geometry: unknown }>;
};
const codesOf = (map: { features: Array<{ properties: { adcode: number | string } }> }) => map.features.map((f) => String(f.properties.adcode));
const cityMapRows = async () => (await t.db.selectFrom('city_maps').select('city_code').execute()).length;

beforeAll(async () => {
  t = await createTestApp({ city: '330100' });
  admin = (await signedIn(t, 'admin')).token;
  expert = (await signedIn(t, 'expert')).token;
});
afterAll(() => t.close());

describe('a platform for 杭州市 (ANQUAN_CITY=330100)', () => {
  it('lists the 13 current districts of 杭州市 with their townships, 临平区 and 钱塘区 included', async () => {
    const response = await t.request('GET', '/api/v1/regions', { token: expert });
    expect(response.status).toBe(200);
    const [city] = response.body.items;
    expect(city).toMatchObject({ code: '330100', name: '杭州市', level: 'city' });
    const districts = (city.children as Array<{ code: string; name: string; children: unknown[] }>).map((d) => `${d.code} ${d.name}`);
    expect(districts).toHaveLength(13);
    expect(districts).toEqual(expect.arrayContaining(['330113 临平区', '330114 钱塘区', '330102 上城区', '330105 拱墅区']));
    expect(districts).not.toContain('330103 下城区');
    expect(city.children.every((d: { children: unknown[] }) => d.children.length > 0)).toBe(true);
  });

  it('reports the shipped map as lacking 临平区 and 钱塘区 and holding 下城区 and 江干区', async () => {
    const response = await t.request('GET', '/api/v1/regions/map/report', { token: admin });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ cityCode: '330100', cityName: '杭州市', source: 'shipped', fileName: null });
    const { report } = response.body;
    expect(report.usable).toBe(true);
    expect(report.missing).toEqual([{ code: '330113', name: '临平区' }, { code: '330114', name: '钱塘区' }]);
    expect(report.extra).toEqual([{ code: '330103', name: '下城区' }, { code: '330104', name: '江干区' }]);
    expect(report.matched).toHaveLength(11);
    expect(report.invalid).toEqual([]);
  });

  it('maps what it can: the 11 current districts the shipped map draws', async () => {
    const response = await t.request('GET', '/api/v1/regions/map', { token: expert });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/geo+json');
    const codes = codesOf(response.body);
    expect(codes).toHaveLength(11);
    expect(codes).toContain('330102');
    expect(codes).not.toContain('330103');
  });

  it('keeps enterprises in a district the map lacks', async () => {
    const response = await t.request('POST', '/api/v1/enterprises', {
      token: admin,
      body: { name: '杭州钱塘测试化工有限公司', creditCode: validCreditCode('330114'), industryCode: '2614', regionCode: '330114', address: '杭州市钱塘区某路1号', employees: 50 },
    });
    expect(response.status).toBe(201);
    expect(response.body.regionPath ?? response.body.regionCode).toBeTruthy();
  });

  it('documents the map routes in the OpenAPI document', async () => {
    const paths = Object.keys((await t.request('GET', '/api/openapi.json')).body.paths as Record<string, unknown>);
    expect(paths).toEqual(expect.arrayContaining(['/api/v1/regions/map', '/api/v1/regions/map/report']));
  });

  it('refuses the map screen to anyone but an administrator', async () => {
    expect((await t.request('GET', '/api/v1/regions/map/report', { token: expert })).status).toBe(403);
    expect((await t.request('PUT', '/api/v1/regions/map', { token: expert, body: shippedHangzhou })).status).toBe(403);
    expect(await cityMapRows()).toBe(0);
  });

  it('refuses an unusable upload with 400 and the reason, and writes nothing', async () => {
    const notGeoJson = await t.request('PUT', '/api/v1/regions/map', { token: admin, body: { hello: 'world' } });
    expect(notGeoJson.status).toBe(400);
    expect(notGeoJson.body.error.code).toBe('VALIDATION_FAILED');
    expect(notGeoJson.body.error.message).toContain('not a GeoJSON FeatureCollection');

    const chengdu = JSON.parse(readFileSync(new URL('./data/maps/510100.geojson', import.meta.url), 'utf8')) as unknown;
    const otherCity = await t.request('PUT', '/api/v1/regions/map', { token: admin, body: chengdu });
    expect(otherCity.status).toBe(400);
    expect(otherCity.body.error.message).toContain('no feature draws a district of 330100');
    expect(otherCity.body.error.details).toEqual(expect.arrayContaining([{ path: 'features', message: '510104 锦江区 is no district of 330100' }]));

    const broken = await t.request('PUT', '/api/v1/regions/map', { token: admin, body: '{"type": "FeatureCollection", "features": [', headers: { 'content-type': 'application/geo+json' } });
    expect(broken.status).toBe(400);
    expect(await cityMapRows()).toBe(0);
  });

  it('accepts a partial upload with its report, serves it, audits it, and falls back to the shipped map when removed', async () => {
    const qiantang = { type: 'Feature', properties: { adcode: 330114, name: '钱塘区' }, geometry: { type: 'Polygon', coordinates: [[[120.4, 30.3], [120.6, 30.3], [120.6, 30.4], [120.4, 30.4], [120.4, 30.3]]] } };
    const outside = { type: 'Feature', properties: { adcode: 330113, name: '临平区' }, geometry: { type: 'Polygon', coordinates: [[[30.4, 120.3], [30.5, 120.3], [30.5, 120.4], [30.4, 120.3]]] } };
    const upload = { type: 'FeatureCollection', features: [...shippedHangzhou.features.slice(0, 2), qiantang, outside] };
    const response = await t.request('PUT', '/api/v1/regions/map?fileName=hangzhou-2024.geojson', { token: admin, body: upload, headers: { 'content-type': 'application/geo+json' } });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ source: 'uploaded', fileName: 'hangzhou-2024.geojson', uploadedBy: expect.any(String) });
    const { report } = response.body;
    expect(report.matched.map((d: { code: string }) => d.code)).toEqual(['330102', '330114']);
    expect(report.extra).toEqual([{ code: '330103', name: '下城区' }]);
    expect(report.invalid).toEqual([{ index: 3, code: '330113', name: '临平区', reason: expect.stringContaining('outside China') }]);
    expect(report.missing.map((d: { code: string }) => d.code)).toContain('330113');

    expect(codesOf((await t.request('GET', '/api/v1/regions/map', { token: expert })).body)).toEqual(['330102', '330114']);
    const audit = await t.db.selectFrom('audit_events').select(['action', 'entity_id']).where('entity', '=', 'city_map').execute();
    expect(audit).toEqual([{ action: 'city_map.upload', entity_id: '330100' }]);

    const removed = await t.request('DELETE', '/api/v1/regions/map', { token: admin });
    expect(removed.status).toBe(200);
    expect(removed.body.source).toBe('shipped');
    expect(codesOf((await t.request('GET', '/api/v1/regions/map', { token: expert })).body)).toHaveLength(11);
    expect((await t.request('DELETE', '/api/v1/regions/map', { token: admin })).status).toBe(404);
  });
});

describe('an unknown city', () => {
  it('stops the app from being built, naming ANQUAN_CITY', async () => {
    await expect(buildApp({ db: t.db, storage: undefined as never, logger: false, serveWeb: false, city: '999900' })).rejects.toThrow(
      'ANQUAN_CITY: 999900 is not a prefecture-level city',
    );
  });
});
