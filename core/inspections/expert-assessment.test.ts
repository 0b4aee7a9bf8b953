import { describe, expect, it } from 'vitest';
import { campaignStatusOn, defaultOutcome, expertFindingSchema, scoreSummary } from './expert-assessment.ts';

describe('expert assessment scores', () => {
  it('sums scores and gives the percentage to one decimal, half up', () => {
    expect(scoreSummary([{ score: 8, maxScore: 10 }, { score: 13, maxScore: 20 }])).toEqual({ score: 21, maxScore: 30, percent: 70 });
    expect(scoreSummary([{ score: 1, maxScore: 3 }])).toEqual({ score: 1, maxScore: 3, percent: 33.3 });
    expect(scoreSummary([{ score: 1, maxScore: 16 }])).toEqual({ score: 1, maxScore: 16, percent: 6.3 });
  });

  it('refuses a score above the item’s maximum or below zero', () => {
    expect(expertFindingSchema.safeParse({ item: 'x', score: 11, maxScore: 10 }).success).toBe(false);
    expect(expertFindingSchema.safeParse({ item: 'x', score: -1, maxScore: 10 }).success).toBe(false);
  });
});

describe('expert campaigns and findings', () => {
  it('are upcoming before the start date, active through the end date, ended after', () => {
    const c = { startDate: '2026-12-10', endDate: '2026-12-31' };
    expect(campaignStatusOn(c, '2026-12-09')).toBe('upcoming');
    expect(campaignStatusOn(c, '2026-12-10')).toBe('active');
    expect(campaignStatusOn(c, '2026-12-31')).toBe('active');
    expect(campaignStatusOn(c, '2027-01-01')).toBe('ended');
    expect(campaignStatusOn({ startDate: null, endDate: null }, '2030-01-01')).toBe('active');
  });

  it('need an item or a checklist item code, and count a short score as a problem unless told', () => {
    expect(expertFindingSchema.safeParse({ score: 1, maxScore: 2 }).error?.issues[0]?.path).toEqual(['item']);
    expect(expertFindingSchema.safeParse({ itemCode: 'GEN-01', score: 1, maxScore: 2 }).success).toBe(true);
    expect(defaultOutcome({ score: 9, maxScore: 10 })).toBe('fail');
    expect(defaultOutcome({ score: 10, maxScore: 10 })).toBe('pass');
  });
});
