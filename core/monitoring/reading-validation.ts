import { textProblem } from '../shared/text.ts';
import { z } from 'zod';

/**
 * Checks of one incoming reading (issue 4 "Ingestion"): what is rejected, and why, before anything is written.
 * Pure: the sensor lookup and the clock are passed in.
 */

/** Readings more than this far ahead of the platform's clock are rejected (device clocks drift; issue 4). */
export const MAX_FUTURE_MS = 5 * 60_000;

/** Most readings in one HTTP request (issue 4); more is answered 413. */
export const MAX_READINGS_PER_REQUEST = 10_000;

export const rejectionReasonSchema = z.enum([
  'invalid_reading',
  'unknown_sensor',
  'other_enterprise',
  'not_a_number',
  'invalid_timestamp',
  'future_timestamp',
  'too_old',
  'wrong_topic',
  'malformed_payload',
  'rate_limited',
]);
export type RejectionReason = z.infer<typeof rejectionReasonSchema>;

export interface SensorForIngest {
  id: string;
  num: number;
  enterpriseId: string;
  rangeLow: number | null;
  rangeHigh: number | null;
}

export interface AcceptedReading {
  sensor: SensorForIngest;
  ts: number;
  value: number;
  outOfRange: boolean;
  status: string | null;
}

export type ReadingCheck = { ok: true; reading: AcceptedReading } | { ok: false; reason: RejectionReason };

/** ISO-8601 text or epoch milliseconds → epoch milliseconds, or NaN. */
export function timestampOf(ts: unknown): number {
  if (typeof ts === 'number') return Number.isFinite(ts) ? Math.trunc(ts) : Number.NaN;
  if (typeof ts === 'string' && ts.length >= 10 && ts.length <= 40) return Date.parse(ts);
  return Number.NaN;
}

export const isOutOfRange = (s: Pick<SensorForIngest, 'rangeLow' | 'rangeHigh'>, value: number) =>
  (s.rangeLow !== null && value < s.rangeLow) || (s.rangeHigh !== null && value > s.rangeHigh);

/**
 * One reading from a device of `enterpriseId` (null: a source trusted for every enterprise, the external broker,
 * which authenticates devices itself): `sensor` is the looked-up sensor of its code (undefined: none).
 * Values outside the sensor's range are accepted and flagged (they raise `sensor_fault` downstream).
 */
export function checkReading(
  input: { ts: unknown; value: unknown; status?: unknown },
  sensor: SensorForIngest | undefined,
  enterpriseId: string | null,
  now: number,
  oldestMs: number,
): ReadingCheck {
  if (!sensor) return { ok: false, reason: 'unknown_sensor' };
  if (enterpriseId !== null && sensor.enterpriseId !== enterpriseId) return { ok: false, reason: 'other_enterprise' };
  const value = input.value;
  if (typeof value !== 'number' || !Number.isFinite(value)) return { ok: false, reason: 'not_a_number' };
  const ts = timestampOf(input.ts);
  if (Number.isNaN(ts)) return { ok: false, reason: 'invalid_timestamp' };
  if (ts > now + MAX_FUTURE_MS) return { ok: false, reason: 'future_timestamp' };
  if (ts < oldestMs) return { ok: false, reason: 'too_old' };
  // The status is a device's free note: one that could not be stored (too long, control characters, a NUL or a
  // lone surrogate from an MQTT payload no schema checked) is dropped; the reading itself is kept and judged.
  const status = typeof input.status === 'string' && input.status.length <= 32 && textProblem(input.status) === undefined ? input.status : null;
  return { ok: true, reading: { sensor, ts, value, outOfRange: isOutOfRange(sensor, value), status } };
}

/** Retention of stored readings, in days ([L] configuration: ANQUAN_READINGS_RETENTION_DAYS, …). */
export interface RetentionDays {
  raw: number;
  rollups: number;
}
export const DEFAULT_RETENTION_DAYS: RetentionDays = { raw: 90, rollups: 730 };

export const readingsBucketSchema = z.enum(['raw', '1m', '1h']);
export type ReadingsBucket = z.infer<typeof readingsBucketSchema>;

/** The widest range one readings query may span, per bucket: at most ~86,400 raw points or ~45,000 buckets. */
export const MAX_RANGE_MS: Record<ReadingsBucket, number> = {
  raw: 24 * 3_600_000,
  '1m': 31 * 24 * 3_600_000,
  '1h': 2 * 366 * 24 * 3_600_000,
};
