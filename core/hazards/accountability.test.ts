import { describe, expect, it } from 'vitest';
import {
  accountabilityThresholdsSchema,
  assessInvestigation,
  countRepeatHazards,
  findRepeatOf,
  rankUnits,
  type ChecklistFinding,
  type UnitStatistics,
} from './accountability.ts';

const unit = (unitId: string, s: Partial<UnitStatistics> = {}): UnitStatistics => ({
  unitId,
  tasksDue: 10,
  tasksDone: 10,
  hazardsFound: 5,
  hazardsClosed: 5,
  closedOnTime: 5,
  overdueNow: 0,
  openMajor: 0,
  overdueMajor: 0,
  repeatHazards: 0,
  ...s,
});

const codes = (s: Partial<UnitStatistics>) => assessInvestigation(unit('u', s)).reasons.map((r) => r.code);

describe('assessInvestigation (排查不力)', () => {
  it.each([
    [8999, 10_000, true],
    [9000, 10_000, false],
    [8, 9, true],
    [9, 10, false],
    [89, 100, true],
    [27, 30, false],
    [0, 0, false],
    [0, 1, true],
  ])('flags completion %i of %i: %s', (done, due, flagged) => {
    expect(codes({ tasksDone: done, tasksDue: due }).includes('low_completion')).toBe(flagged);
  });

  it.each([
    [7999, 10_000, true],
    [8000, 10_000, false],
    [4, 5, false],
    [3, 4, true],
    [0, 0, false],
  ])('flags on-time closure %i of %i: %s', (onTime, closed, flagged) => {
    expect(codes({ closedOnTime: onTime, hazardsClosed: closed }).includes('low_on_time')).toBe(flagged);
  });

  it.each([
    [0, false],
    [1, true],
  ])('flags %i overdue major hazards: %s', (n, flagged) => {
    expect(codes({ overdueMajor: n, overdueNow: n }).includes('major_overdue')).toBe(flagged);
  });

  it('gives every reason, with readable figures', () => {
    const a = assessInvestigation(unit('u', { tasksDone: 8999, tasksDue: 10_000, closedOnTime: 1, hazardsClosed: 3, overdueMajor: 2 }));
    expect(a.flagged).toBe(true);
    expect(a.reasons.map((r) => r.message)).toEqual([
      'task completion 89.99 % is below 90 %',
      'on-time closure 33.33 % is below 80 %',
      '2 major hazard(s) overdue',
    ]);
    expect(a.completionRate).toBeCloseTo(0.8999);
  });

  it('follows configured thresholds, with two-decimal percentages exact', () => {
    const t = accountabilityThresholdsSchema.parse({ minCompletionPercent: 87.5, minOnTimePercent: 0, flagOverdueMajor: false });
    expect(assessInvestigation(unit('u', { tasksDone: 7, tasksDue: 8, overdueMajor: 1 }), t).flagged).toBe(false);
    expect(assessInvestigation(unit('u', { tasksDone: 6, tasksDue: 8 }), t).flagged).toBe(true);
    expect(accountabilityThresholdsSchema.safeParse({ ...t, minCompletionPercent: 90.001 }).success).toBe(false);
    expect(accountabilityThresholdsSchema.safeParse({ ...t, minOnTimePercent: 101 }).success).toBe(false);
  });

  it('has null rates where they do not apply', () => {
    const a = assessInvestigation(unit('u', { tasksDue: 0, tasksDone: 0, hazardsClosed: 0, closedOnTime: 0 }));
    expect([a.completionRate, a.onTimeRate, a.flagged]).toEqual([null, null, false]);
  });
});

describe('rankUnits', () => {
  it('puts flagged units first, worst first, and lets equal units share a rank', () => {
    const ranked = rankUnits([
      unit('good-b'),
      unit('bad-completion', { tasksDone: 5 }),
      unit('good-a'),
      unit('bad-two-reasons', { tasksDone: 8, overdueMajor: 1, overdueNow: 1 }),
      unit('overdue-general', { overdueNow: 3 }),
      unit('bad-completion-worse', { tasksDone: 2 }),
    ]);
    expect(ranked.map((r) => [r.rank, r.unitId])).toEqual([
      [1, 'bad-two-reasons'],
      [2, 'bad-completion-worse'],
      [3, 'bad-completion'],
      [4, 'overdue-general'],
      [5, 'good-a'],
      [5, 'good-b'],
    ]);
  });

  it('returns an empty list for no units', () => {
    expect(rankUnits([])).toEqual([]);
  });
});

describe('findRepeatOf (same checklist item again within 90 days)', () => {
  const found = (iso: string, extra: Partial<ChecklistFinding> = {}): ChecklistFinding => ({
    enterpriseId: 'e1',
    checklistItemId: 'GM23-11-03',
    foundAt: new Date(iso),
    ...extra,
  });
  const first = found('2026-03-01T09:00:00+08:00');

  it.each([
    ['day 0, later the same day', '2026-03-01T17:00:00+08:00', true],
    ['day 89', '2026-05-29T09:00:00+08:00', true],
    ['day 90 at 23:59 (inclusive)', '2026-05-30T23:59:59.999+08:00', true],
    ['day 91 at 00:00', '2026-05-31T00:00:00+08:00', false],
    ['the same instant', '2026-03-01T09:00:00+08:00', false],
    ['before the first finding', '2026-02-28T09:00:00+08:00', false],
  ])('a failure on %s is a repeat: %s', (_label, iso, repeat) => {
    expect(findRepeatOf(found(iso), [first]) !== null).toBe(repeat);
  });

  it('needs the same enterprise and the same item', () => {
    expect(findRepeatOf(found('2026-03-10T09:00:00+08:00', { enterpriseId: 'e2' }), [first])).toBeNull();
    expect(findRepeatOf(found('2026-03-10T09:00:00+08:00', { checklistItemId: 'GM23-11-04' }), [first])).toBeNull();
    expect(findRepeatOf(found('2026-03-10T09:00:00+08:00', { checklistItemId: undefined }), [{ ...first, checklistItemId: undefined }])).toBeNull();
  });

  it('returns the latest earlier failure and honours a configured window', () => {
    const second = found('2026-04-01T09:00:00+08:00');
    expect(findRepeatOf(found('2026-04-10T09:00:00+08:00'), [second, first])).toBe(second);
    expect(findRepeatOf(found('2026-03-08T09:00:00+08:00'), [first], 7)).toBe(first);
    expect(findRepeatOf(found('2026-03-09T09:00:00+08:00'), [first], 7)).toBeNull();
  });

  it('counts the repeats of a list as findRepeatOf does, one by one', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const findings = Array.from({ length: 300 }, () =>
      found(new Date(Date.UTC(2026, 0, 1) + Math.floor(random() * 400) * 43_200_000).toISOString(), {
        enterpriseId: `e${Math.floor(random() * 3)}`,
        checklistItemId: random() < 0.1 ? null : `item-${Math.floor(random() * 4)}`,
      }),
    );
    const oneByOne = findings.filter((f) => findRepeatOf(f, findings) !== null).length;
    expect(countRepeatHazards(findings)).toBe(oneByOne);
    expect(oneByOne).toBeGreaterThan(0);
  });
});
