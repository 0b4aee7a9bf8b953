import { describe, expect, it } from 'vitest';
import { cityToday, planDates, planWindow } from './plan-window.ts';

describe('plan windows', () => {
  it('run from the start date’s first instant to the end of the end date, in Asia/Shanghai', () => {
    const w = planWindow('2026-12-01', '2026-12-31');
    expect(w).toEqual({ startsAt: new Date('2026-11-30T16:00:00Z'), endsAt: new Date('2026-12-31T16:00:00Z') });
    expect(planDates(w)).toEqual({ startDate: '2026-12-01', endDate: '2026-12-31' });
  });

  it('say what day it is in the city, not on the server', () => {
    expect(cityToday(new Date('2026-12-01T16:30:00Z'))).toBe('2026-12-02');
  });
});
