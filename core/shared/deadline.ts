import { z } from 'zod';
import { CITY_UTC_OFFSET_MS, cityDayEnd, cityInstant, isCivilDate } from './city-time.ts';

/**
 * Instants and deadlines as the API accepts them (api.md "Conventions": ISO 8601 or epoch milliseconds on input).
 *
 * - An ISO 8601 date-time in extended format: `2026-03-31T17:00:00+08:00`, `…Z`, `…+0800`, `…+08`, with optional
 *   seconds and fraction (digits after milliseconds are dropped). Without an offset the wall-clock time is read
 *   in the city's time zone, Asia/Shanghai — never in the server's own zone.
 * - Epoch milliseconds as a JSON number (a numeric string is refused: `"20260331"` is a basic-format date).
 * - For deadlines only, a bare date `YYYY-MM-DD`: the END of that day in Asia/Shanghai (23:59:59.999 +08:00),
 *   because "整改期限 2026-03-31" leaves the whole of 31 March (hazards issue: "a bare date means the end of that
 *   day in the city's time zone").
 *
 * Calendar dates are checked (2026-02-30 is refused), as are hours 0–23, minutes and seconds 0–59 (no leap
 * second, no 24:00).
 */

export type TimeInput = string | number | Date;
export type TimeParse = { ok: true; value: Date } | { ok: false; message: string };

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|z|[+-]\d{2}(?::?\d{2})?)?)?$/;

const FORMAT_HELP = 'an ISO 8601 date-time such as 2026-03-31T17:00:00+08:00, or epoch milliseconds';
const MAX_EPOCH_MS = 8.64e15;

function offsetMs(offset: string | undefined): number | null {
  if (offset === undefined) return null;
  if (offset === 'Z' || offset === 'z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2)) : 0;
  if (hours > 23 || minutes > 59) return Number.NaN;
  return sign * (hours * 60 + minutes) * 60_000;
}

function parse(input: TimeInput, bareDate: 'end_of_city_day' | 'refuse'): TimeParse {
  const help = bareDate === 'refuse' ? FORMAT_HELP : `${FORMAT_HELP}, or a date YYYY-MM-DD`;
  if (input instanceof Date) {
    return Number.isNaN(input.getTime()) ? { ok: false, message: 'is not a valid date' } : { ok: true, value: input };
  }
  if (typeof input === 'number') {
    if (!Number.isInteger(input) || Math.abs(input) > MAX_EPOCH_MS) {
      return { ok: false, message: 'must be whole epoch milliseconds within the range of a date' };
    }
    return { ok: true, value: new Date(input) };
  }
  if (typeof input !== 'string') return { ok: false, message: `must be ${help}` };
  const m = ISO.exec(input.trim());
  if (!m) return { ok: false, message: `must be ${help}` };
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isCivilDate(year, month, day)) return { ok: false, message: `${m[1]}-${m[2]}-${m[3]} is not a calendar date` };
  const date = { year, month, day };
  if (m[4] === undefined) {
    return bareDate === 'refuse'
      ? { ok: false, message: `must include a time of day: ${FORMAT_HELP}` }
      : { ok: true, value: cityDayEnd(date) };
  }
  const [hour, minute, second] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
  if (hour > 23 || minute > 59 || second > 59) return { ok: false, message: 'has a time of day out of range' };
  const ms = Math.floor(Number(`0.${m[7] ?? '0'}`) * 1000);
  const offset = offsetMs(m[8]);
  if (Number.isNaN(offset)) return { ok: false, message: 'has a UTC offset out of range' };
  const cityWallClock = cityInstant(date, hour, minute, second, ms);
  // The wall clock read as +08:00; with an explicit offset, shift from +08:00 to that offset.
  const value = offset === null ? cityWallClock : new Date(cityWallClock.getTime() + CITY_UTC_OFFSET_MS - offset);
  return { ok: true, value };
}

/** Like `parseInstant`, without throwing. */
export function tryParseInstant(input: TimeInput): TimeParse {
  return parse(input, 'refuse');
}

/** Like `parseDeadline`, without throwing. */
export function tryParseDeadline(input: TimeInput): TimeParse {
  return parse(input, 'end_of_city_day');
}

/**
 * An instant from an ISO 8601 date-time (no offset → Asia/Shanghai wall clock) or epoch milliseconds
 * (api.md "Conventions"). A bare date is refused: for an event such as `foundAt` it has no defined instant.
 * Throws a RangeError whose message completes "<field> …".
 */
export function parseInstant(input: TimeInput): Date {
  const result = tryParseInstant(input);
  if (!result.ok) throw new RangeError(result.message);
  return result.value;
}

/**
 * A deadline: an ISO 8601 date-time, epoch milliseconds, or a bare date `YYYY-MM-DD` meaning the end of that day
 * in Asia/Shanghai, 23:59:59.999 +08:00 (hazards issue, `start_rectification`). A deadline is the last allowed
 * instant: see `isOverdue`. Throws a RangeError whose message completes "<field> …".
 */
export function parseDeadline(input: TimeInput): Date {
  const result = tryParseDeadline(input);
  if (!result.ok) throw new RangeError(result.message);
  return result.value;
}

const timeInput = z.union([z.string(), z.number(), z.date()], { error: `must be ${FORMAT_HELP}` });

/** Request field for an instant (`foundAt`): ISO 8601 date-time or epoch ms → Date. */
export const instantSchema = timeInput
  .transform((input, ctx) => {
    const result = tryParseInstant(input);
    if (result.ok) return result.value;
    ctx.addIssue({ code: 'custom', message: result.message, input });
    return z.NEVER;
  })
  .describe(`ISO 8601 date-time (no offset: Asia/Shanghai) or epoch milliseconds`);

/** Request field for a deadline: ISO 8601 date-time, epoch ms, or `YYYY-MM-DD` = end of that day in Asia/Shanghai. */
export const deadlineSchema = timeInput
  .transform((input, ctx) => {
    const result = tryParseDeadline(input);
    if (result.ok) return result.value;
    ctx.addIssue({ code: 'custom', message: result.message, input });
    return z.NEVER;
  })
  .describe('ISO 8601 date-time (no offset: Asia/Shanghai), epoch milliseconds, or YYYY-MM-DD = 23:59:59.999 +08:00 that day');
