import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDepartment, signedIn } from '../../test/support/factories.ts';
import { accidentInput, reportAccidentAs } from '../../test/support/accident-factories.ts';
import { createTestApp, type TestApp } from '../../test/support/test-app.ts';

let t: TestApp;
let regulator: string;
let admin: string;

beforeAll(async () => {
  t = await createTestApp();
  regulator = (await signedIn(t, 'regulator', { departmentId: (await makeDepartment(t.db, ['510100'], ['C', 'G'])).id })).token;
  admin = (await signedIn(t, 'admin')).token;
  // 2025: two in 青白江区 (one with 3 deaths), one in 锦江区; 2024: one in 青白江区.
  await reportAccidentAs(t, regulator, accidentInput({ occurredAt: '2025-03-05T10:00:00+08:00', deaths: 3, seriousInjuries: 0, directLossYuan: 100 }));
  await reportAccidentAs(t, regulator, accidentInput({ occurredAt: '2025-03-31T23:30:00+08:00', deaths: 1, seriousInjuries: 2, directLossYuan: 200 }));
  await reportAccidentAs(t, regulator, accidentInput({ occurredAt: '2025-07-01T10:00:00+08:00', regionCode: '510104', industryCode: '5411', category: '02', deaths: 0, seriousInjuries: 1, directLossYuan: 300 }));
  await reportAccidentAs(t, regulator, accidentInput({ occurredAt: '2024-03-10T10:00:00+08:00', deaths: 2, seriousInjuries: 0, directLossYuan: 50 }));
});
afterAll(() => t.close());

const stats = (query: string, token = regulator) => t.request('GET', `/api/v1/statistics/accidents?${query}`, { token });

describe('GET /api/v1/statistics/accidents', () => {
  it('groups by month in the city’s time zone, beside the same month a year earlier', async () => {
    const res = await stats('from=2025-01-01&to=2025-12-31&groupBy=month');
    expect(res.status).toBe(200);
    expect(res.body.rows).toEqual([
      expect.objectContaining({ key: '2025-03', accidents: 2, deaths: 4, seriousInjuries: 2, directLossYuan: 300, previous: { accidents: 1, deaths: 2, seriousInjuries: 0, directLossYuan: 50 }, change: { accidents: 100, deaths: 100 } }),
      expect.objectContaining({ key: '2025-07', accidents: 1, previous: expect.objectContaining({ accidents: 0 }), change: { accidents: null, deaths: null } }),
    ]);
    expect(res.body.total).toMatchObject({ key: 'total', accidents: 3, deaths: 4, seriousInjuries: 3, directLossYuan: 600, previous: { accidents: 1, deaths: 2 } });
    expect(res.body).toMatchObject({ previousFrom: '2024-01-01', previousTo: '2024-12-31' });
  });

  it('groups by region, industry, grade and category', async () => {
    const byRegion = await stats('from=2025-01-01&to=2025-12-31&groupBy=region');
    expect(byRegion.body.rows.map((r: { key: string; accidents: number }) => [r.key, r.accidents])).toEqual([['510104', 1], ['510113', 2]]);
    const byIndustry = await stats('from=2025-01-01&to=2025-12-31&groupBy=industry');
    expect(byIndustry.body.rows.map((r: { key: string }) => r.key)).toEqual(['C', 'G']);
    const byGrade = await stats('from=2025-01-01&to=2025-12-31&groupBy=grade');
    expect(byGrade.body.rows.map((r: { key: string; accidents: number }) => [r.key, r.accidents])).toEqual([['general', 2], ['larger', 1]]);
    const byCategory = await stats('from=2025-01-01&to=2025-12-31&groupBy=category&regionCode=510113');
    expect(byCategory.body.rows.map((r: { key: string; accidents: number }) => [r.key, r.accidents])).toEqual([['19', 2]]);
  });

  it('gives rates once an administrator configures the denominators', async () => {
    expect((await stats('from=2025-01-01&to=2025-12-31&groupBy=region')).body.total.rates).toBeUndefined();
    expect((await t.request('PUT', '/api/v1/statistics/accident-denominators', { token: regulator, body: { regionCode: '510100', year: 2025, gdpYuan: 2e12, workers: 10_000_000 } })).status).toBe(403);
    const put = await t.request('PUT', '/api/v1/statistics/accident-denominators', { token: admin, body: { regionCode: '510100', year: 2025, gdpYuan: 2_000_000_000_000, workers: 10_000_000 } });
    expect(put.status).toBe(200);
    await t.request('PUT', '/api/v1/statistics/accident-denominators', { token: admin, body: { regionCode: '510113', year: 2025, gdpYuan: 100_000_000_000, workers: null } });
    const res = await stats('from=2025-01-01&to=2025-12-31&groupBy=region');
    expect(res.body.total.rates).toEqual({ deathsPer100MillionYuanGdp: 0.0002, deathsPer100kWorkers: 0.04 });
    expect(res.body.rows.find((r: { key: string }) => r.key === '510113').rates).toEqual({ deathsPer100MillionYuanGdp: 0.004, deathsPer100kWorkers: null });
    expect((await t.request('GET', '/api/v1/statistics/accident-denominators', { token: regulator })).body.items).toHaveLength(2);
  });

  it('audits each change of a denominator with the values before, and refuses a street or a bad figure', async () => {
    const put = (body: Record<string, unknown>) => t.request('PUT', '/api/v1/statistics/accident-denominators', { token: admin, body });
    await put({ regionCode: '510104', year: 2024, gdpYuan: 150_000_000_000, workers: 600_000 });
    await put({ regionCode: '510104', year: 2024, gdpYuan: 155_000_000_000, workers: null });
    const events = await t.db.selectFrom('audit_events').select(['before', 'after']).where('entity', '=', 'accident_rate_denominator').where('entity_id', '=', '510104/2024').orderBy('id').execute();
    expect(events).toEqual([
      { before: null, after: { regionCode: '510104', year: 2024, gdpYuan: 150_000_000_000, workers: 600_000 } },
      { before: { regionCode: '510104', year: 2024, gdpYuan: 150_000_000_000, workers: 600_000 }, after: { regionCode: '510104', year: 2024, gdpYuan: 155_000_000_000, workers: null } },
    ]);
    const listed = (await t.request('GET', '/api/v1/statistics/accident-denominators', { token: regulator })).body.items.find((d: { regionCode: string; year: number }) => d.regionCode === '510104' && d.year === 2024);
    expect(listed).toMatchObject({ gdpYuan: 155_000_000_000, workers: null, updatedAt: expect.any(String) });
    expect((await put({ regionCode: '510104001', year: 2024, gdpYuan: 1, workers: 1 })).body.error.details[0].path).toBe('regionCode');
    expect((await put({ regionCode: '510104', year: 2024, gdpYuan: -5, workers: 1.5 })).body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['gdpYuan', 'workers']);
  });

  it('exports the table as .xlsx', async () => {
    const file = await fetch(`${t.url}/api/v1/statistics/accidents.xlsx?from=2025-01-01&to=2025-12-31&groupBy=region`, { headers: { authorization: `Bearer ${regulator}` } });
    expect(file.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await file.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(2).getCell(3).value).toBe('accidents');
    expect(sheet.getRow(3).values).toEqual(expect.arrayContaining(['510104', '锦江区', 1]));
    expect(sheet.getRow(5).getCell(1).value).toBe('total');
  });

  it('rejects a reversed period, an unknown grouping and an over-long period', async () => {
    expect((await stats('from=2025-02-01&to=2025-01-01&groupBy=month')).status).toBe(400);
    expect((await stats('from=2025-01-01&to=2025-02-01&groupBy=street')).status).toBe(400);
    expect((await stats('from=2000-01-01&to=2025-02-01&groupBy=month')).status).toBe(400);
  });
});

describe('the monthly roll-up', () => {
  it('gives the same figures as the accidents themselves, also after a revision', async () => {
    const accident = await reportAccidentAs(t, regulator, accidentInput({ occurredAt: '2025-09-15T10:00:00+08:00', deaths: 1, seriousInjuries: 0, directLossYuan: 10 }));
    await t.request('POST', `/api/v1/accidents/${accident.id}/revisions`, { token: regulator, body: { deaths: 4, directLossYuan: 20, at: '2025-09-16T10:00:00+08:00' } });
    // Whole months are read from the roll-up; a period that starts on the 2nd is summed from the accidents.
    const whole = await stats('from=2025-09-01&to=2025-09-30&groupBy=region');
    const days = await stats('from=2025-09-02&to=2025-09-30&groupBy=region');
    expect(whole.body.total).toMatchObject({ accidents: 1, deaths: 4, directLossYuan: 20 });
    expect(days.body.rows).toEqual(whole.body.rows.map((r: object) => ({ ...r })));
    const rows = await t.db.selectFrom('accident_monthly').selectAll().where('month', '=', 2025 * 12 + 8).execute();
    expect(rows).toEqual([expect.objectContaining({ district_code: '510113', industry_section: 'C', accidents: 1, deaths: 4, direct_loss_yuan: 20 })]);
  });
});
