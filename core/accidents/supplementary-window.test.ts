import { describe, expect, it } from 'vitest';
import { isWithinWindow, supplementaryWindowEndsAt } from './supplementary-window.ts';

const plain = { isRoadTraffic: false, isFire: false };

describe('supplementary window (493号令 Art. 13, day 0 = the accident’s day)', () => {
  it('closes at 24:00 of day 30', () => {
    expect(supplementaryWindowEndsAt(new Date('2024-05-01T08:00:00+08:00'), plain).toISOString()).toBe(new Date('2024-05-31T23:59:59.999+08:00').toISOString());
  });

  it('closes at 24:00 of day 7 for road traffic and for fire', () => {
    const end = new Date('2024-05-08T23:59:59.999+08:00').toISOString();
    expect(supplementaryWindowEndsAt(new Date('2024-05-01T23:30:00+08:00'), { isRoadTraffic: true, isFire: false }).toISOString()).toBe(end);
    expect(supplementaryWindowEndsAt(new Date('2024-05-01T00:00:00+08:00'), { isRoadTraffic: false, isFire: true }).toISOString()).toBe(end);
  });

  it('counts the city day, not the UTC day', () => {
    // 2024-05-01 01:00 +08:00 is still 30 April in UTC.
    expect(supplementaryWindowEndsAt(new Date('2024-05-01T01:00:00+08:00'), plain).toISOString()).toBe(new Date('2024-05-31T23:59:59.999+08:00').toISOString());
  });

  it('includes the last instant and excludes the next', () => {
    const end = supplementaryWindowEndsAt(new Date('2024-05-01T08:00:00+08:00'), plain);
    expect(isWithinWindow(end, end)).toBe(true);
    expect(isWithinWindow(new Date(end.getTime() + 1), end)).toBe(false);
  });
});
