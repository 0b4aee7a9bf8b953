import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Enterprise } from '../../core/organisations/enterprise.schema.ts';
import type { Role } from '../../core/organisations/roles.ts';
import { enterpriseInput, makeDepartment, makeEnterprise, signedIn } from '../../test/support/factories.ts';
import { createTestApp, type TestApp } from '../../test/support/test-app.ts';

/**
 * The scope matrix of issue #2: every role against a record inside and a record outside its scope.
 * Outside means 404 on read and write (existence is not revealed) and absence from lists.
 */

let t: TestApp;
let inside: Enterprise; // 青白江区, hazardous chemicals: inside the chemicals department's scope
let wrongIndustry: Enterprise; // 青白江区, construction: right region, industry not supervised
let wrongRegion: Enterprise; // 锦江区, hazardous chemicals: supervised industry, other region
const tokens = {} as Record<Role, string>;

beforeAll(async () => {
  t = await createTestApp();
  inside = await makeEnterprise(t.db, { industryCode: '2614', regionCode: '510113' });
  wrongIndustry = await makeEnterprise(t.db, { industryCode: '4710', regionCode: '510113' });
  wrongRegion = await makeEnterprise(t.db, { industryCode: '2614', regionCode: '510104' });
  const department = await makeDepartment(t.db, ['510113'], ['26']);
  tokens.admin = (await signedIn(t, 'admin')).token;
  tokens.expert = (await signedIn(t, 'expert')).token;
  tokens.regulator = (await signedIn(t, 'regulator', { departmentId: department.id })).token;
  tokens.inspector = (await signedIn(t, 'inspector', { departmentId: department.id })).token;
  tokens.enterprise = (await signedIn(t, 'enterprise', { enterpriseId: inside.id })).token;
});
afterAll(() => t.close());

const sees: Record<Role, { inside: boolean; wrongIndustry: boolean; wrongRegion: boolean }> = {
  admin: { inside: true, wrongIndustry: true, wrongRegion: true },
  expert: { inside: true, wrongIndustry: true, wrongRegion: true },
  regulator: { inside: true, wrongIndustry: false, wrongRegion: false },
  inspector: { inside: true, wrongIndustry: false, wrongRegion: false },
  enterprise: { inside: true, wrongIndustry: false, wrongRegion: false },
};

/**
 * PATCH outcome on a visible record (employees is a field enterprise officers may change). Roles that may
 * never edit get 403 whatever the record, which reveals nothing about its existence.
 */
const editsVisible: Record<Role, number> = { admin: 200, regulator: 200, enterprise: 200, inspector: 403, expert: 403 };

describe.each(Object.keys(sees) as Role[])('%s', (role) => {
  const records = () => ({ inside, wrongIndustry, wrongRegion });

  it.each(['inside', 'wrongIndustry', 'wrongRegion'] as const)('reads the %s record only when in scope', async (which) => {
    const res = await t.request('GET', `/api/v1/enterprises/${records()[which].id}`, { token: tokens[role] });
    expect(res.status).toBe(sees[role][which] ? 200 : 404);
    if (res.status === 404) expect(res.body.error.code).toBe('NOT_FOUND');
  });

  it('lists exactly the records in scope', async () => {
    const res = await t.request('GET', '/api/v1/enterprises?pageSize=200', { token: tokens[role] });
    expect(res.status).toBe(200);
    const ids = new Set(res.body.items.map((e: Enterprise) => e.id));
    for (const which of ['inside', 'wrongIndustry', 'wrongRegion'] as const) expect(ids.has(records()[which].id)).toBe(sees[role][which]);
  });

  it.each(['inside', 'wrongIndustry', 'wrongRegion'] as const)('edits the %s record only when in scope and allowed', async (which) => {
    const res = await t.request('PATCH', `/api/v1/enterprises/${records()[which].id}`, { token: tokens[role], body: { employees: 77 } });
    const never = editsVisible[role] === 403;
    expect(res.status).toBe(never ? 403 : sees[role][which] ? editsVisible[role] : 404);
  });

  it('creates enterprises only when the role may and the new record falls in scope', async () => {
    const insideBody = enterpriseInput({ industryCode: '2614', regionCode: '510113' });
    const outsideBody = enterpriseInput({ industryCode: '2614', regionCode: '510104' });
    const a = await t.request('POST', '/api/v1/enterprises', { token: tokens[role], body: insideBody });
    const b = await t.request('POST', '/api/v1/enterprises', { token: tokens[role], body: outsideBody });
    const creates = role === 'admin' || role === 'regulator';
    expect(a.status).toBe(creates ? 201 : 403);
    expect(b.status).toBe(role === 'admin' ? 201 : 403);
  });
});

describe('enterprise officers', () => {
  it('may not change the register fields of their own enterprise', async () => {
    const res = await t.request('PATCH', `/api/v1/enterprises/${inside.id}`, { token: tokens.enterprise, body: { name: '改名公司' } });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('FORBIDDEN');
  });
});

describe('regulators', () => {
  it('may not move an enterprise out of their scope', async () => {
    const res = await t.request('PATCH', `/api/v1/enterprises/${inside.id}`, { token: tokens.regulator, body: { regionCode: '510104' } });
    expect(res.status).toBe(403);
    const after = await t.request('GET', `/api/v1/enterprises/${inside.id}`, { token: tokens.admin });
    expect(after.body.regionCode).toBe('510113');
  });
});

describe('administration routes', () => {
  it.each(['regulator', 'inspector', 'enterprise', 'expert'] as const)('refuses users and audit to a %s', async (role) => {
    expect((await t.request('GET', '/api/v1/users', { token: tokens[role] })).status).toBe(403);
    expect((await t.request('GET', '/api/v1/audit', { token: tokens[role] })).status).toBe(403);
    expect((await t.request('POST', '/api/v1/departments', { token: tokens[role], body: { name: 'x', regionCodes: ['510104'], industryCodes: ['C'] } })).status).toBe(403);
  });

  it('refuses the department list to enterprise officers only', async () => {
    expect((await t.request('GET', '/api/v1/departments', { token: tokens.enterprise })).status).toBe(403);
    expect((await t.request('GET', '/api/v1/departments', { token: tokens.inspector })).status).toBe(200);
  });

  it('requires a sign-in everywhere but login and health', async () => {
    for (const path of ['/api/v1/enterprises', '/api/v1/regions', '/api/v1/industries', '/api/v1/departments', '/api/v1/users', '/api/v1/audit', '/api/v1/auth/me']) {
      const res = await t.request('GET', path);
      expect(res.status, path).toBe(401);
      expect(res.body.error.code).toBe('UNAUTHENTICATED');
    }
  });
});
