import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEnterprise, signedIn } from '../../test/support/factories.ts';
import { hazardInput, reportAs, transition } from '../../test/support/hazard-factories.ts';
import { createTestApp, type TestApp } from '../../test/support/test-app.ts';

// Found last year, closed now: the figures hold whatever year the tests run in.
const year = Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()));
const last = year - 1;

let t: TestApp;
let enterprise: { id: string; name: string };
let officer: string;
let colleague: string;
let stranger: string;

beforeAll(async () => {
  t = await createTestApp();
  enterprise = await makeEnterprise(t.db);
  officer = (await signedIn(t, 'enterprise', { enterpriseId: enterprise.id })).token;
  colleague = (await signedIn(t, 'enterprise', { enterpriseId: enterprise.id })).token;
  stranger = (await signedIn(t, 'enterprise', { enterpriseId: (await makeEnterprise(t.db)).id })).token;
  // Two general hazards found in Q3 of last year; one rectified now with 8,000 yuan, on time.
  const a = await reportAs(t, officer, hazardInput(enterprise.id, { foundAt: `${last}-08-01T09:00:00+08:00` }));
  await reportAs(t, officer, hazardInput(enterprise.id, { foundAt: `${last}-09-30T23:00:00+08:00` }));
  await transition(t, officer, a.id, { action: 'start_rectification', rectification: { mode: 'deadline', deadline: `${year + 1}-01-31`, responsiblePerson: '李工', measures: 'x', fundsYuan: 8000 } });
  await transition(t, officer, a.id, { action: 'submit_for_review', note: '完成' });
  await transition(t, colleague, a.id, { action: 'approve' });
});
afterAll(() => t.close());

describe('the enterprise statistical table (16号令 Art. 14)', () => {
  it('counts the quarter from the record, with its due date', async () => {
    const res = await t.request('GET', `/api/v1/enterprises/${enterprise.id}/hazard-statistical-report?period=${last}-Q3`, { token: officer });
    expect(res.status).toBe(200);
    // 16号令 Art. 14: due on the 15th of the month after the quarter, the whole day in Asia/Shanghai.
    expect(res.body).toMatchObject({ periodLabel: `${last}年第3季度`, dueAt: `${last}-10-15T15:59:59.999Z`, generalFound: 2, majorFound: 0, generalClosed: 0, openAtEnd: 2 });
    const now = await t.request('GET', `/api/v1/enterprises/${enterprise.id}/hazard-statistical-report?period=${year}`, { token: officer });
    expect(now.body).toMatchObject({ dueAt: `${year + 1}-01-31T15:59:59.999Z`, generalFound: 0, generalClosed: 1, closedOnTime: 1, rectificationFundsYuan: 8000 });
  });

  it('exports the table as .xlsx with Chinese labels', async () => {
    const res = await fetch(`${t.url}/api/v1/enterprises/${enterprise.id}/hazard-statistical-report.xlsx?period=${last}`, { headers: { authorization: `Bearer ${officer}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const sheet = workbook.getWorksheet('隐患排查治理统计表')!;
    expect(String(sheet.getCell('A1').value)).toContain(enterprise.name);
    const values = new Map<string, unknown>();
    sheet.eachRow((row) => values.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(values.get('发现一般事故隐患（项）')).toBe(2);
    expect(values.get('期末尚未整改隐患（项）')).toBe(2);
  });

  it('rejects a malformed period and hides other enterprises', async () => {
    expect((await t.request('GET', `/api/v1/enterprises/${enterprise.id}/hazard-statistical-report?period=${year}-Q5`, { token: officer })).status).toBe(400);
    expect((await t.request('GET', `/api/v1/enterprises/${enterprise.id}/hazard-statistical-report?period=${year}`, { token: stranger })).status).toBe(404);
  });
});
