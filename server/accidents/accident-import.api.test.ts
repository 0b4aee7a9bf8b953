import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDepartment, signedIn } from '../../test/support/factories.ts';
import { createTestApp, type TestApp } from '../../test/support/test-app.ts';

let t: TestApp;
let regulator: string;
let cityRegulator: string;

const mineCsv = readFileSync(new URL('../../test/fixtures/us-mine-disasters.csv', import.meta.url), 'utf8');

/** The NIOSH columns mapped onto ours: accident types translated to GB 6441 categories; the rest is constant. */
const mineMapping = {
  occurredAt: { column: 'Date' },
  deaths: { column: 'Killed' },
  category: {
    column: 'Accident Type',
    values: { Explosion: '15', 'Gas explosion': '15', Explosions: '15', Fire: '08', Haulage: '02', Explosives: '14', 'Dynamite explosion': '14', 'Powder explosion': '14', 'Roof fall': '11', 'Roof fall/bump': '11', 'Inrush of water': '12', Inundation: '12', Flood: '12', Suffocation: '19', 'Cave-in': '10' },
  },
  regionCode: { value: '510113' },
  industryCode: { value: '06' },
  seriousInjuries: { value: 0 },
  directLossYuan: { value: 0 },
  description: { template: '{Mine Name}, {City}, {State} ({Accident Type})' },
};

beforeAll(async () => {
  t = await createTestApp();
  regulator = (await signedIn(t, 'regulator', { departmentId: (await makeDepartment(t.db, ['510113'], ['B', 'C'])).id })).token;
  cityRegulator = (await signedIn(t, 'regulator', { departmentId: (await makeDepartment(t.db, ['510100'], ['B'])).id })).token;
});
afterAll(() => t.close());

const count = async () => (await t.db.selectFrom('accidents').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;

describe('POST /api/v1/accidents/import', () => {
  it('rejects the dirty U.S. mine-disaster file as a whole, reporting every bad row', async () => {
    const res = await t.request('POST', '/api/v1/accidents/import', { token: regulator, body: { format: 'csv', content: mineCsv, mapping: mineMapping } });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    const paths: string[] = res.body.error.details.map((d: { path: string }) => d.path);
    expect(paths.length).toBeGreaterThan(20);
    expect(paths.every((p) => /^rows\.\d+\.category$/.test(p))).toBe(true);
    expect(res.body.error.details[0].message).toMatch(/has no mapping for/);
    expect(await count()).toBe(0);
  });

  it('with mode=valid-only writes the good rows and reports the others', async () => {
    const res = await t.request('POST', '/api/v1/accidents/import?mode=valid-only', { token: regulator, body: { format: 'csv', content: mineCsv, mapping: mineMapping } });
    expect(res.status).toBe(201);
    expect(res.body.rows).toBe(726); // SOURCE.txt says 725; the file has 726 data rows
    expect(res.body.imported + res.body.rejected).toBe(726);
    expect(res.body.imported).toBeGreaterThan(600);
    expect(res.body.errors[0]).toMatchObject({ row: expect.any(Number), path: 'category' });
    expect(await count()).toBe(res.body.imported);
    // Monongah, 1907: 362 deaths → extraordinary.
    const monongah = await t.request('GET', '/api/v1/accidents?q=Monongah&pageSize=5', { token: regulator });
    expect(monongah.body.items[0]).toMatchObject({ deaths: 362, grade: 'extraordinary', source: 'import', lateReport: null, category: '15' });
  });

  it('reads an .xlsx with the export’s own headers, and refuses rows outside the caller’s scope', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('accidents');
    sheet.addRow(['occurredAt', 'regionCode', 'industryCode', 'category', 'deaths', 'seriousInjuries', 'directLossYuan', 'description']);
    sheet.addRow(['2025-06-01T10:00:00+08:00', '510113', '0610', '03', 1, 0, 50000, '机械伤害']);
    sheet.addRow([new Date('2025-07-01T02:00:00Z'), '510104', '0610', '03', 1, 0, 50000, '别区']);
    sheet.addRow(['2025-07-02', '510113', '0610', '3', 'two', 0, 0, '']);
    const content = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const res = await t.request('POST', '/api/v1/accidents/import', { token: regulator, body: { format: 'xlsx', content } });
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d: { path: string }) => d.path)).toEqual(['rows.3.regionCode', 'rows.4.category', 'rows.4.deaths', 'rows.4.description']);
    const ok = await t.request('POST', '/api/v1/accidents/import', { token: cityRegulator, body: { format: 'xlsx', content }, headers: {} });
    expect(ok.status).toBe(400);
    expect((await t.request('POST', '/api/v1/accidents/import', { token: (await signedIn(t, 'expert')).token, body: { format: 'xlsx', content } })).status).toBe(403);
  });

  it('with dryRun=true reports each row accepted or refused with coded reasons, writes nothing; then the same file imports', async () => {
    const csv = [
      'occurredAt,regionCode,industryCode,category,deaths,seriousInjuries,directLossYuan,description',
      '2025-03-01,510113,2614,19,1,0,150000,清罐作业中毒',
      '2025-03-02,510113,2614,21,x,0,0,坏行',
      '2025-03-03,510104,2614,03,0,1,0,别区',
      '2099-01-01,510113,9999,03,0,1,0,',
    ].join('\n');
    const before = await count();
    const check = await t.request('POST', '/api/v1/accidents/import?dryRun=true', { token: regulator, body: { format: 'csv', content: csv } });
    expect(check.status).toBe(200);
    expect(check.body).toMatchObject({ dryRun: true, rows: 4, accepted: 1, imported: 0, rejected: 3 });
    expect(check.body.items[0]).toMatchObject({ row: 2, status: 'accepted', issues: [], record: { number: null, grade: 'general', regionCode: '510113', industryCode: '2614', directLossYuan: 150000, description: '清罐作业中毒' } });
    const reasons = check.body.items.slice(1).map((i: { row: number; status: string; issues: Array<{ path: string; code: string }> }) => [i.row, i.status, i.issues.map((x) => `${x.path}:${x.code}`)]);
    expect(reasons).toEqual([
      [3, 'refused', ['category:invalid_code', 'deaths:not_a_number']],
      [4, 'refused', ['regionCode:outside_scope']],
      [5, 'refused', ['description:required', 'industryCode:unknown_code', 'occurredAt:future']],
    ]);
    expect(await count()).toBe(before);

    const confirmed = await t.request('POST', '/api/v1/accidents/import?mode=valid-only', { token: regulator, body: { format: 'csv', content: csv } });
    expect(confirmed.status).toBe(201);
    expect(confirmed.body).toMatchObject({ dryRun: false, accepted: 1, imported: 1, rejected: 3 });
    expect(confirmed.body.items[0].record).toMatchObject({ id: expect.any(String), number: expect.stringMatching(/^事故-2025-\d{4}$/) });
    expect(await count()).toBe(before + 1);
  });

  it('refuses a file that is not what it claims', async () => {
    const res = await t.request('POST', '/api/v1/accidents/import', { token: regulator, body: { format: 'xlsx', content: Buffer.from('not a zip').toString('base64') } });
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].path).toBe('content');
  });
});
