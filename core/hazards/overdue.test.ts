import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../shared/deadline.ts';
import {
  DEFAULT_ESCALATION_LADDER,
  escalationLadderSchema,
  escalationStepsDue,
  isOverdue,
  type EscalationTarget,
} from './overdue.ts';

const deadline = parseDeadline('2026-03-31');
const at = (offsetMs: number) => new Date(deadline.getTime() + offsetMs);
const DAY = 86_400_000;

describe('isOverdue', () => {
  it.each([
    ['rectifying', -1, false],
    ['rectifying', 0, false],
    ['rectifying', 1, true],
    ['reported', 1, true],
    ['pending_review', 1, true],
    ['closed', 1, false],
    ['closed', 365 * DAY, false],
  ] as const)('a %s hazard %i ms after its deadline: %s', (status, offset, overdue) => {
    expect(isOverdue({ status, deadline }, at(offset))).toBe(overdue);
  });

  it('is false without a deadline', () => {
    expect(isOverdue({ status: 'rectifying' }, at(DAY))).toBe(false);
    expect(isOverdue({ status: 'rectifying', deadline: null }, at(DAY))).toBe(false);
  });

  it('turns true at 00:00:00.000 +08:00 the day after a bare-date deadline', () => {
    expect(isOverdue({ status: 'rectifying', deadline }, new Date('2026-03-31T23:59:59.999+08:00'))).toBe(false);
    expect(isOverdue({ status: 'rectifying', deadline }, new Date('2026-04-01T00:00:00.000+08:00'))).toBe(true);
  });
});

describe('escalationStepsDue', () => {
  const targets = (offset: number, already: EscalationTarget[] = []) =>
    escalationStepsDue(deadline, at(offset), already).map((s) => s.target);

  it.each([
    [0, []],
    [1, ['enterprise_principal']],
    [DAY, ['enterprise_principal']],
    [DAY + 1, ['enterprise_principal', 'supervising_department']],
    [3 * DAY, ['enterprise_principal', 'supervising_department']],
    [3 * DAY + 1, ['enterprise_principal', 'supervising_department', 'district']],
    [7 * DAY, ['enterprise_principal', 'supervising_department', 'district']],
    [7 * DAY + 1, ['enterprise_principal', 'supervising_department', 'district', 'city']],
  ])('with the default ladder, %i ms overdue fires %j', (offset, expected) => {
    expect(targets(offset)).toEqual(expected);
  });

  it('leaves out what was already notified, so a second run fires nothing', () => {
    const first = targets(2 * DAY);
    expect(targets(2 * DAY, first)).toEqual([]);
    expect(targets(4 * DAY, first)).toEqual(['district']);
  });

  it('follows a configured ladder', () => {
    const ladder = escalationLadderSchema.parse([
      { target: 'supervising_department', afterDays: 0.5 },
      { target: 'city', afterDays: 2 },
    ]);
    expect(escalationStepsDue(deadline, at(DAY / 2), [], ladder)).toEqual([]);
    expect(escalationStepsDue(deadline, at(DAY / 2 + 1), [], ladder).map((s) => s.target)).toEqual(['supervising_department']);
  });

  it('accepts the default ladder and refuses repeated targets or decreasing delays', () => {
    expect(escalationLadderSchema.safeParse(DEFAULT_ESCALATION_LADDER).success).toBe(true);
    const repeated = escalationLadderSchema.safeParse([{ target: 'city', afterDays: 0 }, { target: 'city', afterDays: 1 }]);
    expect(repeated.error?.issues.map((i) => i.path.join('.'))).toEqual(['1.target']);
    const decreasing = escalationLadderSchema.safeParse([{ target: 'city', afterDays: 2 }, { target: 'district', afterDays: 1 }]);
    expect(decreasing.error?.issues.map((i) => i.path.join('.'))).toEqual(['1.afterDays']);
    expect(escalationLadderSchema.safeParse([{ target: 'city', afterDays: -1 }]).success).toBe(false);
  });
});
