import { describe, expect, it } from 'vitest';
import { expertFindingSchema, scoreSummary } from './expert-assessment.ts';

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
