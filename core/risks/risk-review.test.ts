import { describe, expect, it } from 'vitest';
import { CHECK_INTERVAL_DAYS, guarantorViews, nextCheckDue } from '../major-hazards/major-hazard-source.schema.ts';
import { nextReviewDate, RISK_REVIEW_INTERVAL_MONTHS } from './risk-review.ts';

describe('the next review of a risk point (core/risks/risk-review.ts)', () => {
  it('falls 12 calendar months after the review', () => {
    expect(RISK_REVIEW_INTERVAL_MONTHS).toBe(12);
    expect(nextReviewDate('2026-12-03')).toBe('2027-12-03');
    expect(nextReviewDate('2026-01-01')).toBe('2027-01-01');
  });

  it('takes the month’s last day when the month has no such day', () => {
    expect(nextReviewDate('2028-02-29')).toBe('2029-02-28');
    expect(nextReviewDate('2026-03-31', 1)).toBe('2026-04-30');
    expect(nextReviewDate('2026-12-31', 2)).toBe('2027-02-28');
  });

  it('refuses what is not a date', () => {
    expect(() => nextReviewDate('2026-02-30')).toThrow(/not a civil date/);
  });
});

describe('the next 包保 check (core/major-hazards CHECK_INTERVAL_DAYS)', () => {
  const at = new Date('2026-12-01T09:00:00+08:00');

  it('is due 92 / 31 / 7 days after the last check of the 主要 / 技术 / 操作负责人', () => {
    expect(nextCheckDue('principal', at).toISOString()).toBe('2027-03-03T01:00:00.000Z');
    expect(nextCheckDue('technical', at).toISOString()).toBe('2027-01-01T01:00:00.000Z');
    expect(nextCheckDue('operational', at).toISOString()).toBe('2026-12-08T01:00:00.000Z');
    expect(CHECK_INTERVAL_DAYS).toEqual({ principal: 92, technical: 31, operational: 7 });
  });

  it('is overdue only once the due instant has passed, counting from the assignment of a new person', () => {
    const stored = {
      principal: { name: '王总', lastCheckedAt: null },
      technical: { name: '李工', lastCheckedAt: null, assignedAt: '2026-12-05T00:00:00.000Z' },
      operational: { name: '赵班长', lastCheckedAt: at.toISOString() },
    };
    const due = nextCheckDue('operational', at);
    const views = (now: Date) => guarantorViews(stored, new Date('2026-11-01T00:00:00Z'), now).filter((g) => g.overdue).map((g) => g.role);
    expect(views(due)).toEqual([]);
    expect(views(new Date(due.getTime() + 1))).toEqual(['operational']);
    // 李工 was assigned on 5 December: due 31 days later, although the source is older than that.
    expect(views(new Date('2027-01-05T00:00:00Z'))).toEqual(['operational']);
    expect(views(new Date('2027-01-05T00:00:01Z'))).toEqual(['technical', 'operational']);
    expect(views(new Date('2027-02-01T00:00:01Z'))).toEqual(['principal', 'technical', 'operational']);
  });
});
