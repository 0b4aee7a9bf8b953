import { z } from 'zod';
import { cityDayNumber } from '../shared/city-time.ts';

/**
 * Supervision and accountability (hazards issue "Supervision and accountability"): per-unit statistics, the
 * 排查不力 (inadequate investigation) flag with its reasons, the regulator's ranked list, and repeat hazards.
 * A "unit" is whatever the statistics are grouped by: an enterprise, a region, an industry or a department.
 */

const count = z.number().int().min(0);

/** One row of `GET /api/v1/hazards/statistics`, for one unit over one period. */
export const unitStatisticsSchema = z.object({
  unitId: z.string(),
  tasksDue: count.describe('investigation tasks due in the period'),
  tasksDone: count.describe('of those, completed'),
  hazardsFound: count,
  hazardsClosed: count,
  closedOnTime: count.describe('closed at or before their deadline'),
  overdueNow: count,
  openMajor: count,
  overdueMajor: count.describe('major hazards overdue now'),
  repeatHazards: count.describe('the same checklist item failing again within 90 days'),
});
export type UnitStatistics = z.infer<typeof unitStatisticsSchema>;

const percent = z
  .number()
  .min(0)
  .max(100)
  .refine((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-9, 'must have at most two decimals');

export const accountabilityThresholdsSchema = z.strictObject({
  minCompletionPercent: percent.describe('task completion rate below this is flagged'),
  minOnTimePercent: percent.describe('on-time closure rate below this is flagged'),
  flagOverdueMajor: z.boolean().describe('flag any unit with a major hazard overdue'),
});
export type AccountabilityThresholds = z.infer<typeof accountabilityThresholdsSchema>;

/**
 * Defaults [L] — configuration, not law: the figures are the hazards issue's examples (completion < 90 %, on-time
 * rate < 80 %, any major hazard overdue); confirm with the bureau (domain-rules §0, §11).
 */
export const DEFAULT_ACCOUNTABILITY_THRESHOLDS: AccountabilityThresholds = {
  minCompletionPercent: 90,
  minOnTimePercent: 80,
  flagOverdueMajor: true,
};

export type InadequacyCode = 'low_completion' | 'low_on_time' | 'major_overdue';
export interface InadequacyReason {
  code: InadequacyCode;
  message: string;
  /** The threshold the unit fell below (rate reasons), so that a reader shows the configured figure. */
  thresholdPercent?: number;
}

export interface InvestigationAssessment {
  unitId: string;
  /** 排查不力: at least one reason. */
  flagged: boolean;
  reasons: InadequacyReason[];
  /** tasksDone / tasksDue; null without tasks due. */
  completionRate: number | null;
  /** closedOnTime / hazardsClosed; null when nothing was closed. */
  onTimeRate: number | null;
}

/** part/whole < percent %, in integers (basis points) so that 90 % of 10 is exactly 9 and never 8.999…. */
function below(part: number, whole: number, percentThreshold: number): boolean {
  return part * 10_000 < Math.round(percentThreshold * 100) * whole;
}

const pct = (part: number, whole: number) => `${((part / whole) * 100).toFixed(2).replace(/\.?0+$/, '')} %`;

/**
 * Whether a unit investigated poorly (排查不力), with every reason (hazards issue): task completion below the
 * threshold (a unit with no task due is not flagged for it), on-time closure rate below the threshold (the issue's
 * rate: closed on time / closed; nothing closed → not flagged for it), any major hazard overdue. The comparisons
 * are strict and exact: with a 90 % threshold, 8999 of 10000 (89.99 %) is flagged and 9 of 10 (90 %) is not.
 */
export function assessInvestigation(
  stats: UnitStatistics,
  thresholds: AccountabilityThresholds = DEFAULT_ACCOUNTABILITY_THRESHOLDS,
): InvestigationAssessment {
  const reasons: InadequacyReason[] = [];
  if (stats.tasksDue > 0 && below(stats.tasksDone, stats.tasksDue, thresholds.minCompletionPercent)) {
    reasons.push({
      code: 'low_completion',
      message: `task completion ${pct(stats.tasksDone, stats.tasksDue)} is below ${thresholds.minCompletionPercent} %`,
      thresholdPercent: thresholds.minCompletionPercent,
    });
  }
  if (stats.hazardsClosed > 0 && below(stats.closedOnTime, stats.hazardsClosed, thresholds.minOnTimePercent)) {
    reasons.push({
      code: 'low_on_time',
      message: `on-time closure ${pct(stats.closedOnTime, stats.hazardsClosed)} is below ${thresholds.minOnTimePercent} %`,
      thresholdPercent: thresholds.minOnTimePercent,
    });
  }
  if (thresholds.flagOverdueMajor && stats.overdueMajor > 0) {
    reasons.push({ code: 'major_overdue', message: `${stats.overdueMajor} major hazard(s) overdue` });
  }
  return {
    unitId: stats.unitId,
    flagged: reasons.length > 0,
    reasons,
    completionRate: stats.tasksDue > 0 ? stats.tasksDone / stats.tasksDue : null,
    onTimeRate: stats.hazardsClosed > 0 ? stats.closedOnTime / stats.hazardsClosed : null,
  };
}

export interface RankedUnit extends InvestigationAssessment {
  /** 1 = worst. Units that compare equal share a rank (1, 1, 3). */
  rank: number;
  overdueNow: number;
}

type Keyed = { a: RankedUnit; key: number[] };

/**
 * The regulator's ranked list, worst first (hazards issue: "the regulator sees a ranked list"): flagged units
 * first, then more reasons, more major hazards overdue, more hazards overdue, lower completion, lower on-time rate
 * (a rate that does not apply counts as 100 %). Equal units share a rank and are listed by unitId.
 */
export function rankUnits(
  stats: readonly UnitStatistics[],
  thresholds: AccountabilityThresholds = DEFAULT_ACCOUNTABILITY_THRESHOLDS,
): RankedUnit[] {
  const keyed: Keyed[] = stats.map((s) => {
    const a = { ...assessInvestigation(s, thresholds), rank: 0, overdueNow: s.overdueNow };
    const key = [a.flagged ? 0 : 1, -a.reasons.length, -s.overdueMajor, -s.overdueNow, a.completionRate ?? 1, a.onTimeRate ?? 1];
    return { a, key };
  });
  const compare = (x: number[], y: number[]) => {
    for (let i = 0; i < x.length; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
    return 0;
  };
  keyed.sort((x, y) => compare(x.key, y.key) || (x.a.unitId < y.a.unitId ? -1 : x.a.unitId > y.a.unitId ? 1 : 0));
  return keyed.map(({ a, key }, i) => {
    const previous = keyed[i - 1];
    a.rank = previous && compare(previous.key, key) === 0 ? previous.a.rank : i + 1;
    return a;
  });
}

/** A failed checklist item at an enterprise: the input of the repeat-hazard rule. */
export interface ChecklistFinding {
  enterpriseId: string;
  checklistItemId?: string | null | undefined;
  foundAt: Date;
}

/** Hazards issue: "the same checklist item failing again within 90 days". */
export const REPEAT_HAZARD_WINDOW_DAYS = 90;

/**
 * The latest earlier failure that makes `current` a repeat hazard, or null (hazards issue "repeat hazards"): the
 * same checklist item at the same enterprise, found earlier, at most `windowDays` calendar days before in
 * Asia/Shanghai. Day 90 is inclusive ("以内" includes the number, 民法典 Art. 1259; domain-rules §10.1): found on
 * 1 March, a failure on 30 May (day 90) is a repeat, on 31 May (day 91) it is not. A failure earlier the same day
 * counts (day 0). Findings without a checklist item never repeat.
 */
export function findRepeatOf<T extends ChecklistFinding>(
  current: ChecklistFinding,
  earlier: readonly T[],
  windowDays = REPEAT_HAZARD_WINDOW_DAYS,
): T | null {
  if (!current.checklistItemId) return null;
  const today = cityDayNumber(current.foundAt);
  let match: T | null = null;
  for (const f of earlier) {
    if (f.enterpriseId !== current.enterpriseId || f.checklistItemId !== current.checklistItemId) continue;
    if (f.foundAt.getTime() >= current.foundAt.getTime() || today - cityDayNumber(f.foundAt) > windowDays) continue;
    if (!match || f.foundAt > match.foundAt) match = f;
  }
  return match;
}

/** How many findings repeat an earlier one in the same list (`findRepeatOf`), for the statistics row. */
export function countRepeatHazards(findings: readonly ChecklistFinding[], windowDays = REPEAT_HAZARD_WINDOW_DAYS): number {
  const byKey = new Map<string, number[]>();
  for (const f of findings) {
    if (!f.checklistItemId) continue;
    const key = `${f.enterpriseId}\u0000${f.checklistItemId}`;
    const times = byKey.get(key);
    if (times) times.push(f.foundAt.getTime());
    else byKey.set(key, [f.foundAt.getTime()]);
  }
  let repeats = 0;
  for (const times of byKey.values()) {
    times.sort((a, b) => a - b);
    let latestEarlier: number | undefined;
    for (let i = 0; i < times.length; i++) {
      const t = times[i] as number;
      if (i > 0 && (times[i - 1] as number) < t) latestEarlier = times[i - 1];
      if (latestEarlier !== undefined && cityDayNumber(new Date(t)) - cityDayNumber(new Date(latestEarlier)) <= windowDays) repeats++;
    }
  }
  return repeats;
}
