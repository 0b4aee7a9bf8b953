import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDepartment, makeEnterprise, signedIn } from '../../test/support/factories.ts';
import { planBody } from '../../test/support/plan-factories.ts';
import { createRiskPointAs, riskPointBody } from '../../test/support/risk-factories.ts';
import { createTestApp, type TestApp } from '../../test/support/test-app.ts';

let t: TestApp;
const ids = {} as Record<'a' | 'b' | 'outside', string>;
const tokens = {} as Record<'regulator' | 'inspector' | 'officer' | 'stranger' | 'expert', string>;

const count = async () => Number((await t.db.selectFrom('risk_points').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
const evaluate = (body: unknown) => t.request('POST', '/api/v1/risks/evaluate', { token: tokens.officer, body });

beforeAll(async () => {
  t = await createTestApp();
  ids.a = (await makeEnterprise(t.db, { industryCode: '2614', regionCode: '510113002' })).id;
  ids.b = (await makeEnterprise(t.db, { industryCode: '2614', regionCode: '510113002', location: { lng: 104.3, lat: 30.9 } })).id;
  ids.outside = (await makeEnterprise(t.db, { industryCode: '2614', regionCode: '510104' })).id;
  const department = await makeDepartment(t.db, ['510113'], ['C']);
  tokens.regulator = (await signedIn(t, 'regulator', { departmentId: department.id })).token;
  tokens.inspector = (await signedIn(t, 'inspector', { departmentId: department.id })).token;
  tokens.officer = (await signedIn(t, 'enterprise', { enterpriseId: ids.a })).token;
  tokens.stranger = (await signedIn(t, 'enterprise', { enterpriseId: ids.outside })).token;
  tokens.expert = (await signedIn(t, 'expert')).token;
});
afterAll(() => t.close());

describe('POST /api/v1/risks/evaluate', () => {
  it('grades LEC with band, level and colour, and D = 20 / 70 at their boundaries', async () => {
    expect((await evaluate({ method: 'lec', l: 3, e: 6, c: 15 })).body).toEqual({ score: 270, band: 2, level: 'larger', color: 'orange' });
    expect((await evaluate({ method: 'lec', l: 10, e: 2, c: 1 })).body).toEqual({ score: 20, band: 5, level: 'low', color: 'blue' });
    expect((await evaluate({ method: 'lec', l: 1, e: 10, c: 7 })).body).toEqual({ score: 70, band: 4, level: 'general', color: 'yellow' });
    expect((await evaluate({ method: 'lec', l: 0.1, e: 1, c: 3 })).body.score).toBe(0.3);
  });

  it('grades LS without a band', async () => {
    expect((await evaluate({ method: 'ls', l: 4, s: 5 })).body).toEqual({ score: 20, level: 'major', color: 'red' });
  });

  it('answers scores outside the tables with 400 and a path', async () => {
    const res = await evaluate({ method: 'lec', l: 4, e: 6, c: 15 });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    expect(res.body.error.details[0].path).toBe('l');
    expect((await evaluate({ method: 'ls', l: 6, s: 1 })).status).toBe(400);
    expect((await evaluate({ method: 'lec', l: '3', e: 6, c: 15 })).status).toBe(400);
    expect((await evaluate({ method: 'xyz', l: 3 })).status).toBe(400);
  });

  it('uses the configured mapping', async () => {
    const { buildApp } = await import('../http/app.ts');
    const { directoryStorage } = await import('../storage/file-storage.ts');
    const { withDefaultLevels } = await import('../../core/risks/risk-evaluation.ts');
    const app = await buildApp({
      db: t.db,
      storage: directoryStorage('/tmp/anquan-risk-levels-test'),
      logger: false,
      serveWeb: false,
      riskLevels: withDefaultLevels({ ls: [{ level: 'major', min: 16, minInclusive: true }, { level: 'low', max: 16, maxInclusive: false }] }),
    });
    const res = await app.inject({ method: 'POST', url: '/api/v1/risks/evaluate', headers: { authorization: `Bearer ${tokens.officer}` }, payload: { method: 'ls', l: 4, s: 4 } });
    expect(res.json()).toEqual({ score: 16, level: 'major', color: 'red' });
    await app.close();
  });
});

describe('risk points', () => {
  it('are graded by the server, audited, and listed highest level first', async () => {
    const created = await t.request('POST', '/api/v1/risk-points', { token: tokens.officer, body: riskPointBody(ids.a) });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ enterpriseId: ids.a, method: 'lec', result: { score: 270, band: 2 }, level: 'larger', color: 'orange', reviewOverdue: false });
    await createRiskPointAs(t, tokens.officer, riskPointBody(ids.a, { name: '装卸作业', objectKind: 'activity', evaluation: { method: 'ls', l: 5, s: 5 }, reviewDate: '2020-01-01' }));
    const audit = await t.db.selectFrom('audit_events').select('action').where('entity_id', '=', created.body.id).execute();
    expect(audit.map((a) => a.action)).toEqual(['create']);

    const list = await t.request('GET', `/api/v1/risk-points?enterpriseId=${ids.a}`, { token: tokens.regulator });
    expect(list.body.items.map((p: { name: string; level: string }) => [p.name, p.level])).toEqual([['装卸作业', 'major'], ['液氨储罐区', 'larger']]);
    const overdue = await t.request('GET', '/api/v1/risk-points?reviewOverdue=true', { token: tokens.officer });
    expect(overdue.body.items.map((p: { name: string }) => p.name)).toEqual(['装卸作业']);
    expect((await t.request('GET', '/api/v1/risk-points?level=major', { token: tokens.expert })).body.total).toBe(1);
  });

  it('re-grade when a new evaluation comes', async () => {
    const { id } = await createRiskPointAs(t, tokens.officer, riskPointBody(ids.a, { name: '临时点' }));
    const res = await t.request('PATCH', `/api/v1/risk-points/${id}`, { token: tokens.expert, body: { evaluation: { method: 'lec', l: 0.5, e: 1, c: 1 } } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ level: 'low', color: 'blue', result: { score: 0.5, band: 5 } });
    const audit = await t.db.selectFrom('audit_events').select(['action', 'before']).where('entity_id', '=', id).orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['create', 'update']);
    expect((audit[1]?.before as { level: string }).level).toBe('larger');
  });

  it('keep out of scope: another enterprise and its points are 404, inspectors read only, nothing written', async () => {
    const before = await count();
    expect((await t.request('POST', '/api/v1/risk-points', { token: tokens.stranger, body: riskPointBody(ids.a) })).status).toBe(404);
    expect((await t.request('POST', '/api/v1/risk-points', { token: tokens.regulator, body: riskPointBody(ids.outside) })).status).toBe(404);
    expect((await t.request('POST', '/api/v1/risk-points', { token: tokens.inspector, body: riskPointBody(ids.a) })).status).toBe(403);
    const bad = await t.request('POST', '/api/v1/risk-points', { token: tokens.officer, body: riskPointBody(ids.a, { evaluation: { method: 'lec', l: 3, e: 6, c: 16 } }) });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].path).toBe('evaluation.c');
    expect(await count()).toBe(before);
    const [point] = (await t.request('GET', `/api/v1/risk-points?enterpriseId=${ids.a}`, { token: tokens.officer })).body.items;
    expect((await t.request('GET', `/api/v1/risk-points/${point.id}`, { token: tokens.stranger })).status).toBe(404);
    expect((await t.request('PATCH', `/api/v1/risk-points/${point.id}`, { token: tokens.stranger, body: { name: 'x' } })).status).toBe(404);
    expect((await t.request('GET', '/api/v1/risk-points', { token: tokens.stranger })).body.total).toBe(0);
  });

  it('show a four-colour distribution per enterprise and per district', async () => {
    await createRiskPointAs(t, tokens.regulator, riskPointBody(ids.b, { evaluation: { method: 'ls', l: 3, s: 3 } }));
    const res = await t.request('GET', '/api/v1/risk-points/distribution', { token: tokens.regulator });
    expect(res.status).toBe(200);
    expect(res.body.enterprises.map((e: { id: string; highestLevel: string; color: string }) => [e.id, e.highestLevel, e.color])).toEqual([
      [ids.a, 'major', 'red'],
      [ids.b, 'general', 'yellow'],
    ]);
    expect(res.body.districts).toEqual([{ regionCode: '510113', enterprises: { major: 1, larger: 0, general: 1, low: 0 } }]);
    const own = await t.request('GET', `/api/v1/risk-points/distribution?enterpriseId=${ids.a}`, { token: tokens.officer });
    expect(own.body.totals).toEqual({ major: 1, larger: 1, general: 0, low: 1 });
    expect((await t.request('GET', '/api/v1/risk-points/distribution', { token: tokens.stranger })).body.enterprises).toEqual([]);
  });

  it('answer 404 for the distribution of an enterprise out of scope, as every other read of it does (issue 12)', async () => {
    const outOfScope = [
      [tokens.stranger, ids.a],
      [tokens.officer, ids.b],
      [tokens.regulator, ids.outside],
      [tokens.regulator, '00000000-0000-4000-8000-000000000000'],
    ] as const;
    for (const [token, enterpriseId] of outOfScope) {
      const res = await t.request('GET', `/api/v1/risk-points/distribution?enterpriseId=${enterpriseId}`, { token });
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('NOT_FOUND');
      // The same answer as the enterprise's own page gives.
      expect((await t.request('GET', `/api/v1/enterprises/${enterpriseId}`, { token })).status).toBe(404);
    }
    // In scope it answers, zeros included: the expert reads the whole city, the stranger its own enterprise.
    const expert = await t.request('GET', `/api/v1/risk-points/distribution?enterpriseId=${ids.outside}`, { token: tokens.expert });
    expect(expert.status).toBe(200);
    expect(expert.body.totals).toEqual({ major: 0, larger: 0, general: 0, low: 0 });
    const own = await t.request('GET', `/api/v1/risk-points/distribution?enterpriseId=${ids.outside}`, { token: tokens.stranger });
    expect(own.status).toBe(200);
    const regulator = await t.request('GET', `/api/v1/risk-points/distribution?enterpriseId=${ids.b}`, { token: tokens.regulator });
    expect(regulator.status).toBe(200);
    expect(regulator.body.enterprises.map((e: { id: string }) => e.id)).toEqual([ids.b]);
  });

  it('export the register as .xlsx with one coloured row per point', async () => {
    const res = await fetch(`${t.url}/api/v1/enterprises/${ids.a}/risk-register.xlsx`, { headers: { authorization: `Bearer ${tokens.regulator}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const sheet = workbook.getWorksheet('安全风险分级管控清单');
    expect(sheet?.getCell('B4').value).toBe('装卸作业');
    expect(sheet?.getCell('H4').value).toBe('重大风险');
    expect(sheet?.getCell('L4').value).toBe('2020-01-01（已逾期）');
    expect(sheet?.rowCount).toBe(6);
    expect((await t.request('GET', `/api/v1/enterprises/${ids.a}/risk-register.xlsx`, { token: tokens.stranger })).status).toBe(404);
  });
});

describe('control measures as check items of an investigation plan', () => {
  it('make the enterprise’s checklist, which a plan then uses for its tasks', async () => {
    const res = await t.request('POST', '/api/v1/risk-points/checklists', { token: tokens.officer, body: { enterpriseId: ids.a } });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ builtIn: false, enterpriseId: ids.a });
    const contents = res.body.items.map((i: { content: string }) => i.content);
    expect(contents[0]).toBe('【装卸作业】有毒气体报警装置完好并在检定有效期内');
    expect(contents).toContain('【液氨储罐区】每班巡检罐区');
    expect(res.body.items[0].legalBasis).toEqual({ standard: '中华人民共和国安全生产法', article: '第四十一条' });

    const plan = await t.request('POST', '/api/v1/investigation-plans', { token: tokens.officer, body: planBody({ checklist: res.body.id, frequency: 'weekly' }) });
    expect(plan.status).toBe(201);
    const tasks = await t.request('GET', `/api/v1/investigation-tasks?planId=${plan.body.id}`, { token: tokens.officer });
    const task = await t.request('GET', `/api/v1/investigation-tasks/${tasks.body.items[0].id}`, { token: tokens.officer });
    expect(task.body.items.map((i: { content: string }) => i.content)).toEqual(contents);
  });

  it('refuse an enterprise without risk points, and one out of scope', async () => {
    const empty = await t.request('POST', '/api/v1/risk-points/checklists', { token: tokens.stranger, body: { enterpriseId: ids.outside } });
    expect(empty.status).toBe(400);
    expect((await t.request('POST', '/api/v1/risk-points/checklists', { token: tokens.stranger, body: { enterpriseId: ids.a } })).status).toBe(404);
  });
});
