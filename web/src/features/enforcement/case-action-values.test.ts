import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { bodyOf } from './case-action-values.ts';
import { fenOfYuan, yuanOfFen } from './use-penalty-cases.query.ts';

describe('money typed in yuan', () => {
  it.each([
    ['0.01', 1],
    ['1', 100],
    ['1.5', 150],
    ['150000.00', 15_000_000],
    ['0.1', 10],
    ['1.005', undefined],
    ['-1', undefined],
    ['', undefined],
  ])('%s yuan → %s fen, exactly', (text, fen) => {
    expect(fenOfYuan(text)).toBe(fen);
  });

  it('writes fen back as yuan with two decimals', () => {
    expect(yuanOfFen(15_000_001)).toBe('150000.01');
  });
});

describe('the body of an action', () => {
  it('names the date by the action and the penalty proposed in a notice', () => {
    const body = bodyOf('serve_notice', { date: dayjs('2026-03-02'), facts: '逾期未改正', penalty: { tier: 'general', unitFineYuan: 120000, persons: [] } });
    expect(body).toEqual({ servedOn: '2026-03-02', facts: '逾期未改正', proposed: { tier: 'general', unitFineYuan: 120000, persons: [] } });
  });

  it('keeps a reason only with its kind, and a decision’s penalty as penalty', () => {
    const body = bodyOf('decide', { date: dayjs('2026-03-10'), penalty: { tier: 'general', unitFineYuan: null, reason: '无', persons: [{ name: '张三', fineYuan: 30000 }] } });
    expect(body).toMatchObject({ decidedOn: '2026-03-10', penalty: { tier: 'general', unitFineYuan: null, persons: [{ name: '张三', fineYuan: 30000 }] } });
    expect((body['penalty'] as Record<string, unknown>)['reason']).toBeUndefined();
  });

  it('turns payments typed in yuan into fen', () => {
    expect(bodyOf('record_payment', { date: dayjs('2026-03-16'), amountYuan: '145000.5' })).toEqual({ paidOn: '2026-03-16', amountFen: 14_500_050 });
  });
});
