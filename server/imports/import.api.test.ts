import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDepartment, makeEnterprise, signedIn, validCreditCode } from '../../test/support/factories.ts';
import { createTestApp, type TestApp } from '../../test/support/test-app.ts';
import { download, readSheet, workbookBase64 } from '../../test/support/xlsx.ts';

let t: TestApp;
let regulator: string;
let enterpriseUser: string;
let mine: { id: string; creditCode: string };
let outside: { id: string; creditCode: string };

const header = ['企业名称', '统一社会信用代码', '行业代码', '区划代码', '注册地址', '经度', '纬度', '从业人数'];

beforeAll(async () => {
  t = await createTestApp();
  // Supervises 青白江区 (510113), manufacturing (C) only.
  regulator = (await signedIn(t, 'regulator', { departmentId: (await makeDepartment(t.db, ['510113'], ['C'])).id })).token;
  mine = await makeEnterprise(t.db, { regionCode: '510113' });
  outside = await makeEnterprise(t.db, { regionCode: '510104', creditCode: validCreditCode('510104') });
  enterpriseUser = (await signedIn(t, 'enterprise', { enterpriseId: mine.id })).token;
});
afterAll(() => t.close());

const countWhere = async (table: 'enterprises' | 'sensors', column: 'name' | 'code', values: string[]) =>
  Number((await t.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).where(column, 'in', values).executeTakeFirstOrThrow()).n);
const auditCount = async (entity: string) =>
  Number((await t.db.selectFrom('audit_events').select((eb) => eb.fn.countAll<number>().as('n')).where('entity', '=', entity).where('action', '=', 'import').executeTakeFirstOrThrow()).n);

describe('enterprise import', () => {
  it('serves a template in the caller’s language that reads back as its own headers', async () => {
    const zh = await readSheet((await download(`${t.url}/api/v1/enterprises/import-template.xlsx`, regulator)).bytes);
    expect(zh).toEqual([header]);
    const en = await readSheet((await download(`${t.url}/api/v1/enterprises/import-template.xlsx?lang=en`, regulator)).bytes);
    expect(en[0]!.slice(0, 2)).toEqual(['Enterprise name', 'Unified social credit code']);
  });

  it('checks every row in a dry run, then writes nothing for a file with a refused row, then the good rows with valid-only', async () => {
    const good1 = validCreditCode('510113');
    const good2 = validCreditCode('510113');
    const content = await workbookBase64([
      header,
      ['导入甲公司', good1, '2614', '510113', '青白江区大同路2号', 104.25, 30.88, 50],
      ['导入乙公司', good2, 2614, 510113, '', '', '', ''],
      ['导入丙公司', '91510113XXXXXXXXXX', '2614', '510113', '', '', '', 10],
      ['导入丁公司', validCreditCode('510104'), '2614', '510104', '', '', '', 10],
      ['导入戊公司', good1, '2614', '510113', '', 104.2, '', 'many'],
      ['', mine.creditCode, '9999', '510113', '', '', '', ''],
    ]);
    const names = ['导入甲公司', '导入乙公司', '导入丙公司', '导入丁公司', '导入戊公司'];

    const dry = await t.request('POST', '/api/v1/enterprises/import?dryRun=true', { token: regulator, body: { content } });
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ dryRun: true, rows: 6, created: 0, refused: 4 });
    const byRow = Object.fromEntries(dry.body.results.map((r: { row: number }) => [r.row, r]));
    expect(byRow[2]).toMatchObject({ outcome: 'valid', label: '导入甲公司', problems: [] });
    expect(byRow[3]).toMatchObject({ outcome: 'valid' });
    expect(byRow[4]).toMatchObject({ outcome: 'refused', problems: [{ column: '统一社会信用代码', field: 'creditCode' }] });
    expect(byRow[5].problems).toEqual([{ column: '区划代码', field: 'regionCode', message: 'lies outside the region and industries you supervise' }]);
    expect(byRow[6].problems.map((p: { field: string }) => p.field).sort()).toEqual(['employees', 'lat']);
    expect(byRow[7].problems.map((p: { field: string }) => p.field).sort()).toEqual(['industryCode', 'name']);
    expect(await countWhere('enterprises', 'name', names)).toBe(0);

    const refused = await t.request('POST', '/api/v1/enterprises/import', { token: regulator, body: { content } });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.map((d: { path: string }) => d.path)).toContain('rows.5.regionCode');
    expect(await countWhere('enterprises', 'name', names)).toBe(0);

    const before = await auditCount('enterprise');
    const done = await t.request('POST', '/api/v1/enterprises/import?mode=valid-only&lang=en', { token: regulator, body: { content } });
    expect(done.status).toBe(201);
    expect(done.body).toMatchObject({ dryRun: false, created: 2, refused: 4 });
    expect(done.body.results[0]).toMatchObject({ row: 2, outcome: 'created', id: expect.any(String) });
    expect(done.body.results[2].problems[0].column).toBe('Unified social credit code');
    expect(await countWhere('enterprises', 'name', names)).toBe(2);
    expect(await auditCount('enterprise')).toBe(before + 2);
    const second = await t.request('GET', `/api/v1/enterprises/${done.body.results[1].id}`, { token: regulator });
    expect(second.body).toMatchObject({ name: '导入乙公司', regionCode: '510113', industryCode: '2614', location: null, employees: 0 });

    // The same file again: both codes are now registered.
    const again = await t.request('POST', '/api/v1/enterprises/import?dryRun=true', { token: regulator, body: { content } });
    expect(again.body.results[0].problems).toEqual([{ column: '统一社会信用代码', field: 'creditCode', message: 'is already registered' }]);
  });

  it('refuses what is not a workbook of the template, and callers who may not register enterprises', async () => {
    const bad = await t.request('POST', '/api/v1/enterprises/import', { token: regulator, body: { content: Buffer.from('hello').toString('base64') } });
    expect(bad.status).toBe(400);
    const noHeaders = await t.request('POST', '/api/v1/enterprises/import', { token: regulator, body: { content: await workbookBase64([['a', 'b'], [1, 2]]) } });
    expect(noHeaders.status).toBe(400);
    expect(noHeaders.body.error.details[0].message).toMatch(/企业名称/);
    const content = await workbookBase64([header]);
    expect((await t.request('POST', '/api/v1/enterprises/import', { token: enterpriseUser, body: { content } })).status).toBe(403);
  });
});

describe('sensor import', () => {
  const sensorHeader = ['企业统一社会信用代码', '测点编码', '测点名称', '类型', '单位', '量程下限', '量程上限', '安装位置', '上报间隔（秒）', '报警规则模板', '模板参数'];

  it('registers an enterprise’s sensors by template, refusing unknown enterprises, taken codes and bad parameters row by row', async () => {
    const code = (s: string) => `IMP-${s}-${Date.now().toString(36)}`;
    const [a, b, c, d] = [code('A'), code('B'), code('C'), code('D')];
    const content = await workbookBase64([
      sensorHeader,
      ['', a, '工作面甲烷', '甲烷', '%CH4', 0, 4, '回风巷', 30, 'methane-longwall-face', ''],
      [outside.creditCode, b, '别家甲烷', 'methane', '%CH4', 0, 4, '', 30, 'methane-longwall-face', ''],
      ['', c, '一氧化碳', '甲烷', 'ppm', 0, 1000, '', 30, 'coal-co-24ppm', ''],
      ['', a, '重复编码', 'Methane', '%CH4', 0, 4, '', 30, 'methane-longwall-face', ''],
      ['', d, '参数', 'methane', '%CH4', 4, 0, '', 'x', 'methane-longwall-face', 'H=abc'],
    ]);
    const dry = await t.request('POST', '/api/v1/sensors/import?dryRun=true', { token: enterpriseUser, body: { content } });
    expect(dry.status).toBe(200);
    const results = dry.body.results as Array<{ row: number; outcome: string; problems: Array<{ field: string; message: string }> }>;
    expect(results.map((r) => r.outcome)).toEqual(['valid', 'refused', 'refused', 'refused', 'refused']);
    expect(results[1]!.problems).toEqual([expect.objectContaining({ field: 'creditCode', message: 'names no enterprise within your scope' })]);
    expect(results[2]!.problems).toEqual([expect.objectContaining({ field: 'kind', message: expect.stringMatching(/template coal-co-24ppm is for co sensors/) })]);
    expect(results[3]!.problems).toEqual([expect.objectContaining({ field: 'code', message: 'repeats row 2' })]);
    expect(results[4]!.problems.map((p) => p.field).sort()).toEqual(['expectedIntervalSec', 'templateParams']);

    const done = await t.request('POST', '/api/v1/sensors/import?mode=valid-only', { token: enterpriseUser, body: { content } });
    expect(done.status).toBe(201);
    expect(done.body).toMatchObject({ created: 1, refused: 4 });
    expect(await countWhere('sensors', 'code', [a, b, c, d])).toBe(1);
    const sensor = await t.request('GET', `/api/v1/sensors/${done.body.results[0].id}`, { token: enterpriseUser });
    expect(sensor.body).toMatchObject({ enterpriseId: mine.id, kind: 'methane', template: 'methane-longwall-face', location: '回风巷' });
    expect(sensor.body.rules.length).toBeGreaterThan(0);
    expect(await auditCount('sensor')).toBe(1);
  });
});
