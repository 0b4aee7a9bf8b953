import { describe, expect, it } from 'vitest';
import { checkReading, MAX_FUTURE_MS, timestampOf, type SensorForIngest } from './reading-validation.ts';

const sensor: SensorForIngest = { id: 's', num: 1, enterpriseId: 'e1', rangeLow: 0, rangeHigh: 4 };
const now = Date.UTC(2026, 11, 1, 8);
const oldest = now - 90 * 86_400_000;
const check = (input: { ts: unknown; value: unknown; status?: unknown }, s: SensorForIngest | undefined = sensor, enterprise: string | null = 'e1') => checkReading(input, s, enterprise, now, oldest);

describe('checkReading', () => {
  it('accepts ISO and epoch-millisecond timestamps, and flags values outside the range instead of rejecting them', () => {
    expect(check({ ts: '2026-12-01T07:59:00Z', value: 0.5 })).toEqual({ ok: true, reading: { sensor, ts: now - 60_000, value: 0.5, outOfRange: false, status: null } });
    expect(check({ ts: now, value: 4.5, status: 'calibrating' })).toMatchObject({ ok: true, reading: { outOfRange: true, status: 'calibrating' } });
    for (const status of ['ok\u0000', '\ud800', 'a\u0007b', 'x'.repeat(33)]) expect(check({ ts: now, value: 0.5, status })).toMatchObject({ ok: true, reading: { value: 0.5, status: null } });
    expect(check({ ts: now, value: -0.1 })).toMatchObject({ ok: true, reading: { outOfRange: true } });
  });

  it('names every rejection', () => {
    expect(checkReading({ ts: now, value: 1 }, undefined, 'e1', now, oldest)).toEqual({ ok: false, reason: 'unknown_sensor' });
    expect(check({ ts: now, value: 1 }, sensor, 'e2')).toEqual({ ok: false, reason: 'other_enterprise' });
    expect(check({ ts: now, value: '1' })).toEqual({ ok: false, reason: 'not_a_number' });
    expect(check({ ts: now, value: Number.NaN })).toEqual({ ok: false, reason: 'not_a_number' });
    expect(check({ ts: now, value: Number.POSITIVE_INFINITY })).toEqual({ ok: false, reason: 'not_a_number' });
    expect(check({ ts: 'soon', value: 1 })).toEqual({ ok: false, reason: 'invalid_timestamp' });
    expect(check({ ts: now + MAX_FUTURE_MS + 1, value: 1 })).toEqual({ ok: false, reason: 'future_timestamp' });
    expect(check({ ts: now + MAX_FUTURE_MS, value: 1 }).ok).toBe(true);
    expect(check({ ts: oldest - 1, value: 1 })).toEqual({ ok: false, reason: 'too_old' });
  });

  it('lets a source trusted for every enterprise (an external broker) feed any sensor', () => {
    expect(check({ ts: now, value: 1 }, sensor, null).ok).toBe(true);
  });

  it('reads timestamps strictly', () => {
    expect(timestampOf(1.9)).toBe(1);
    expect(timestampOf('2026')).toBeNaN();
    expect(timestampOf(null)).toBeNaN();
  });
});
