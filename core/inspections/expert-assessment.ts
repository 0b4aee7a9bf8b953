import { z } from 'zod';
import { requiredText } from '../hazards/hazard.schema.ts';
import { keyIndustrySchema } from '../organisations/industries.ts';
import { text } from '../shared/text.ts';

/**
 * Expert assessment campaigns (专家指导服务) for the key industries of domain-rules §10.1: experts engaged by the
 * department (16号令 Art. 18 allows experts to assess; 安全生产法 2021 Art. 15 lets departments engage technical
 * service bodies) score each enterprise item by item. Scores are whole points; the report gives the total, the
 * maximum and the percentage, rounded half up to one decimal — integer arithmetic, no float drift.
 */

export const expertCampaignCreateSchema = z.strictObject({
  name: requiredText(200),
  keyIndustry: keyIndustrySchema,
  assignments: z
    .array(z.strictObject({ enterpriseId: z.uuid(), expertId: z.uuid() }))
    .min(1)
    .max(500),
});
export type ExpertCampaignCreate = z.output<typeof expertCampaignCreateSchema>;

export const expertFindingSchema = z
  .strictObject({
    item: requiredText(500),
    score: z.number().int('must be whole points').min(0, 'must not be negative'),
    maxScore: z.number().int('must be whole points').min(1).max(1000),
    note: text({ trim: true, multiline: true }).max(2000).default(''),
  })
  .superRefine((f, ctx) => {
    if (f.score > f.maxScore) ctx.addIssue({ code: 'custom', path: ['score'], message: `must be at most maxScore ${f.maxScore}` });
  });

export const expertReportBodySchema = z.strictObject({
  findings: z.array(expertFindingSchema).min(1).max(200),
  conclusion: requiredText(5000, { multiline: true }),
});
export type ExpertReportBody = z.output<typeof expertReportBodySchema>;

export interface ScoreSummary {
  score: number;
  maxScore: number;
  /** Percent to one decimal, half up. */
  percent: number;
}

export function scoreSummary(findings: readonly { score: number; maxScore: number }[]): ScoreSummary {
  const score = findings.reduce((sum, f) => sum + f.score, 0);
  const maxScore = findings.reduce((sum, f) => sum + f.maxScore, 0);
  // percent × 10 = round(score × 1000 / max), in integers.
  const tenths = maxScore === 0 ? 0 : Math.floor((score * 2000 + maxScore) / (2 * maxScore));
  return { score, maxScore, percent: tenths / 10 };
}
