import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { endOfCityDay, formatCityTime, instantOfCityWallClock, toCityDateTime } from './hazard-time.ts';

describe('hazard times in the city (Asia/Shanghai)', () => {
  it('shows an instant on the city’s clock', () => {
    expect(formatCityTime('2026-03-31T15:59:59.999Z')).toBe('2026-03-31 23:59');
    expect(formatCityTime('2026-03-31T16:00:00Z', true)).toBe('2026-04-01 00:00:00');
    expect(formatCityTime(null)).toBe('');
  });

  it('reads a picker’s wall clock as city time', () => {
    const picked = dayjs('2026-03-31 17:00');
    expect(instantOfCityWallClock(picked).toISOString()).toBe('2026-03-31T09:00:00.000Z');
    expect(toCityDateTime(picked)).toBe('2026-03-31T17:00:00+08:00');
  });

  it('ends a city day at 23:59:59.999 +08:00, as a bare date deadline does', () => {
    expect(endOfCityDay(dayjs('2026-03-31 08:00')).toISOString()).toBe('2026-03-31T15:59:59.999Z');
  });
});
