import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/test-app.ts';
import { enterpriseInput, signedIn, validCreditCode } from '../../test/support/factories.ts';
import { enterpriseSchema } from '../../core/organisations/enterprise.schema.ts';
import { pageSchema } from '../../core/shared/pagination.ts';

let t: TestApp;
let admin: string;

const count = async () => Number((await t.db.selectFrom('enterprises').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

beforeAll(async () => {
  t = await createTestApp();
  admin = (await signedIn(t, 'admin')).token;
});
afterAll(() => t.close());

describe('enterprises API', () => {
  it('creates an enterprise, derives key-industry flags and returns it with 201', async () => {
    const input = enterpriseInput({ industryCode: '2614', regionCode: '510113' });
    const res = await t.request('POST', '/api/v1/enterprises', { token: admin, body: input });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      name: input.name,
      creditCode: input.creditCode,
      industryCode: '2614',
      industryName: '有机化学原料制造',
      regionCode: '510113',
      regionName: '青白江区',
      keyIndustries: ['hazardous_chemicals'],
      highRisk: true,
      location: { lng: 104.25, lat: 30.88 },
    });
    const detail = await t.request('GET', `/api/v1/enterprises/${res.body.id}`, { token: admin });
    expect(detail.status).toBe(200);
    expect(detail.body).toEqual(res.body);
  });

  it('accepts a lower-case credit code and stores it upper-case', async () => {
    const code = validCreditCode();
    const res = await t.request('POST', '/api/v1/enterprises', { token: admin, body: enterpriseInput({ creditCode: code.toLowerCase() }) });
    expect(res.status).toBe(201);
    expect(res.body.creditCode).toBe(code);
  });

  it('rejects a duplicate credit code with 409 CONFLICT naming the field', async () => {
    const input = enterpriseInput();
    expect((await t.request('POST', '/api/v1/enterprises', { token: admin, body: input })).status).toBe(201);
    const before = await count();
    const again = await t.request('POST', '/api/v1/enterprises', { token: admin, body: { ...input, name: '另一家公司' } });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('CONFLICT');
    expect(again.body.error.details).toMatchObject([{ path: 'creditCode', message: 'is already registered' }]);
    expect(await count()).toBe(before);
  });

  const badBodies: Array<[string, Record<string, unknown>, string]> = [
    ['a credit code with a wrong check character', { creditCode: '91350100M000100Y44' }, 'creditCode'],
    ['a credit code of the wrong length', { creditCode: '91350100M000100Y4' }, 'creditCode'],
    ['a credit code with a forbidden letter', { creditCode: '91350100M000100I43' }, 'creditCode'],
    ['an unknown industry', { industryCode: '9999' }, 'industryCode'],
    ['a section letter as industry', { industryCode: 'C' }, 'industryCode'],
    ['an unknown region', { regionCode: '510199' }, 'regionCode'],
    ['a region outside the city', { regionCode: '110101' }, 'regionCode'],
    ['the city itself as region', { regionCode: '510100' }, 'regionCode'],
    ['employees as a string', { employees: '12' }, 'employees'],
    ['negative employees', { employees: -1 }, 'employees'],
    ['fractional employees', { employees: 1.5 }, 'employees'],
    ['a 10,000-character name', { name: '安'.repeat(10_000) }, 'name'],
    ['an empty name', { name: '   ' }, 'name'],
    ['swapped coordinates', { location: { lng: 30.6, lat: 104.1 } }, 'location.lng'],
    ['an unknown field', { colour: 'red' }, ''],
  ];
  for (const [what, patch, path] of badBodies) {
    it(`rejects ${what} with 400 naming ${path || 'the body'} and writes nothing`, async () => {
      const before = await count();
      const res = await t.request('POST', '/api/v1/enterprises', { token: admin, body: { ...enterpriseInput(), ...patch } });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
      expect(res.body.error.details.map((d: { path: string }) => d.path)).toContain(path);
      expect(await count()).toBe(before);
    });
  }

  it('names every missing field', async () => {
    const res = await t.request('POST', '/api/v1/enterprises', { token: admin, body: {} });
    expect(res.status).toBe(400);
    const paths = res.body.error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['name', 'creditCode', 'industryCode', 'regionCode']));
  });

  it('stores SQL-looking text as text', async () => {
    const name = "Robert'); DROP TABLE enterprises;--";
    const res = await t.request('POST', '/api/v1/enterprises', { token: admin, body: enterpriseInput({ name }) });
    expect(res.status).toBe(201);
    const found = await t.request('GET', `/api/v1/enterprises?q=${encodeURIComponent("'); DROP")}`, { token: admin });
    expect(found.body.items.map((e: { name: string }) => e.name)).toContain(name);
  });

  it('treats % and _ in a search as literal characters', async () => {
    const res = await t.request('GET', '/api/v1/enterprises?q=%25', { token: admin });
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([]);
  });

  it('lists with filters and pagination', async () => {
    const marker = `分页${Date.now()}`;
    for (let i = 0; i < 5; i++) {
      const body = enterpriseInput({ name: `${marker}建筑${i}有限公司`, industryCode: '4710', regionCode: '510104017' });
      expect((await t.request('POST', '/api/v1/enterprises', { token: admin, body })).status).toBe(201);
    }
    const page1 = await t.request('GET', `/api/v1/enterprises?q=${encodeURIComponent(marker)}&pageSize=2&sort=name`, { token: admin });
    expect(page1.body).toMatchObject({ total: 5, page: 1, pageSize: 2 });
    expect(page1.body.items.map((e: { name: string }) => e.name)).toEqual([`${marker}建筑0有限公司`, `${marker}建筑1有限公司`]);
    const page3 = await t.request('GET', `/api/v1/enterprises?q=${encodeURIComponent(marker)}&pageSize=2&page=3&sort=name`, { token: admin });
    expect(page3.body.items).toHaveLength(1);

    const byDistrict = await t.request('GET', `/api/v1/enterprises?q=${encodeURIComponent(marker)}&regionCode=510104`, { token: admin });
    expect(byDistrict.body.total).toBe(5);
    const otherDistrict = await t.request('GET', `/api/v1/enterprises?q=${encodeURIComponent(marker)}&regionCode=510105`, { token: admin });
    expect(otherDistrict.body.total).toBe(0);
    const bySection = await t.request('GET', `/api/v1/enterprises?q=${encodeURIComponent(marker)}&industryCode=E&keyIndustry=construction`, { token: admin });
    expect(bySection.body.total).toBe(5);
    const byKey = await t.request('GET', `/api/v1/enterprises?q=${encodeURIComponent(marker)}&keyIndustry=hazardous_chemicals`, { token: admin });
    expect(byKey.body.total).toBe(0);
  });

  it('lists each enterprise exactly as its detail shows it, in the page schema (the list is JSON text from SQL)', async () => {
    const marker = `契约${Date.now()}`;
    const withLocation = (await t.request('POST', '/api/v1/enterprises', { token: admin, body: enterpriseInput({ name: `${marker}甲`, location: { lng: 104.0657, lat: 30.6595 } }) })).body;
    const without = (await t.request('POST', '/api/v1/enterprises', { token: admin, body: enterpriseInput({ name: `${marker}乙"引号\\`, location: undefined }) })).body;
    const list = await t.request('GET', `/api/v1/enterprises?q=${encodeURIComponent(marker)}&sort=name`, { token: admin });
    expect(list.headers.get('content-type')).toMatch(/^application\/json/);
    expect(pageSchema(enterpriseSchema.strict()).parse(list.body)).toEqual(list.body);
    expect(list.body.items).toHaveLength(2);
    const listed = (id: string) => list.body.items.find((e: { id: string }) => e.id === id);
    for (const created of [withLocation, without]) {
      const detail = await t.request('GET', `/api/v1/enterprises/${created.id}`, { token: admin });
      expect(listed(created.id)).toEqual(detail.body);
    }
    expect(listed(withLocation.id).location).toEqual({ lng: 104.0657, lat: 30.6595 });
    expect(listed(without.id).location).toBeNull();
  });

  it('rejects a page size over 200 and an unknown key industry', async () => {
    expect((await t.request('GET', '/api/v1/enterprises?pageSize=201', { token: admin })).status).toBe(400);
    const res = await t.request('GET', '/api/v1/enterprises?keyIndustry=bakery', { token: admin });
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].path).toBe('keyIndustry');
  });

  it('edits an enterprise and re-derives its classification', async () => {
    const created = (await t.request('POST', '/api/v1/enterprises', { token: admin, body: enterpriseInput() })).body;
    const res = await t.request('PATCH', `/api/v1/enterprises/${created.id}`, { token: admin, body: { industryCode: '3110', employees: 900, location: null } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ industryCode: '3110', employees: 900, location: null, keyIndustries: expect.arrayContaining(['metal_smelting']) });
    expect(res.body.name).toBe(created.name);
  });

  it('rejects an empty patch and a malformed id', async () => {
    const created = (await t.request('POST', '/api/v1/enterprises', { token: admin, body: enterpriseInput() })).body;
    expect((await t.request('PATCH', `/api/v1/enterprises/${created.id}`, { token: admin, body: {} })).status).toBe(400);
    expect((await t.request('GET', '/api/v1/enterprises/not-a-uuid', { token: admin })).status).toBe(400);
    expect((await t.request('GET', '/api/v1/enterprises/00000000-0000-4000-8000-000000000000', { token: admin })).status).toBe(404);
  });
});
