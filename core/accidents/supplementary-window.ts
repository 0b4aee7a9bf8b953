import { addCivilDays, cityDateOf, cityDayEnd } from '../shared/city-time.ts';

export interface SupplementaryRules {
  /** 493号令 Art. 13: casualty changes within 30 days of the accident must be reported. */
  days: number;
  /** Art. 13: road traffic and fire accidents, 7 days. */
  roadTrafficOrFireDays: number;
}

export const ART13_RULES: SupplementaryRules = { days: 30, roadTrafficOrFireDays: 7 };

/**
 * The last instant of the supplementary-report window (补报, 493号令 Art. 13). The regulation does not define
 * the day count; the convention of domain-rules §1.4 [L] is configuration: the accident's day is day 0 and the
 * window closes at 24:00 (Asia/Shanghai) of day 30, or day 7 for road traffic and fire (2024-05-01 → 2024-05-31).
 */
export function supplementaryWindowEndsAt(occurredAt: Date, kind: { isRoadTraffic: boolean; isFire: boolean }, rules: SupplementaryRules = ART13_RULES): Date {
  const days = kind.isRoadTraffic || kind.isFire ? rules.roadTrafficOrFireDays : rules.days;
  return cityDayEnd(addCivilDays(cityDateOf(occurredAt), days));
}

export const isWithinWindow = (at: Date, windowEndsAt: Date) => at.getTime() <= windowEndsAt.getTime();
