import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allows, isPermission, PERMISSIONS, type Permission } from '../../core/auth/permissions.ts';
import { roleSchema, type Role } from '../../core/organisations/roles.ts';
import { makeDepartment, makeEnterprise, signedIn } from '../../test/support/factories.ts';
import { createTestApp, type TestApp } from '../../test/support/test-app.ts';

/**
 * Every route says who may call it (docs/adr/0040): a permission of core/auth/permissions.ts, or public / device.
 * The walk also writes the route → permission list the web app's route walk answers from
 * (web/src/test-support/api-permissions.json): after adding or changing a route, run this file with `-u`.
 */

let t: TestApp;
const tokens = {} as Record<Role, string>;

beforeAll(async () => {
  t = await createTestApp();
  const enterprise = await makeEnterprise(t.db, { industryCode: '2614', regionCode: '510113' });
  const department = await makeDepartment(t.db, ['510113'], ['26']);
  tokens.admin = (await signedIn(t, 'admin')).token;
  tokens.expert = (await signedIn(t, 'expert')).token;
  tokens.regulator = (await signedIn(t, 'regulator', { departmentId: department.id })).token;
  tokens.inspector = (await signedIn(t, 'inspector', { departmentId: department.id })).token;
  tokens.enterprise = (await signedIn(t, 'enterprise', { enterpriseId: enterprise.id })).token;
});
afterAll(() => t.close());

const apiRoutes = () => t.app.routeTable.filter((r) => r.url.startsWith('/api/v1/'));

describe('the routes of the API', () => {
  it('each declares a permission of the table, or is public or a device route', () => {
    const routes = apiRoutes();
    expect(routes.length).toBeGreaterThan(100);
    const undeclared = routes.filter((r) => !r.config.public && !r.config.device && !(r.config.permission && isPermission(r.config.permission)));
    expect(undeclared.map((r) => `${r.method} ${r.url}`)).toEqual([]);
  });

  it('use every permission of the table, or the web app does', () => {
    const used = new Set(apiRoutes().map((r) => r.config.permission));
    // Page permissions: what the web app offers more narrowly than the API it reads (the ADR says why).
    const webOnly: Permission[] = ['enterprises.list'];
    expect(Object.keys(PERMISSIONS).filter((p) => !used.has(p) && !webOnly.includes(p as Permission))).toEqual([]);
  });

  it('are listed for the web app’s route walk', async () => {
    const list = Object.fromEntries(
      apiRoutes()
        .map((r) => [`${r.method} ${r.url}`, r.config.public ? 'public' : r.config.device ? 'device' : r.config.permission] as const)
        .sort(([a], [b]) => a.localeCompare(b)),
    );
    await expect(`${JSON.stringify(list, null, 2)}\n`).toMatchFileSnapshot('../../web/src/test-support/api-permissions.json');
  });
});

const concrete = (url: string) => url.replace(/:file/g, '3f1b7a52-2c1d-4e57-9d0b-0c7f6c9d1a20.pdf').replace(/:[a-zA-Z]+/g, '3f1b7a52-2c1d-4e57-9d0b-0c7f6c9d1a20');

describe.each(roleSchema.options)('a %s', (role) => {
  it('is refused, before anything is read, every route whose permission it lacks', async () => {
    const refused = apiRoutes().filter((r) => r.config.permission && !allows(role, r.config.permission as Permission));
    expect(refused.length > 0 || role === 'admin').toBe(true);
    const wrong: string[] = [];
    for (const route of refused) {
      const res = await t.request(route.method, concrete(route.url), { token: tokens[role], body: ['POST', 'PUT', 'PATCH'].includes(route.method) ? {} : undefined });
      const detail = res.body?.error?.details?.[0];
      if (res.status !== 403 || res.body.error.code !== 'FORBIDDEN' || detail?.reason !== 'permission' || detail?.params?.permission !== route.config.permission) {
        wrong.push(`${route.method} ${route.url}: ${res.status} ${res.text.slice(0, 120)}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('the table', () => {
  it('names roles that exist, each permission held by someone', () => {
    for (const [name, roles] of Object.entries(PERMISSIONS)) {
      expect(roles.length, name).toBeGreaterThan(0);
      for (const role of roles) expect(roleSchema.options, name).toContain(role);
    }
  });

  it('keeps the leaders’ cockpit from an enterprise and the account screens open to all', () => {
    expect(allows('enterprise', 'cockpit.view')).toBe(false);
    for (const role of roleSchema.options) expect(allows(role, 'app.use')).toBe(true);
  });
});
