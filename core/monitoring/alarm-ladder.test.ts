import { describe, expect, it } from 'vitest';
import { alarmLadderSchema, DEFAULT_ALARM_LADDER, ladderStepsDue, reminderDue } from './alarm-ladder.ts';
import { alarmsBlockingClosure, powerOffTooLong, repeatsReached } from './hazard-bridge.ts';

const opened = new Date('2026-12-01T00:00:00Z');
const at = (minutes: number) => new Date(opened.getTime() + minutes * 60_000);

describe('alarm ladder', () => {
  it.each([
    [0, ['enterprise']],
    [9.99, ['enterprise']],
    [10, ['enterprise', 'department']],
    [30, ['enterprise', 'department', 'city']],
  ])('at +%s min: %j', (minutes, targets) => {
    expect(ladderStepsDue(opened, at(minutes), []).map((s) => s.target)).toEqual(targets);
  });
  it('leaves out the steps done', () => {
    expect(ladderStepsDue(opened, at(31), ['enterprise', 'department']).map((s) => s.target)).toEqual(['city']);
  });
  it('reminders every 5 minutes from the last one', () => {
    expect(reminderDue(opened, null, at(4.99))).toBe(false);
    expect(reminderDue(opened, null, at(5))).toBe(true);
    expect(reminderDue(opened, at(5), at(9.99))).toBe(false);
    expect(reminderDue(opened, at(5), at(10))).toBe(true);
    expect(reminderDue(opened, null, at(60), { ...DEFAULT_ALARM_LADDER, reminderEveryMinutes: 0 })).toBe(false);
  });
  it('validates a configured ladder', () => {
    expect(alarmLadderSchema.safeParse(DEFAULT_ALARM_LADDER).success).toBe(true);
    expect(alarmLadderSchema.safeParse({ steps: [{ target: 'city', afterMinutes: 5 }, { target: 'city', afterMinutes: 6 }], reminderEveryMinutes: 5 }).success).toBe(false);
    expect(alarmLadderSchema.safeParse({ steps: [{ target: 'enterprise', afterMinutes: 5 }, { target: 'city', afterMinutes: 1 }], reminderEveryMinutes: 5 }).success).toBe(false);
  });
});

describe('hazard bridge rules', () => {
  it('a power-off lasting strictly longer than N minutes', () => {
    expect(powerOffTooLong({ powerOffMinutes: 10 }, opened, at(10))).toBe(false);
    expect(powerOffTooLong({ powerOffMinutes: 10 }, opened, at(10.001))).toBe(true);
    expect(powerOffTooLong({ repeatsPerDay: 3 }, opened, at(100))).toBe(false);
    expect(powerOffTooLong(null, opened, at(100))).toBe(false);
  });
  it('the M-th alarm in 24 hours', () => {
    expect(repeatsReached({ repeatsPerDay: 3 }, 2)).toBe(false);
    expect(repeatsReached({ repeatsPerDay: 3 }, 3)).toBe(true);
    expect(repeatsReached({ powerOffMinutes: 3 }, 30)).toBe(false);
  });
  it('closure is blocked by active or acknowledged alarms only', () => {
    expect(alarmsBlockingClosure([{ id: 'a', status: 'active' }, { id: 'b', status: 'acknowledged' }, { id: 'c', status: 'cleared' }])).toEqual(['a', 'b']);
  });
});
