import { z } from 'zod';
import { civilDateSchema } from '../hazards/investigation-plan.schema.ts';
import { requiredText } from '../hazards/hazard.schema.ts';
import { isCivilDate } from '../shared/city-time.ts';
import { riskEvaluationInputSchema, riskEvaluationSchema } from './risk-evaluation.ts';
import { riskLevelSchema } from './risk-levels.ts';

/**
 * Reviews (复评) of a risk point: someone looks at the point again on a day, says what they found, and may
 * re-evaluate it; the next review is then due by the rule below, which is what clears the register's 已逾期.
 *
 * The interval [L]: 安全生产法 (2021) Art. 41 requires a 安全风险分级管控 system but names no interval, and
 * domain-rules §4 gives none; provincial 双重预防 guides and enterprise manuals review every risk point at least
 * once a year (and again after an accident, a change of process or equipment, or new regulations). One calendar
 * year from the review, whatever the level — the same default the register's create form offers. Configuration
 * rather than law: confirm with the bureau before release.
 */
export const RISK_REVIEW_INTERVAL_MONTHS = 12;

/**
 * The day the next review is due: `months` calendar months after the review (2026-03-31 + 1 month is 2026-04-30,
 * 2028-02-29 + 12 is 2029-02-28: a month without that day takes its last day). Overdue after that day.
 */
export function nextReviewDate(reviewedOn: string, months = RISK_REVIEW_INTERVAL_MONTHS): string {
  const year = Number(reviewedOn.slice(0, 4));
  const month = Number(reviewedOn.slice(5, 7));
  const day = Number(reviewedOn.slice(8, 10));
  if (!isCivilDate(year, month, day)) throw new Error(`not a civil date: ${reviewedOn}`);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  let d = day;
  while (!isCivilDate(y, m, d)) d--;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Body of `POST /api/v1/risk-points/{id}/reviews`. */
export const riskReviewCreateSchema = z.strictObject({
  reviewedOn: civilDateSchema.describe('the day of the review, YYYY-MM-DD (not in the future, not before the last review)'),
  reviewer: requiredText(50).describe('who reviewed, e.g. 张工（安全部）'),
  conclusion: requiredText(1000, { multiline: true }).describe('评审结论, e.g. 管控措施有效，风险等级不变'),
  evaluation: riskEvaluationInputSchema.optional().describe('a re-evaluation ({method: lec, l, e, c} or {method: ls, l, s}): re-grades the point'),
});
export type RiskReviewCreate = z.output<typeof riskReviewCreateSchema>;

export const riskReviewSchema = z.object({
  id: z.uuid(),
  riskPointId: z.uuid(),
  reviewedOn: z.string(),
  reviewer: z.string(),
  conclusion: z.string(),
  evaluation: riskEvaluationInputSchema.nullable().describe('the re-evaluation, when the review made one'),
  before: riskEvaluationSchema.describe('the grade before the review'),
  after: riskEvaluationSchema.describe('the grade after it (the same unless re-evaluated)'),
  levelChanged: z.boolean(),
  nextReviewDate: z.string().describe(`due ${RISK_REVIEW_INTERVAL_MONTHS} months after the review`),
  recordedBy: z.string().describe('the account that recorded it'),
  createdAt: z.string(),
});
export type RiskReview = z.infer<typeof riskReviewSchema>;

/** Body of `POST /api/v1/risk-points/{id}/deactivate`: the point no longer exists or applies (设备拆除, 作业取消). */
export const riskPointDeactivateSchema = z.strictObject({ reason: requiredText(500, { multiline: true }).describe('e.g. 储罐已拆除') });

/** One entry of a risk point's history (from the audit trail): who did what, and which fields it changed. */
export const riskPointHistoryEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actorName: z.string(),
  action: z.string().describe('create, update, review, deactivate, reactivate'),
  changedFields: z.array(z.string()),
  levelBefore: riskLevelSchema.nullable(),
  levelAfter: riskLevelSchema.nullable(),
});
export type RiskPointHistoryEntry = z.infer<typeof riskPointHistoryEntrySchema>;
