import { z } from 'zod';

/**
 * Alarm → hazard (issue 4 "Alarm → hazard"), an additive extension of the sensor contract: a sensor may carry
 * `hazardBridge`; a hazard with source `monitoring` (domain-rules §2.4 监测预警) is opened when a power-off has
 * lasted longer than `powerOffMinutes`, or when alarms of one of its rules open `repeatsPerDay` times within 24 hours.
 * Figures are the enterprise's or the city's choice [L]: no national text fixes them.
 */
export const hazardBridgeSchema = z
  .object({
    powerOffMinutes: z.number().int().min(1).max(7 * 24 * 60).optional(),
    repeatsPerDay: z.number().int().min(2).max(1000).optional(),
  })
  .refine((b) => b.powerOffMinutes !== undefined || b.repeatsPerDay !== undefined, { message: 'give powerOffMinutes, repeatsPerDay or both' });
export type HazardBridge = z.infer<typeof hazardBridgeSchema>;

/** Kinds counted as repeats: real process alarms, not data problems (stale, sensor_fault) or early warnings. */
const REPEAT_KINDS = new Set(['threshold', 'power_off', 'rate_of_change']);
export const countsAsRepeat = (kind: string) => REPEAT_KINDS.has(kind);

/** A power-off lasting strictly longer than N minutes opens the hazard. */
export function powerOffTooLong(bridge: HazardBridge | null, openedAt: Date, now: Date): boolean {
  return bridge?.powerOffMinutes !== undefined && now.getTime() - openedAt.getTime() > bridge.powerOffMinutes * 60_000;
}

/** The M-th alarm within 24 hours (the one just opened included) opens the hazard. */
export function repeatsReached(bridge: HazardBridge | null, alarmsInLast24h: number): boolean {
  return bridge?.repeatsPerDay !== undefined && alarmsInLast24h >= bridge.repeatsPerDay;
}

/**
 * A hazard opened from an alarm cannot be closed (销号) while that alarm is still active or acknowledged: the
 * condition that made it a hazard is still there (16号令 Art. 10 / 安全生产法 2021 Art. 41: a hazard is closed only
 * once eliminated). Returns the blocking alarms' ids.
 */
export function alarmsBlockingClosure(alarms: readonly { id: string; status: 'active' | 'acknowledged' | 'cleared' }[]): string[] {
  return alarms.filter((a) => a.status !== 'cleared').map((a) => a.id);
}
