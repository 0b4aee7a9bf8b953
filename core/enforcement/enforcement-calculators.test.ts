import { describe, expect, it } from 'vitest';
import { dailyPenalty, dailyPenaltyInputSchema, lateSurcharge, lateSurchargeInputSchema, MAX_PERIOD_DAYS, presentDailyPenalty, presentLateSurcharge } from './enforcement-calculators.ts';

describe('daily continuous penalty (安全生产法 Art. 112)', () => {
  it.each([
    ['2026-03-01', '2026-03-01', 0],
    ['2026-03-01', '2026-03-02', 1],
    ['2026-03-01', '2026-03-31', 30],
    ['2026-02-28', '2026-03-01', 1],
    ['2024-02-28', '2024-03-01', 2],
    ['2025-12-31', '2026-01-01', 1],
  ] as const)('ordered %s, corrected %s: %i days (the day of the order not counted)', (orderedOn, correctedOn, days) => {
    expect(dailyPenalty(100n, orderedOn, correctedOn).days).toBe(days);
  });

  it('fines the original amount for every day, exactly to the fen', () => {
    expect(presentDailyPenalty(dailyPenalty(5_000_000n, '2026-03-01', '2026-03-04'))).toEqual({ days: 3, amountYuan: 150000 });
    // 0.1 yuan × 3 days is 0.3 exactly, where 0.1 * 3 in floating point is not.
    expect(presentDailyPenalty(dailyPenalty(10n, '2026-03-01', '2026-03-04'))).toEqual({ days: 3, amountYuan: 0.3 });
    expect(presentDailyPenalty(dailyPenalty(1001n, '2026-03-01', '2026-03-04')).amountYuan).toBe(30.03);
  });

  it('refuses correctedOn before orderedOn, and a period beyond the limit', () => {
    const before = dailyPenaltyInputSchema.safeParse({ originalFineYuan: 100, orderedOn: '2026-03-02', correctedOn: '2026-03-01' });
    expect(before.success).toBe(false);
    expect(before.error?.issues[0]).toMatchObject({ path: ['correctedOn'], message: 'must not be before 2026-03-02' });
    expect(dailyPenaltyInputSchema.safeParse({ originalFineYuan: 100, orderedOn: '2026-03-02', correctedOn: '2026-03-02' }).success).toBe(true);
    expect(dailyPenaltyInputSchema.safeParse({ originalFineYuan: 100, orderedOn: '2000-01-01', correctedOn: '2100-01-01' }).success).toBe(true);
    expect(dailyPenaltyInputSchema.safeParse({ originalFineYuan: 100, orderedOn: '2000-01-01', correctedOn: '2100-01-02' }).success).toBe(false);
    expect(() => dailyPenalty(1n, '2026-03-02', '2026-03-01')).toThrow(RangeError);
  });
});

describe('late-payment surcharge (行政处罚法 Art. 72: 3 % a day, never more than the fine)', () => {
  const yuan = (fen: bigint, dueOn: string, paidOn: string) => presentLateSurcharge(lateSurcharge(fen, dueOn, paidOn));

  it.each([
    ['paid on the due day', '2026-03-15', 0, 0],
    ['paid the day before', '2026-03-14', 0, 0],
    ['paid a month early', '2026-02-14', 0, 0],
    ['one day late', '2026-03-16', 1, 300],
    ['ten days late', '2026-03-25', 10, 3000],
    ['33 days late: 99 %', '2026-04-17', 33, 9900],
    ['34 days late: 102 %, capped at the fine', '2026-04-18', 34, 10000],
    ['a year late: the fine', '2027-03-15', 365, 10000],
  ] as const)('a fine of 10,000 yuan due 2026-03-15, %s', (_label, paidOn, days, surchargeYuan) => {
    expect(yuan(1_000_000n, '2026-03-15', paidOn)).toMatchObject({ days, surchargeYuan });
  });

  it('says when the cap applies: at 34 days, not at 33', () => {
    expect(yuan(1_000_000n, '2026-03-15', '2026-04-17').capped).toBe(false);
    expect(yuan(1_000_000n, '2026-03-15', '2026-04-18').capped).toBe(true);
    expect(yuan(1_000_000n, '2026-03-15', '2026-03-15').capped).toBe(false);
  });

  it.each([
    // 3 % of 0.01 yuan is 0.03 fen a day; rounded half up on the total.
    [1n, 1, 0],
    [1n, 16, 0], // 0.48 fen
    [1n, 17, 0.01], // 0.51 fen
    [1n, 33, 0.01], // 0.99 fen → 1 fen: exactly the fine, the cap reached by rounding
    [1n, 34, 0.01], // 1.02 fen → capped at 1 fen
    [50n, 1, 0.02], // 1.5 fen: half up
    [49n, 1, 0.01], // 1.47 fen
    [17n, 1, 0.01], // 0.51 fen
    [16n, 1, 0], // 0.48 fen
    [12345n, 7, 25.92], // 2592.45 fen
    [12345n, 9, 33.33], // 3333.15 fen
    [12367n, 5, 18.55], // 1855.05 fen
  ] as const)('%i fen, %i days late: %d yuan', (fen, days, surchargeYuan) => {
    const paidOn = new Date(Date.UTC(2026, 2, 15 + days)).toISOString().slice(0, 10);
    expect(yuan(fen, '2026-03-15', paidOn)).toMatchObject({ days, surchargeYuan });
  });

  it('reaches the cap exactly when 3 % × days rounds to the fine: 0.01 yuan, 33 days', () => {
    expect(yuan(1n, '2026-03-15', '2026-04-17')).toEqual({ days: 33, surchargeYuan: 0.01, capped: true });
  });

  it('takes amounts as strings or numbers with at most two decimals, and refuses three', () => {
    expect(lateSurchargeInputSchema.parse({ fineYuan: '0.01', dueOn: '2026-03-15', paidOn: '2026-03-16' }).fineYuan).toBe(1n);
    expect(lateSurchargeInputSchema.parse({ fineYuan: 123.45, dueOn: '2026-03-15', paidOn: '2026-03-16' }).fineYuan).toBe(12345n);
    expect(lateSurchargeInputSchema.safeParse({ fineYuan: '0.001', dueOn: '2026-03-15', paidOn: '2026-03-16' }).success).toBe(false);
    expect(lateSurchargeInputSchema.safeParse({ fineYuan: 0, dueOn: '2026-03-15', paidOn: '2026-03-16' }).success).toBe(false);
    expect(lateSurchargeInputSchema.safeParse({ fineYuan: 1, dueOn: '2026-02-30', paidOn: '2026-03-16' }).success).toBe(false);
    expect(MAX_PERIOD_DAYS).toBeGreaterThan(36_000);
  });
});
