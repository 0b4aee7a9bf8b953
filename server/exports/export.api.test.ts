import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDepartment, makeEnterprise, signedIn } from '../../test/support/factories.ts';
import { hazardInput, reportAs } from '../../test/support/hazard-factories.ts';
import { makeSensor } from '../../test/support/monitoring-factories.ts';
import { createTestApp, type TestApp } from '../../test/support/test-app.ts';
import { download, readSheet } from '../../test/support/xlsx.ts';
import en from '../../web/src/i18n/en.json' with { type: 'json' };
import { XLSX_TYPE } from './xlsx-export.ts';

const enHazard = en.hazard;

let t: TestApp;
let mine: { id: string; name: string };
let other: { id: string; name: string };
let enterpriseToken: string;
let regulatorToken: string;
let adminToken: string;

const foundAt = '2026-03-01T16:30:00.000Z'; // 2026-03-02 00:30 in Asia/Shanghai: the day changes

beforeAll(async () => {
  t = await createTestApp();
  mine = await makeEnterprise(t.db, { name: '导出测试甲公司' });
  other = await makeEnterprise(t.db, { name: '导出测试乙公司' });
  enterpriseToken = (await signedIn(t, 'enterprise', { enterpriseId: mine.id })).token;
  const otherToken = (await signedIn(t, 'enterprise', { enterpriseId: other.id })).token;
  regulatorToken = (await signedIn(t, 'regulator', { departmentId: (await makeDepartment(t.db, ['510100'], ['C'])).id })).token;
  adminToken = (await signedIn(t, 'admin')).token;
  await reportAs(t, enterpriseToken, hazardInput(mine.id, { title: '甲公司除尘器隐患', grade: 'major', foundAt }));
  await reportAs(t, enterpriseToken, hazardInput(mine.id, { title: '甲公司配电柜隐患', source: 'inspection' }));
  await reportAs(t, otherToken, hazardInput(other.id, { title: '乙公司隐患' }));
  await makeSensor(t.db, { enterpriseId: mine.id, code: 'EXP-MINE-1', name: '甲公司甲烷' });
  await makeSensor(t.db, { enterpriseId: other.id, code: 'EXP-OTHER-1', name: '乙公司甲烷' });
});
afterAll(() => t.close());

const get = (path: string, token: string, headers: Record<string, string> = {}) => download(`${t.url}${path}`, token, headers);

describe('GET /api/v1/<list>/export.xlsx', () => {
  it('exports the hazard list with the filters applied, labels in Chinese and times in Asia/Shanghai', async () => {
    const res = await get('/api/v1/hazards/export.xlsx?grade=major', regulatorToken);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(XLSX_TYPE);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename\*=UTF-8''%E4%BA%8B/);
    const rows = await readSheet(res.bytes);
    expect(rows[0]!.slice(0, 9)).toEqual(['隐患名称', '所属企业', '所属区县', '隐患部位', '隐患等级', '状态', '隐患来源', '隐患类别', '发现时间']);
    expect(rows).toHaveLength(2);
    const [title, enterprise, district, , grade, status, source, category, found] = rows[1]!;
    expect({ title, enterprise, district, grade, status, source, category }).toEqual({
      title: '甲公司除尘器隐患', enterprise: '导出测试甲公司', district: '青白江区', grade: '重大隐患', status: '已上报', source: '企业自查', category: '物的因素',
    });
    // Excel has no time zones: the cell holds the city's wall time.
    expect((found as Date).toISOString()).toBe('2026-03-02T00:30:00.000Z');
  });

  it('answers in English for ?lang=en or Accept-Language: en', async () => {
    const byQuery = await readSheet((await get('/api/v1/hazards/export.xlsx?lang=en&source=inspection', regulatorToken)).bytes);
    expect(byQuery[0]!.slice(0, 2)).toEqual(['Title', 'Enterprise']);
    expect(byQuery).toHaveLength(2);
    expect(byQuery[1]!.slice(4, 7)).toEqual([enHazard.grades.general, enHazard.statuses.reported, enHazard.sources.inspection]);
    const byHeader = await readSheet((await get('/api/v1/hazards/export.xlsx', regulatorToken, { 'accept-language': 'en-GB,en;q=0.9' })).bytes);
    expect(byHeader[0]![0]).toBe('Title');
  });

  it('holds an enterprise to its own records, in every list', async () => {
    const hazards = await readSheet((await get('/api/v1/hazards/export.xlsx', enterpriseToken)).bytes);
    expect(hazards.slice(1).map((r) => r[0]).sort()).toEqual(['甲公司配电柜隐患', '甲公司除尘器隐患']);
    const enterprises = await readSheet((await get('/api/v1/enterprises/export.xlsx', enterpriseToken)).bytes);
    expect(enterprises.slice(1).map((r) => r[0])).toEqual(['导出测试甲公司']);
    const sensors = await readSheet((await get('/api/v1/sensors/export.xlsx', enterpriseToken)).bytes);
    expect(sensors.slice(1).map((r) => r[0])).toEqual(['EXP-MINE-1']);
    expect(sensors[1]![3]).toBe('甲烷');
    const alarms = await get('/api/v1/alarms/export.xlsx', enterpriseToken);
    expect(alarms.status).toBe(200);
    expect((await readSheet(alarms.bytes))[0]![0]).toBe('报警时间');
    const inspections = await get('/api/v1/inspections/export.xlsx?lang=en', enterpriseToken);
    expect((await readSheet(inspections.bytes))[0]![0]).toBe('Inspected enterprise');
  });

  it('exports the enterprise list with its search applied', async () => {
    const rows = await readSheet((await get(`/api/v1/enterprises/export.xlsx?q=${encodeURIComponent('导出测试乙')}&lang=en`, regulatorToken)).bytes);
    expect(rows[0]!.slice(0, 4)).toEqual(['Enterprise name', 'Unified social credit code', 'Industry code', 'Industry']);
    expect(rows).toHaveLength(2);
    expect(rows[1]![0]).toBe('导出测试乙公司');
    expect(rows[1]![5]).toBe('青白江区');
  });

  it('lets only administrators export the accounts', async () => {
    expect((await get('/api/v1/users/export.xlsx', regulatorToken)).status).toBe(403);
    const rows = await readSheet((await get('/api/v1/users/export.xlsx?role=enterprise&lang=en', adminToken)).bytes);
    expect(rows[0]).toEqual(['Username', 'Name', 'Role', 'Department / enterprise', 'Status', 'Created']);
    expect(rows.slice(1).every((r) => r[2] === 'Enterprise user')).toBe(true);
    expect(rows.slice(1).map((r) => r[3])).toContain('导出测试甲公司');
  });

  it('exports the hazard statistics table as the statistics page ranks it', async () => {
    const res = await get('/api/v1/hazards/statistics/export.xlsx?groupBy=enterprise&from=2026-01-01', regulatorToken);
    expect(res.status).toBe(200);
    const rows = await readSheet(res.bytes);
    expect(rows[0]!.slice(0, 3)).toEqual(['排名', '企业', '应完成任务']);
    expect(rows.slice(1).map((r) => r[1])).toEqual(expect.arrayContaining(['导出测试甲公司', '导出测试乙公司']));
  });

  it('validates the filters as the list does', async () => {
    expect((await get('/api/v1/hazards/export.xlsx?grade=huge', regulatorToken)).status).toBe(400);
    expect((await get('/api/v1/hazards/export.xlsx?lang=fr', regulatorToken)).status).toBe(400);
  });
});
