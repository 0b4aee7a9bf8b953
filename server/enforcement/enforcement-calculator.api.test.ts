import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEnterprise, signedIn } from '../../test/support/factories.ts';
import { createTestApp, type TestApp } from '../../test/support/test-app.ts';

let t: TestApp;
let expert: string;
let enterprise: string;

beforeAll(async () => {
  t = await createTestApp();
  expert = (await signedIn(t, 'expert')).token;
  const company = await makeEnterprise(t.db);
  enterprise = (await signedIn(t, 'enterprise', { enterpriseId: company.id })).token;
});
afterAll(() => t.close());

/** `token` null: no session. */
const post = (path: string, body: unknown, token: string | null = expert) => t.request('POST', `/api/v1${path}`, { token: token ?? undefined, body });

describe('POST /enforcement/daily-penalty', () => {
  it('counts the days after the order up to the correction and multiplies the fine exactly', async () => {
    const response = await post('/enforcement/daily-penalty', { originalFineYuan: 50000, orderedOn: '2026-03-01', correctedOn: '2026-03-04' });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ days: 3, amountYuan: 150000 });
    const decimals = await post('/enforcement/daily-penalty', { originalFineYuan: '10.01', orderedOn: '2026-03-01', correctedOn: '2026-03-04' }, enterprise);
    expect(decimals.body).toEqual({ days: 3, amountYuan: 30.03 });
    expect(decimals.text).toContain('"amountYuan":30.03');
  });

  it('gives 0 days when corrected on the day of the order', async () => {
    const response = await post('/enforcement/daily-penalty', { originalFineYuan: 50000, orderedOn: '2026-03-01', correctedOn: '2026-03-01' });
    expect(response.body).toEqual({ days: 0, amountYuan: 0 });
  });

  it('refuses correctedOn before orderedOn with 400 naming the field', async () => {
    const response = await post('/enforcement/daily-penalty', { originalFineYuan: 50000, orderedOn: '2026-03-02', correctedOn: '2026-03-01' });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('VALIDATION_FAILED');
    expect(response.body.error.details).toContainEqual(expect.objectContaining({ path: 'correctedOn', reason: 'not_before_date', params: { date: '2026-03-02' } }));
  });

  it.each([
    [{ originalFineYuan: '12.345', orderedOn: '2026-03-01', correctedOn: '2026-03-02' }, 'originalFineYuan'],
    [{ originalFineYuan: -5, orderedOn: '2026-03-01', correctedOn: '2026-03-02' }, 'originalFineYuan'],
    [{ originalFineYuan: 0, orderedOn: '2026-03-01', correctedOn: '2026-03-02' }, 'originalFineYuan'],
    [{ originalFineYuan: 100, orderedOn: '2026-02-30', correctedOn: '2026-03-02' }, 'orderedOn'],
    [{ originalFineYuan: 100, orderedOn: '2026/03/01', correctedOn: '2026-03-02' }, 'orderedOn'],
    [{ originalFineYuan: 100, orderedOn: '2026-03-01' }, 'correctedOn'],
  ])('refuses %j with 400 at %s', async (body, path) => {
    const response = await post('/enforcement/daily-penalty', body);
    expect(response.status).toBe(400);
    expect(response.body.error.details.map((d: { path: string }) => d.path)).toContain(path);
  });

  it('answers 401 without a session', async () => {
    const response = await post('/enforcement/daily-penalty', { originalFineYuan: 1, orderedOn: '2026-03-01', correctedOn: '2026-03-02' }, null);
    expect(response.status).toBe(401);
  });
});

describe('POST /enforcement/late-payment-surcharge', () => {
  it('charges 3 % a day after the due day, to the fen, capped at the fine', async () => {
    expect((await post('/enforcement/late-payment-surcharge', { fineYuan: 10000, dueOn: '2026-03-15', paidOn: '2026-03-25' })).body).toEqual({ days: 10, surchargeYuan: 3000, capped: false });
    expect((await post('/enforcement/late-payment-surcharge', { fineYuan: 10000, dueOn: '2026-03-15', paidOn: '2026-04-18' })).body).toEqual({ days: 34, surchargeYuan: 10000, capped: true });
    expect((await post('/enforcement/late-payment-surcharge', { fineYuan: '123.45', dueOn: '2026-03-15', paidOn: '2026-03-22' })).body).toEqual({ days: 7, surchargeYuan: 25.92, capped: false });
    expect((await post('/enforcement/late-payment-surcharge', { fineYuan: '0.50', dueOn: '2026-03-15', paidOn: '2026-03-16' }, enterprise)).body).toEqual({ days: 1, surchargeYuan: 0.02, capped: false });
  });

  it('charges nothing when paid on or before the due day', async () => {
    expect((await post('/enforcement/late-payment-surcharge', { fineYuan: 10000, dueOn: '2026-03-15', paidOn: '2026-03-15' })).body).toEqual({ days: 0, surchargeYuan: 0, capped: false });
    expect((await post('/enforcement/late-payment-surcharge', { fineYuan: 10000, dueOn: '2026-03-15', paidOn: '2026-03-01' })).body).toEqual({ days: 0, surchargeYuan: 0, capped: false });
  });

  it('refuses three decimals, text, and bad dates with 400', async () => {
    for (const body of [
      { fineYuan: '0.001', dueOn: '2026-03-15', paidOn: '2026-03-16' },
      { fineYuan: 'ten', dueOn: '2026-03-15', paidOn: '2026-03-16' },
      { fineYuan: 10, dueOn: '2026-13-01', paidOn: '2026-03-16' },
      { fineYuan: 10, dueOn: '2026-03-15', paidOn: '2026-03-16', extra: 1 },
    ]) {
      const response = await post('/enforcement/late-payment-surcharge', body);
      expect(response.status, JSON.stringify(body)).toBe(400);
    }
  });

  it('answers 401 without a session', async () => {
    expect((await post('/enforcement/late-payment-surcharge', { fineYuan: 1, dueOn: '2026-03-15', paidOn: '2026-03-16' }, null)).status).toBe(401);
  });
});
