import type { Dayjs } from 'dayjs';
import { MAX_SILENCE_MS } from '../../../../core/monitoring/sensor-api.schema.ts';
import { instantOfCityWallClock } from '../hazards/hazard-time.ts';

const HOUR = 3_600_000;

/** The durations offered for a silence (a calibration takes hours, a repair days), or a chosen end. */
export const SILENCE_DURATIONS = [
  { key: '1h', ms: HOUR, count: 1, unit: 'hours' },
  { key: '4h', ms: 4 * HOUR, count: 4, unit: 'hours' },
  { key: '8h', ms: 8 * HOUR, count: 8, unit: 'hours' },
  { key: '24h', ms: 24 * HOUR, count: 24, unit: 'hours' },
  { key: '3d', ms: 72 * HOUR, count: 3, unit: 'days' },
] as const;
export type SilenceDuration = (typeof SILENCE_DURATIONS)[number]['key'] | 'custom';

export type SilenceUntil = { ok: true; until: Date } | { ok: false; problem: 'untilRequired' | 'untilPast' | 'untilTooFar' };

/**
 * The end of a new silence: now plus a preset duration, or a chosen city wall-clock time, which must lie in the
 * future and within 30 days (the server's limit, MAX_SILENCE_MS).
 */
export function silenceUntil(duration: SilenceDuration, custom: Dayjs | null | undefined, now: number): SilenceUntil {
  const preset = SILENCE_DURATIONS.find((d) => d.key === duration);
  if (preset) return { ok: true, until: new Date(now + preset.ms) };
  if (!custom) return { ok: false, problem: 'untilRequired' };
  const until = instantOfCityWallClock(custom);
  if (until.getTime() <= now) return { ok: false, problem: 'untilPast' };
  if (until.getTime() - now > MAX_SILENCE_MS) return { ok: false, problem: 'untilTooFar' };
  return { ok: true, until };
}
