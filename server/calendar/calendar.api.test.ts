import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEnterprise, signedIn } from '../../test/support/factories.ts';
import { createTestApp, type TestApp } from '../../test/support/test-app.ts';

let t: TestApp;
let admin: string;
let expert: string;
let enterprise: string;

beforeAll(async () => {
  t = await createTestApp();
  admin = (await signedIn(t, 'admin')).token;
  expert = (await signedIn(t, 'expert')).token;
  const company = await makeEnterprise(t.db);
  enterprise = (await signedIn(t, 'enterprise', { enterpriseId: company.id })).token;
});
afterAll(() => t.close());

/** `token` null: no session. */
const addWorkingDays = (body: unknown, token: string | null = enterprise) => t.request('POST', '/api/v1/calendar/add-working-days', { token: token ?? undefined, body });

/** A 2027 notice as an administrator would enter it (illustrative days, not the real notice). */
const notice2027 = {
  notice: '国务院办公厅关于2027年部分节假日安排的通知（测试）',
  days: [
    { date: '2027-01-01', kind: 'holiday', name: '元旦' },
    { date: '2027-01-04', kind: 'holiday', name: '元旦' },
    { date: '2027-01-09', kind: 'workday', name: '元旦' },
  ],
};

describe('POST /calendar/add-working-days', () => {
  it('counts the 2025 National Day week: holidays skipped, the make-up Saturday counted', async () => {
    expect((await addWorkingDays({ from: '2025-09-30', workingDays: 1 })).body).toEqual({ date: '2025-10-09' });
    expect((await addWorkingDays({ from: '2025-09-30', workingDays: 3 })).body).toEqual({ date: '2025-10-11' });
    expect((await addWorkingDays({ from: '2026-09-30', workingDays: 3 }, expert)).body).toEqual({ date: '2026-10-10' });
  });

  it('answers 422 naming a year the calendar does not cover', async () => {
    const response = await addWorkingDays({ from: '2026-12-30', workingDays: 5 });
    expect(response.status).toBe(422);
    expect(response.body.error).toMatchObject({ code: 'UNPROCESSABLE', details: [{ path: '', reason: 'calendar_year_not_covered', params: { year: 2027 } }] });
    expect(response.body.error.message).toContain('2027');
  });

  it.each([
    [{ from: '2026-03-01', workingDays: 0 }, 'workingDays'],
    [{ from: '2026-03-01', workingDays: 1.5 }, 'workingDays'],
    [{ from: '2026-03-01', workingDays: 1001 }, 'workingDays'],
    [{ from: '2026-03-01', workingDays: '3' }, 'workingDays'],
    [{ from: '2026-02-29', workingDays: 3 }, 'from'],
    [{ from: '2026-3-1', workingDays: 3 }, 'from'],
  ])('refuses %j with 400 at %s', async (body, path) => {
    const response = await addWorkingDays(body);
    expect(response.status).toBe(400);
    expect(response.body.error.details.map((d: { path: string }) => d.path)).toContain(path);
  });

  it('answers 401 without a session', async () => {
    expect((await addWorkingDays({ from: '2026-03-01', workingDays: 1 }, null)).status).toBe(401);
  });
});

describe('the administrator’s calendar years', () => {
  it('lists the covered years with their source; refuses others with 403', async () => {
    const list = await t.request('GET', '/api/v1/calendar/years', { token: admin });
    expect(list.status).toBe(200);
    expect(list.body.items[0]).toMatchObject({ year: 2026, source: 'package', holidays: 33, workdays: 6 });
    expect(list.body.items.map((y: { year: number }) => y.year)).toContain(2004);
    expect((await t.request('GET', '/api/v1/calendar/years', { token: expert })).status).toBe(403);
    expect((await t.request('GET', '/api/v1/calendar/years/2026', { token: enterprise })).status).toBe(403);
    expect((await t.request('PUT', '/api/v1/calendar/years/2027', { token: expert, body: notice2027 })).status).toBe(403);
    expect((await t.request('GET', '/api/v1/calendar/years/2027', { token: admin })).status).toBe(404);
  });

  it('shows a package year with its days', async () => {
    const year = await t.request('GET', '/api/v1/calendar/years/2025', { token: admin });
    expect(year.status).toBe(200);
    expect(year.body.days).toContainEqual({ date: '2025-10-11', kind: 'workday', name: '国庆节' });
  });

  it('extends the calendar with next year’s notice, audited, and the calculator uses it', async () => {
    const put = await t.request('PUT', '/api/v1/calendar/years/2027', { token: admin, body: notice2027 });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ year: 2027, source: 'admin', notice: notice2027.notice, holidays: 2, workdays: 1 });
    // 2026-12-31 Thu, 2027-01-01 off, 01-04 Mon off, 01-05 … 01-08, Saturday 01-09 worked.
    expect((await addWorkingDays({ from: '2026-12-30', workingDays: 1 })).body).toEqual({ date: '2026-12-31' });
    expect((await addWorkingDays({ from: '2026-12-30', workingDays: 2 })).body).toEqual({ date: '2027-01-05' });
    expect((await addWorkingDays({ from: '2027-01-08', workingDays: 1 })).body).toEqual({ date: '2027-01-09' });
    const audit = await t.db.selectFrom('audit_events').select(['action', 'actor_name', 'after']).where('entity', '=', 'calendar_year').where('entity_id', '=', '2027').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'calendar_year.put', after: { notice: notice2027.notice } });

    expect((await t.request('DELETE', '/api/v1/calendar/years/2027', { token: admin })).status).toBe(204);
    expect((await addWorkingDays({ from: '2026-12-30', workingDays: 2 })).status).toBe(422);
  });

  it('overrides the package for its year, and removing the entry restores the package', async () => {
    // An amended 2026: 10-08 made a holiday too, no make-up Saturday.
    const amended = { notice: '2026 amended (test)', days: [{ date: '2026-10-01', kind: 'holiday', name: '国庆节' }, { date: '2026-10-08', kind: 'holiday', name: '国庆节' }] };
    expect((await t.request('PUT', '/api/v1/calendar/years/2026', { token: admin, body: amended })).status).toBe(200);
    expect((await addWorkingDays({ from: '2026-10-07', workingDays: 1 })).body).toEqual({ date: '2026-10-09' });
    expect((await addWorkingDays({ from: '2026-10-09', workingDays: 1 })).body).toEqual({ date: '2026-10-12' });
    const list = await t.request('GET', '/api/v1/calendar/years', { token: admin });
    expect(list.body.items.find((y: { year: number }) => y.year === 2026)).toMatchObject({ source: 'admin', holidays: 2, workdays: 0 });

    expect((await t.request('DELETE', '/api/v1/calendar/years/2026', { token: admin })).status).toBe(204);
    expect((await addWorkingDays({ from: '2026-10-07', workingDays: 1 })).body).toEqual({ date: '2026-10-08' });
    expect((await t.request('DELETE', '/api/v1/calendar/years/2026', { token: admin })).status).toBe(404);
    const actions = await t.db.selectFrom('audit_events').select('action').where('entity', '=', 'calendar_year').where('entity_id', '=', '2026').orderBy('id').execute();
    expect(actions.map((a) => a.action)).toEqual(['calendar_year.put', 'calendar_year.remove']);
  });

  it('refuses a notice with days outside the year, duplicates, or a weekday as a make-up day, writing nothing', async () => {
    const cases = [
      [{ ...notice2027, days: [{ date: '2027-12-31', kind: 'holiday', name: '元旦' }] }, 'days.0.date', 'not_in_year'],
      [{ ...notice2027, days: [notice2027.days[0], notice2027.days[0]] }, 'days.1.date', 'duplicate'],
      [{ ...notice2027, days: [notice2027.days[0], { date: '2027-01-05', kind: 'workday', name: '元旦' }] }, 'days.1.date', 'workday_not_weekend'],
      [{ ...notice2027, days: [{ date: '2027-01-09', kind: 'workday', name: '元旦' }] }, 'days', 'at_least_one_holiday'],
      [{ notice: '', days: notice2027.days }, 'notice', undefined],
    ] as const;
    for (const [body, path, reason] of cases) {
      const response = await t.request('PUT', '/api/v1/calendar/years/2028', { token: admin, body });
      expect(response.status, JSON.stringify(body)).toBe(400);
      const detail = response.body.error.details.find((d: { path: string }) => d.path === path);
      expect(detail, JSON.stringify(response.body)).toBeDefined();
      if (reason) expect(detail.reason).toBe(reason);
    }
    expect((await t.request('PUT', '/api/v1/calendar/years/1999', { token: admin, body: notice2027 })).status).toBe(400);
    expect(await t.db.selectFrom('calendar_years').select('year').where('year', '=', 2028).execute()).toEqual([]);
  });
});
