import { describe, expect, it } from 'vitest';
import { deadlineSchema, instantSchema, parseDeadline, parseInstant, tryParseDeadline } from './deadline.ts';

describe('parseDeadline', () => {
  it.each([
    ['2026-03-31', '2026-03-31T15:59:59.999Z'],
    ['2026-12-31', '2026-12-31T15:59:59.999Z'],
    ['2024-02-29', '2024-02-29T15:59:59.999Z'],
    ['2026-01-01', '2026-01-01T15:59:59.999Z'],
    // Summer: no daylight saving time in China, still +08:00.
    ['2026-07-15', '2026-07-15T15:59:59.999Z'],
  ])('reads the bare date %s as the end of that day in Asia/Shanghai', (input, iso) => {
    expect(parseDeadline(input).toISOString()).toBe(iso);
  });

  it.each([
    ['2026-03-31T17:00:00+08:00', '2026-03-31T09:00:00.000Z'],
    ['2026-03-31T17:00:00Z', '2026-03-31T17:00:00.000Z'],
    ['2026-03-31T17:00:00z', '2026-03-31T17:00:00.000Z'],
    ['2026-03-31T17:00:00-05:30', '2026-03-31T22:30:00.000Z'],
    ['2026-03-31T17:00:00+0800', '2026-03-31T09:00:00.000Z'],
    ['2026-03-31T17:00:00+08', '2026-03-31T09:00:00.000Z'],
    ['2026-03-31T17:00+08:00', '2026-03-31T09:00:00.000Z'],
    ['2026-03-31T17:00:00.5+08:00', '2026-03-31T09:00:00.500Z'],
    ['2026-03-31T17:00:00.123456789Z', '2026-03-31T17:00:00.123Z'],
    ['2026-03-31T23:59:59.999+08:00', '2026-03-31T15:59:59.999Z'],
    ['2026-04-01T00:00:00+08:00', '2026-03-31T16:00:00.000Z'],
    // No offset: the wall clock in Asia/Shanghai, whatever the server's zone.
    ['2026-03-31T17:00:00', '2026-03-31T09:00:00.000Z'],
    ['2026-03-31t17:00', '2026-03-31T09:00:00.000Z'],
  ])('reads the date-time %s', (input, iso) => {
    expect(parseDeadline(input).toISOString()).toBe(iso);
  });

  it('accepts epoch milliseconds and Date objects', () => {
    expect(parseDeadline(1_774_944_000_000).toISOString()).toBe('2026-03-31T08:00:00.000Z');
    const d = new Date('2026-03-31T08:00:00Z');
    expect(parseDeadline(d)).toEqual(d);
  });

  it.each([
    ['2026-02-29', 'is not a calendar date'],
    ['2026-13-01', 'is not a calendar date'],
    ['2026-04-31', 'is not a calendar date'],
    ['2026-03-00', 'is not a calendar date'],
    ['2026-03-31T24:00:00+08:00', 'out of range'],
    ['2026-03-31T23:60:00+08:00', 'out of range'],
    ['2026-03-31T23:59:60+08:00', 'out of range'],
    ['2026-03-31T17:00:00+24:00', 'UTC offset out of range'],
    ['2026-3-31', 'must be'],
    ['31/03/2026', 'must be'],
    ['20260331', 'must be'],
    ['2026-03-31 17:00:00', 'must be'],
    ['tomorrow', 'must be'],
    ['', 'must be'],
  ])('refuses %j', (input, message) => {
    const result = tryParseDeadline(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(message);
    expect(() => parseDeadline(input)).toThrow(RangeError);
  });

  it.each([[1.5], [Number.NaN], [Number.POSITIVE_INFINITY], [9e15]])('refuses the number %s', (input) => {
    expect(tryParseDeadline(input).ok).toBe(false);
  });

  it('refuses an invalid Date', () => {
    expect(tryParseDeadline(new Date(Number.NaN)).ok).toBe(false);
  });
});

describe('parseInstant', () => {
  it('refuses a bare date, which has no defined instant for an event', () => {
    expect(() => parseInstant('2026-03-31')).toThrow('must include a time of day');
  });

  it('reads date-times and epoch milliseconds like parseDeadline', () => {
    expect(parseInstant('2026-03-31T17:00:00+08:00').toISOString()).toBe('2026-03-31T09:00:00.000Z');
    expect(parseInstant(0).toISOString()).toBe('1970-01-01T00:00:00.000Z');
  });
});

describe('deadlineSchema and instantSchema', () => {
  it('turn input into Dates', () => {
    expect(deadlineSchema.parse('2026-03-31').toISOString()).toBe('2026-03-31T15:59:59.999Z');
    expect(instantSchema.parse(1_774_944_000_000).toISOString()).toBe('2026-03-31T08:00:00.000Z');
  });

  it('report the problem as a message at the field path', () => {
    const result = deadlineSchema.safeParse('2026-02-30');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('2026-02-30 is not a calendar date');
  });

  it('refuse other JSON types', () => {
    expect(instantSchema.safeParse(true).success).toBe(false);
    expect(deadlineSchema.safeParse(null).success).toBe(false);
  });
});
