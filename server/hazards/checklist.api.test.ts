import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDepartment, makeEnterprise, signedIn } from '../../test/support/factories.ts';
import { planBody } from '../../test/support/plan-factories.ts';
import { createTestApp } from '../../test/support/test-app.ts';
import type { TestApp } from '../../test/support/test-app.ts';

let t: TestApp;
const tokens = {} as Record<'regulator' | 'otherRegulator' | 'officer' | 'stranger' | 'inspector' | 'expert', string>;
let enterpriseId: string;
let departmentId: string;

const customBody = (overrides: Record<string, unknown> = {}) => ({
  name: '储罐区日常检查表',
  items: [
    { content: '储罐区可燃气体检测报警装置完好', legalBasis: { standard: '危险化学品安全管理条例', article: '第二十条' }, isMajorCriterion: true },
    { content: '防火堤无破损', legalBasis: { standard: 'GB 50351-2014' } },
  ],
  ...overrides,
});
const create = (token: string, body: unknown) => t.request('POST', '/api/v1/checklists', { token, body });
const listIds = async (token: string, query = '') =>
  ((await t.request('GET', `/api/v1/checklists?pageSize=200${query}`, { token })).body.items as { id: string }[]).map((c) => c.id);

beforeAll(async () => {
  t = await createTestApp();
  enterpriseId = (await makeEnterprise(t.db, { industryCode: '2614', regionCode: '510113' })).id;
  const other = await makeEnterprise(t.db, { industryCode: '2614', regionCode: '510104' });
  const department = await makeDepartment(t.db, ['510113'], ['C']);
  departmentId = department.id;
  const elsewhere = await makeDepartment(t.db, ['510104'], ['C']);
  tokens.regulator = (await signedIn(t, 'regulator', { departmentId })).token;
  tokens.otherRegulator = (await signedIn(t, 'regulator', { departmentId: elsewhere.id })).token;
  tokens.inspector = (await signedIn(t, 'inspector', { departmentId })).token;
  tokens.officer = (await signedIn(t, 'enterprise', { enterpriseId })).token;
  tokens.stranger = (await signedIn(t, 'enterprise', { enterpriseId: other.id })).token;
  tokens.expert = (await signedIn(t, 'expert')).token;
});
afterAll(() => t.close());

describe('built-in checklists', () => {
  it('are listed first, by the industry they apply to, with only the items that apply', async () => {
    const res = await t.request('GET', '/api/v1/checklists?industryCode=2614', { token: tokens.officer });
    expect(res.status).toBe(200);
    const ids = res.body.items.map((c: { id: string }) => c.id);
    expect(ids.slice(0, 2)).toEqual(['chemicals-2017', 'general']);
    expect(ids).not.toContain('coal-mine-2020');
    const chemicals = res.body.items[0];
    expect(chemicals).toMatchObject({ builtIn: true, createdBy: null, departmentId: null });
    expect(chemicals.items).toHaveLength(20);
    expect(chemicals.items[0]).toMatchObject({ code: 'HC17-01', isMajorCriterion: true, legalBasis: { item: '一' }, confidence: 'H' });
  });

  it('are read by library id, and an item code is no checklist', async () => {
    expect((await t.request('GET', '/api/v1/checklists/industry-trade-2023', { token: tokens.officer })).body.items[0].code).toMatch(/^GM23-/);
    expect((await t.request('GET', '/api/v1/checklists/GM23-11-03', { token: tokens.officer })).status).toBe(400);
    expect((await t.request('GET', '/api/v1/checklists/gm23-11-03', { token: tokens.officer })).status).toBe(404);
  });

  it('page together with the custom lists', async () => {
    await create(tokens.regulator, customBody({ name: '分页用检查表' }));
    const all = await t.request('GET', '/api/v1/checklists?pageSize=200', { token: tokens.regulator });
    const second = await t.request('GET', '/api/v1/checklists?pageSize=3&page=2', { token: tokens.regulator });
    expect(second.body.total).toBe(all.body.total);
    expect(second.body.items.map((c: { id: string }) => c.id)).toEqual(all.body.items.slice(3, 6).map((c: { id: string }) => c.id));
  });
});

describe('custom checklists', () => {
  it('a regulator writes one for what its department supervises, audited', async () => {
    const res = await create(tokens.regulator, customBody());
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ builtIn: false, departmentId, enterpriseId: null, industryScope: ['C'], name: '储罐区日常检查表' });
    expect(res.body.items).toEqual([
      expect.objectContaining({ content: '储罐区可燃气体检测报警装置完好', isMajorCriterion: true, confidence: null, legalBasis: { standard: '危险化学品安全管理条例', article: '第二十条' } }),
      expect.objectContaining({ isMajorCriterion: false, legalBasis: { standard: 'GB 50351-2014' } }),
    ]);
    expect(res.body.items[0].code).toMatch(/^[0-9a-f-]{36}$/);
    const audit = await t.db.selectFrom('audit_events').selectAll().where('entity', '=', 'checklist').where('entity_id', '=', res.body.id).execute();
    expect(audit.map((a) => a.action)).toEqual(['create']);
  });

  it('are seen by the department, the enterprises it supervises and the city, and by no one else', async () => {
    const { id } = (await create(tokens.regulator, customBody())).body;
    expect(await listIds(tokens.regulator)).toContain(id);
    expect(await listIds(tokens.officer)).toContain(id);
    expect(await listIds(tokens.expert)).toContain(id);
    expect(await listIds(tokens.stranger)).not.toContain(id);
    expect(await listIds(tokens.otherRegulator)).not.toContain(id);
    expect((await t.request('GET', `/api/v1/checklists/${id}`, { token: tokens.stranger })).status).toBe(404);
    expect((await t.request('GET', `/api/v1/checklists/${id}`, { token: tokens.officer })).status).toBe(200);
  });

  it('an enterprise writes one for itself, seen by its supervisors but not by other enterprises', async () => {
    const res = await create(tokens.officer, customBody({ name: '本企业检查表' }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ enterpriseId, departmentId: null, industryScope: expect.arrayContaining(['A', 'C', 'T']) });
    expect(await listIds(tokens.regulator)).toContain(res.body.id);
    expect(await listIds(tokens.stranger)).not.toContain(res.body.id);
    expect(await listIds(tokens.otherRegulator)).not.toContain(res.body.id);
  });

  it('are offered by industry', async () => {
    const { id } = (await create(tokens.regulator, customBody({ industryScope: ['26'] }))).body;
    expect(await listIds(tokens.regulator, '&industryCode=2614')).toContain(id);
    expect(await listIds(tokens.regulator, '&industryCode=3311')).not.toContain(id);
  });

  it('may be written only by regulators and enterprise officers', async () => {
    expect((await create(tokens.inspector, customBody())).status).toBe(403);
    expect((await create(tokens.expert, customBody())).status).toBe(403);
  });
});

describe('phrasing', () => {
  it('built-in determination criteria read as violations, general items as requirements', async () => {
    const chemicals = (await t.request('GET', '/api/v1/checklists/chemicals-2017', { token: tokens.officer })).body;
    expect(chemicals.items[0]).toMatchObject({ code: 'HC17-01', phrasing: 'violation' });
    const general = (await t.request('GET', '/api/v1/checklists/general', { token: tokens.officer })).body;
    expect(general.items.every((i: { phrasing: string }) => i.phrasing === 'requirement')).toBe(true);
  });

  it('a custom item keeps the phrasing its author states, else the one its wording reads as', async () => {
    const res = await create(
      tokens.regulator,
      customBody({
        items: [
          { content: '特种作业人员未持证上岗', legalBasis: { standard: 's' } },
          { content: '防火堤无破损', legalBasis: { standard: 's' } },
          { content: '防火堤无破损', legalBasis: { standard: 's' }, phrasing: 'violation' },
        ],
      }),
    );
    expect(res.body.items.map((i: { phrasing: string }) => i.phrasing)).toEqual(['violation', 'requirement', 'violation']);
    const stored = await t.db.selectFrom('checklist_items').select('phrasing').where('checklist_id', '=', res.body.id).orderBy('position').execute();
    expect(stored.map((r) => r.phrasing)).toEqual(['violation', 'requirement', 'violation']);
  });
});

describe('the library’s filters', () => {
  it('finds lists by name, by kind, and leaves retired lists out unless asked', async () => {
    const { id } = (await create(tokens.regulator, customBody({ name: '液氨制冷专项检查表' }))).body;
    const named = await t.request('GET', `/api/v1/checklists?q=${encodeURIComponent('液氨制冷')}`, { token: tokens.regulator });
    expect(named.body.items.map((c: { id: string }) => c.id)).toEqual([id]);
    expect((await t.request('GET', `/api/v1/checklists?q=${encodeURIComponent('化工')}&kind=built_in`, { token: tokens.regulator })).body.items.map((c: { id: string }) => c.id)).toEqual(['chemicals-2017']);
    const custom = await t.request('GET', '/api/v1/checklists?kind=custom&pageSize=200', { token: tokens.regulator });
    expect(custom.body.items.every((c: { builtIn: boolean }) => !c.builtIn)).toBe(true);
    expect((await t.request('POST', `/api/v1/checklists/${id}/retire`, { token: tokens.regulator })).status).toBe(200);
    expect(await listIds(tokens.regulator)).not.toContain(id);
    expect(await listIds(tokens.regulator, '&retired=true')).toEqual([id]);
  });
});

describe('changing and retiring a custom checklist', () => {
  it('its department rewrites it while nothing uses it, audited with before and after', async () => {
    const { id } = (await create(tokens.regulator, customBody())).body;
    const res = await t.request('PUT', `/api/v1/checklists/${id}`, {
      token: tokens.regulator,
      body: customBody({ name: '储罐区检查表（修订）', items: [{ content: '围堰完好', legalBasis: { standard: 'GB 50351-2014', article: '3.1.1' } }] }),
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id, name: '储罐区检查表（修订）', inUse: false, retiredAt: null });
    expect(res.body.items).toEqual([expect.objectContaining({ content: '围堰完好', phrasing: 'requirement' })]);
    const audit = await t.db.selectFrom('audit_events').select(['action', 'before', 'after']).where('entity_id', '=', id).orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['create', 'update']);
    expect((audit[1]?.before as { name: string }).name).toBe('储罐区日常检查表');
  });

  it('is refused to anyone but its writer: a built-in 403, another department 404, its enterprise 403', async () => {
    const { id } = (await create(tokens.regulator, customBody())).body;
    expect((await t.request('PUT', '/api/v1/checklists/general', { token: tokens.regulator, body: customBody() })).status).toBe(403);
    expect((await t.request('PUT', `/api/v1/checklists/${id}`, { token: tokens.otherRegulator, body: customBody() })).status).toBe(404);
    expect((await t.request('POST', `/api/v1/checklists/${id}/retire`, { token: tokens.officer })).status).toBe(403);
    expect((await t.request('POST', `/api/v1/checklists/${id}/retire`, { token: tokens.inspector })).status).toBe(403);
  });

  it('a list a plan uses is not changed (409) but may be retired; a retired list is not offered to a new plan', async () => {
    const { id } = (await create(tokens.regulator, customBody({ industryScope: ['26'] }))).body;
    const plan = await t.request('POST', '/api/v1/investigation-plans', { token: tokens.regulator, body: planBody({ checklist: id, enterpriseIds: [enterpriseId] }) });
    expect(plan.status).toBe(201);
    expect((await t.request('GET', `/api/v1/checklists/${id}`, { token: tokens.regulator })).body.inUse).toBe(true);
    const changed = await t.request('PUT', `/api/v1/checklists/${id}`, { token: tokens.regulator, body: customBody({ name: 'x' }) });
    expect(changed.status).toBe(409);
    const retired = await t.request('POST', `/api/v1/checklists/${id}/retire`, { token: tokens.regulator });
    expect(retired.status).toBe(200);
    expect(retired.body.retiredAt).not.toBeNull();
    expect((await t.request('POST', `/api/v1/checklists/${id}/retire`, { token: tokens.regulator })).status).toBe(409);
    const again = await t.request('POST', '/api/v1/investigation-plans', { token: tokens.regulator, body: planBody({ checklist: id, enterpriseIds: [enterpriseId] }) });
    expect(again.status).toBe(400);
    expect(again.body.error.details).toEqual([{ path: 'checklist', message: 'is retired: choose a checklist in use' }]);
    // The plan that uses it still reads its items.
    const tasks = await t.request('GET', `/api/v1/investigation-tasks?planId=${plan.body.id}`, { token: tokens.regulator });
    const task = await t.request('GET', `/api/v1/investigation-tasks/${tasks.body.items[0].id}`, { token: tokens.regulator });
    expect(task.body.items).toHaveLength(2);
  });
});

describe('bad checklists', () => {
  const cases: Array<[string, string, Record<string, unknown>, string]> = [
    ['no items', 'regulator', { items: [] }, 'items'],
    ['an item without content', 'regulator', { items: [{ content: ' ', legalBasis: { standard: 'x' } }] }, 'items.0.content'],
    ['an item without a standard', 'regulator', { items: [{ content: 'x', legalBasis: { article: '第三条' } }] }, 'items.0.legalBasis.standard'],
    ['a malformed industry code', 'regulator', { industryScope: ['manufacturing'] }, 'industryScope.0'],
    ['an unknown industry code', 'regulator', { industryScope: ['C', '2699'] }, 'industryScope.1'],
    ['industries the department does not supervise', 'regulator', { industryScope: ['E'] }, 'industryScope.0'],
    ['a scope that misses the enterprise’s own industry', 'officer', { industryScope: ['E'] }, 'industryScope'],
    ['an unknown field', 'regulator', { owner: 'me' }, ''],
  ];
  for (const [what, who, patch, path] of cases) {
    it(`rejects ${what}, naming ${path || 'the body'}`, async () => {
      const before = await t.db.selectFrom('checklists').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      const res = await create(tokens[who as 'regulator'], customBody(patch));
      expect(res.status).toBe(400);
      expect(res.body.error.details.map((d: { path: string }) => d.path)).toContain(path);
      const after = await t.db.selectFrom('checklists').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      expect(Number(after.n)).toBe(Number(before.n));
    });
  }
});

describe('the OpenAPI document', () => {
  it('describes checklists, plans and tasks', async () => {
    const res = await t.request('GET', '/api/openapi.json');
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/checklists',
        '/api/v1/checklists/{id}',
        '/api/v1/investigation-plans',
        '/api/v1/investigation-plans/{id}',
        '/api/v1/investigation-tasks',
        '/api/v1/investigation-tasks/{id}',
        '/api/v1/investigation-tasks/{id}/results',
      ]),
    );
  });
});
