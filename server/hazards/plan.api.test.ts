import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDepartment, makeEnterprise, signedIn } from '../../test/support/factories.ts';
import { cityDate, createPlanAs, planBody, tasksOf } from '../../test/support/plan-factories.ts';
import { createTestApp } from '../../test/support/test-app.ts';
import type { TestApp } from '../../test/support/test-app.ts';

let t: TestApp;
const ids = {} as Record<'a' | 'b' | 'outside' | 'trade', string>;
const tokens = {} as Record<'regulator' | 'cityRegulator' | 'otherRegulator' | 'officer' | 'officerB' | 'stranger' | 'inspector', string>;

const planCount = async () => Number((await t.db.selectFrom('investigation_plans').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
const post = (token: string, body: unknown) => t.request('POST', '/api/v1/investigation-plans', { token, body });

beforeAll(async () => {
  t = await createTestApp();
  // Street 510113002 of 青白江区: chemical plants a and b; a metal-structure works the chemicals list does not fit.
  ids.a = (await makeEnterprise(t.db, { industryCode: '2614', regionCode: '510113002' })).id;
  ids.b = (await makeEnterprise(t.db, { industryCode: '2614', regionCode: '510113002' })).id;
  ids.trade = (await makeEnterprise(t.db, { industryCode: '3311', regionCode: '510113002' })).id;
  ids.outside = (await makeEnterprise(t.db, { industryCode: '2614', regionCode: '510104' })).id;
  const department = await makeDepartment(t.db, ['510113'], ['C']);
  const city = await makeDepartment(t.db, ['510100'], ['C']);
  const elsewhere = await makeDepartment(t.db, ['510104'], ['C']);
  tokens.regulator = (await signedIn(t, 'regulator', { departmentId: department.id })).token;
  tokens.cityRegulator = (await signedIn(t, 'regulator', { departmentId: city.id })).token;
  tokens.otherRegulator = (await signedIn(t, 'regulator', { departmentId: elsewhere.id })).token;
  tokens.inspector = (await signedIn(t, 'inspector', { departmentId: department.id })).token;
  tokens.officer = (await signedIn(t, 'enterprise', { enterpriseId: ids.a })).token;
  tokens.officerB = (await signedIn(t, 'enterprise', { enterpriseId: ids.b })).token;
  tokens.stranger = (await signedIn(t, 'enterprise', { enterpriseId: ids.outside })).token;
});
afterAll(() => t.close());

describe('a regulator’s plan', () => {
  it('covers the named enterprises in scope, has today’s tasks at once, and is audited', async () => {
    const res = await post(tokens.regulator, planBody({ enterpriseIds: [ids.a, ids.b, ids.a] }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      checklist: { id: 'chemicals-2017', builtIn: true },
      frequency: 'daily',
      startDate: cityDate(0),
      endDate: cityDate(30),
      active: true,
      enterpriseCount: 2,
      filter: null,
      keyAreas: ['罐区', '装卸站台'],
    });
    const tasks = await tasksOf(t, tokens.regulator, res.body.id);
    expect(tasks.items.map((x) => x.enterpriseId).sort()).toEqual([ids.a, ids.b].sort());
    expect(tasks.items.every((x) => x.status === 'open')).toBe(true);
    const audit = await t.db.selectFrom('audit_events').select('action').where('entity_id', '=', res.body.id).orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['create', 'generate_tasks']);
  });

  it('answers an enterprise outside its scope with 404 and writes nothing', async () => {
    const before = await planCount();
    const res = await post(tokens.regulator, planBody({ enterpriseIds: [ids.a, ids.outside] }));
    expect(res.status).toBe(404);
    expect(res.body.error.details).toEqual([{ path: 'enterpriseIds.1', message: 'not found' }]);
    expect(await planCount()).toBe(before);
  });

  it('refuses an enterprise the checklist has no item for, naming it and the checklist', async () => {
    const res = await post(tokens.regulator, planBody({ enterpriseIds: [ids.a, ids.trade] }));
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual([
      { path: 'enterpriseIds.1', message: 'the checklist has no item for its industry 3311' },
      { path: 'checklist', message: 'has no item for the industry 3311 of 1 of the enterprises' },
    ]);
  });

  it('is offered only the checklists with an item for every chosen enterprise', async () => {
    const offered = async (token: string, enterpriseIds: string[]) => {
      const res = await t.request('GET', `/api/v1/checklists?pageSize=200&enterpriseIds=${enterpriseIds.join(',')}`, { token });
      expect(res.status).toBe(200);
      return (res.body.items as { id: string }[]).map((c) => c.id);
    };
    const chemical = await offered(tokens.regulator, [ids.a, ids.b]);
    expect(chemical).toEqual(expect.arrayContaining(['chemicals-2017', 'general']));
    expect(chemical).not.toContain('industry-trade-2023');
    const mixed = await offered(tokens.regulator, [ids.a, ids.trade]);
    expect(mixed).toContain('general');
    expect(mixed).not.toContain('chemicals-2017');
    expect(mixed).not.toContain('industry-trade-2023');
    for (const id of mixed) expect((await post(tokens.regulator, planBody({ checklist: id, enterpriseIds: [ids.a, ids.trade] }))).status).toBe(201);
    const outside = await t.request('GET', `/api/v1/checklists?enterpriseIds=${ids.outside}`, { token: tokens.regulator });
    expect(outside.status).toBe(404);
  });

  it('resolves a filter into the enterprises in scope that match and that the checklist fits, frozen', async () => {
    const res = await post(tokens.regulator, planBody({ filter: { regionCodes: ['510113002'], keyIndustry: 'hazardous_chemicals' } }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ enterpriseCount: 2, filter: { regionCodes: ['510113002'], keyIndustry: 'hazardous_chemicals' } });
    const covered = await t.db.selectFrom('investigation_plan_enterprises').select('enterprise_id').where('plan_id', '=', res.body.id).execute();
    expect(covered.map((r) => r.enterprise_id).sort()).toEqual([ids.a, ids.b].sort());
    const general = await post(tokens.regulator, planBody({ checklist: 'general', filter: { regionCodes: ['510113002'] } }));
    expect(general.body.enterpriseCount).toBe(3);
  });

  it('refuses a filter that matches nothing in its scope', async () => {
    const res = await post(tokens.regulator, planBody({ filter: { regionCodes: ['510104'] } }));
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].path).toBe('filter');
  });
});

describe('an enterprise’s own plan', () => {
  it('covers the enterprise itself', async () => {
    const res = await post(tokens.officer, planBody({ name: '本企业每周自查', frequency: 'weekly', checklist: 'general' }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ enterpriseId: ids.a, departmentId: null, enterpriseCount: 1 });
  });

  it('is refused a checklist with no item for its industry, the reason on the checklist (成都沱江化工 and 工贸)', async () => {
    const before = await planCount();
    const res = await post(tokens.officer, planBody({ checklist: 'industry-trade-2023' }));
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual([{ path: 'checklist', message: 'has no item for the industry 2614 of your enterprise' }]);
    expect(await planCount()).toBe(before);
    const own = await t.request('GET', `/api/v1/checklists?pageSize=200&enterpriseIds=${ids.a}`, { token: tokens.officer });
    expect((own.body.items as { id: string }[]).map((c) => c.id)).not.toContain('industry-trade-2023');
  });

  it('cannot name another enterprise (404) or use a filter (400)', async () => {
    expect((await post(tokens.officer, planBody({ enterpriseIds: [ids.b] }))).status).toBe(404);
    const filtered = await post(tokens.officer, planBody({ filter: {} }));
    expect(filtered.status).toBe(400);
    expect(filtered.body.error.details[0].path).toBe('filter');
  });

  it('may use its own custom checklist, but not another enterprise’s', async () => {
    const list = await t.request('POST', '/api/v1/checklists', { token: tokens.officerB, body: { name: 'B 的检查表', items: [{ content: '门禁完好', legalBasis: { standard: '企业制度' } }] } });
    expect(list.status).toBe(201);
    const own = await post(tokens.officerB, planBody({ checklist: list.body.id }));
    expect(own.status).toBe(201);
    expect(own.body.checklist).toEqual({ id: list.body.id, name: 'B 的检查表', builtIn: false });
    const theirs = await post(tokens.officer, planBody({ checklist: list.body.id }));
    expect(theirs.status).toBe(400);
    expect(theirs.body.error.details[0].path).toBe('checklist');
  });
});

describe('reading plans', () => {
  it('shows a plan to whoever’s scope it reaches, and 404 to everyone else', async () => {
    const plan = await createPlanAs(t, tokens.regulator, planBody({ enterpriseIds: [ids.a] }));
    const status = async (token: string) => (await t.request('GET', `/api/v1/investigation-plans/${plan.id}`, { token })).status;
    expect(await status(tokens.regulator)).toBe(200);
    expect(await status(tokens.cityRegulator)).toBe(200);
    expect(await status(tokens.inspector)).toBe(200);
    expect(await status(tokens.officer)).toBe(200);
    expect(await status(tokens.officerB)).toBe(404);
    expect(await status(tokens.stranger)).toBe(404);
    expect(await status(tokens.otherRegulator)).toBe(404);
  });

  it('lists with filters and pages', async () => {
    const weekly = await createPlanAs(t, tokens.regulator, planBody({ name: '周计划', frequency: 'weekly', enterpriseIds: [ids.b] }));
    const list = (q: string, token = tokens.regulator) => t.request('GET', `/api/v1/investigation-plans?${q}`, { token });
    expect((await list('frequency=weekly')).body.items.map((p: { id: string }) => p.id)).toContain(weekly.id);
    expect((await list('frequency=daily')).body.items.map((p: { id: string }) => p.id)).not.toContain(weekly.id);
    expect((await list(`enterpriseId=${ids.b}`)).body.items.map((p: { id: string }) => p.id)).toContain(weekly.id);
    expect((await list(`enterpriseId=${ids.a}`)).body.items.map((p: { id: string }) => p.id)).not.toContain(weekly.id);
    expect((await list('active=false')).body.total).toBe(0);
    const all = await list('pageSize=200');
    const page = await list('pageSize=2&page=2');
    expect(page.body).toMatchObject({ total: all.body.total, page: 2, pageSize: 2 });
    expect(page.body.items.map((p: { id: string }) => p.id)).toEqual(all.body.items.slice(2, 4).map((p: { id: string }) => p.id));
    expect((await list('', tokens.stranger)).body.total).toBe(0);
    expect((await list('frequency=hourly')).status).toBe(400);
  });
});

describe('bad plans', () => {
  const cases: Array<[string, Record<string, unknown>, string]> = [
    ['an end before the start', { endDate: cityDate(-1) }, 'endDate'],
    ['a start in the past', { startDate: cityDate(-1) }, 'startDate'],
    ['a date that is not one', { startDate: '2027-02-30' }, 'startDate'],
    ['an unknown frequency', { frequency: 'hourly' }, 'frequency'],
    ['no key areas', { keyAreas: [] }, 'keyAreas'],
    ['an unknown checklist', { checklist: 'no-such-list' }, 'checklist'],
    ['no enterprises and no filter', {}, 'enterpriseIds'],
    ['both enterprises and a filter', { enterpriseIds: ['00000000-0000-4000-8000-000000000000'], filter: {} }, 'filter'],
    ['a malformed filter region', { filter: { regionCodes: ['青白江'] } }, 'filter.regionCodes.0'],
  ];
  for (const [what, patch, path] of cases) {
    it(`rejects ${what}, naming ${path}, and writes nothing`, async () => {
      const before = await planCount();
      const res = await post(tokens.regulator, planBody(patch));
      expect(res.status).toBe(400);
      expect(res.body.error.details.map((d: { path: string }) => d.path)).toContain(path);
      expect(await planCount()).toBe(before);
    });
  }

  it('lets only regulators and enterprise officers make plans', async () => {
    expect((await post(tokens.inspector, planBody({ enterpriseIds: [ids.a] }))).status).toBe(403);
  });
});

describe('a plan over many enterprises', () => {
  it('takes up to 5,000 from a filter with their tasks, and refuses more', async () => {
    // 龙泉驿区 street 510112001: bulk-inserted chemical plants for a department of their own.
    const insert = (from: number, to: number) => sql`
      INSERT INTO enterprises (name, credit_code, industry_code, industry_path, region_code, district_code, region_path, key_industries)
      SELECT '批量化工' || g, 'BULK' || lpad(g::text, 14, '0'), '2614', ARRAY['C','26','261','2614'], '510112001', '510112',
             ARRAY['510100','510112','510112001'], ARRAY['hazardous_chemicals']
      FROM generate_series(${from}::int, ${to}::int) g`.execute(t.db);
    await insert(1, 5000);
    const department = await makeDepartment(t.db, ['510112'], ['C']);
    const { token } = await signedIn(t, 'regulator', { departmentId: department.id });
    const res = await post(token, planBody({ filter: { regionCodes: ['510112001'] } }));
    expect(res.status).toBe(201);
    expect(res.body.enterpriseCount).toBe(5000);
    expect((await tasksOf(t, token, res.body.id)).total).toBe(5000);
    await insert(5001, 5001);
    const over = await post(token, planBody({ filter: { regionCodes: ['510112001'] } }));
    expect(over.status).toBe(400);
    expect(over.body.error.details[0]).toMatchObject({ path: 'filter', message: expect.stringContaining('5000') });
  });
});
