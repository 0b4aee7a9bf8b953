import { describe, expect, it } from 'vitest';
import { periodsToGenerate, tasksToGenerate, hasPeriodsLeft, type PlanSchedule } from './task-generation.ts';

const at = (iso: string) => new Date(iso);
const plan = (over: Partial<PlanSchedule> = {}): PlanSchedule => {
  const startsAt = over.startsAt ?? at('2026-12-02T00:00:00+08:00'); // a Wednesday
  return { frequency: 'daily', startsAt, endsAt: at('2026-12-31T00:00:00+08:00'), nextPeriodAt: startsAt, ...over };
};
const starts = (p: PlanSchedule, now: string) => periodsToGenerate(p, at(now)).map((w) => w.start.toISOString());

describe('periodsToGenerate', () => {
  it('gives nothing before the plan starts', () => {
    expect(starts(plan(), '2026-12-01T23:59:59.999+08:00')).toEqual([]);
  });

  it('gives the first day from its first instant, in Asia/Shanghai', () => {
    expect(starts(plan(), '2026-12-02T00:00:00+08:00')).toEqual(['2026-12-01T16:00:00.000Z']);
  });

  it('gives every started day not yet generated, then nothing until the next day starts', () => {
    const p = plan();
    const first = tasksToGenerate(p, ['e'], at('2026-12-04T09:00:00+08:00'));
    expect(first.periods).toHaveLength(3);
    expect(first.nextPeriodAt.toISOString()).toBe('2026-12-04T16:00:00.000Z');
    const again = { ...p, nextPeriodAt: first.nextPeriodAt };
    expect(starts(again, '2026-12-04T23:59:59.999+08:00')).toEqual([]);
    expect(starts(again, '2026-12-05T00:00:00+08:00')).toEqual(['2026-12-04T16:00:00.000Z']);
  });

  it('stops at the end date however late it runs', () => {
    const p = plan({ endsAt: at('2026-12-05T00:00:00+08:00') });
    const { periods, nextPeriodAt } = tasksToGenerate(p, ['e'], at('2027-06-01T00:00:00+08:00'));
    expect(periods.map((w) => w.dueAt.toISOString())).toEqual([
      '2026-12-02T15:59:59.999Z',
      '2026-12-03T15:59:59.999Z',
      '2026-12-04T15:59:59.999Z',
    ]);
    expect(hasPeriodsLeft({ endsAt: p.endsAt, nextPeriodAt })).toBe(false);
  });

  it('gives a weekly plan starting on a Wednesday the whole week from Monday, due Sunday night', () => {
    const [week] = periodsToGenerate(plan({ frequency: 'weekly' }), at('2026-12-02T08:00:00+08:00'));
    expect(week).toEqual({
      start: at('2026-11-30T00:00:00+08:00'),
      end: at('2026-12-07T00:00:00+08:00'),
      dueAt: at('2026-12-06T23:59:59.999+08:00'),
    });
  });

  it('gives quarters that start in January, April, July and October', () => {
    const p = plan({ frequency: 'quarterly', startsAt: at('2027-02-10T00:00:00+08:00'), endsAt: at('2028-01-01T00:00:00+08:00'), nextPeriodAt: at('2027-02-10T00:00:00+08:00') });
    expect(periodsToGenerate(p, at('2027-12-31T12:00:00+08:00')).map((w) => w.start)).toEqual(
      ['2027-01-01', '2027-04-01', '2027-07-01', '2027-10-01'].map((d) => at(`${d}T00:00:00+08:00`)),
    );
  });

  it('lets the last monthly period run past the end date', () => {
    const p = plan({ frequency: 'monthly', endsAt: at('2027-01-16T00:00:00+08:00') });
    const periods = periodsToGenerate(p, at('2027-03-01T00:00:00+08:00'));
    expect(periods.map((w) => w.dueAt.toISOString())).toEqual(['2026-12-31T15:59:59.999Z', '2027-01-31T15:59:59.999Z']);
  });
});

describe('tasksToGenerate', () => {
  it('makes one task per enterprise per period', () => {
    const { tasks } = tasksToGenerate(plan(), ['a', 'b'], at('2026-12-03T10:00:00+08:00'));
    expect(tasks.map((t) => `${t.enterpriseId}@${t.periodStart.toISOString()}`)).toEqual([
      'a@2026-12-01T16:00:00.000Z',
      'b@2026-12-01T16:00:00.000Z',
      'a@2026-12-02T16:00:00.000Z',
      'b@2026-12-02T16:00:00.000Z',
    ]);
  });

  it('keeps nextPeriodAt when nothing is due', () => {
    const p = plan();
    expect(tasksToGenerate(p, ['a'], at('2026-11-01T00:00:00+08:00'))).toEqual({ tasks: [], periods: [], nextPeriodAt: p.nextPeriodAt });
  });
});
