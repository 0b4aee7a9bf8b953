import { z } from 'zod';
import { checklistItemViewSchema, checklistRefSchema, checklistSummarySchema } from '../hazards/checklist-api.schema.ts';
import { checklistPhrasingSchema } from '../hazards/checklists/checklist-phrasing.ts';
import { hazardCategorySchema, hazardGradeSchema, legalBasisSchema, requiredText } from '../hazards/hazard.schema.ts';
import { civilDateSchema } from '../hazards/investigation-plan.schema.ts';
import { keyIndustrySchema } from '../organisations/industries.ts';
import { controlMeasureKindSchema } from '../risks/risk-point.schema.ts';
import { text } from '../shared/text.ts';

/**
 * Expert assessment campaigns (专家指导服务) for the key industries of domain-rules §10.1: experts engaged by the
 * department (16号令 Art. 18 allows experts to assess; 安全生产法 2021 Art. 15 lets departments engage technical
 * service bodies) score each enterprise item by item, from a checklist when the campaign names one. Scores are
 * whole points; the report gives the total, the maximum and the percentage, rounded half up to one decimal —
 * integer arithmetic, no float drift. The department turns a finding into a hazard or a control measure.
 */

export const expertCampaignCreateSchema = z
  .strictObject({
    name: requiredText(200),
    keyIndustry: keyIndustrySchema,
    startDate: civilDateSchema,
    endDate: civilDateSchema,
    checklist: checklistRefSchema.optional().describe('the checklist the experts work through; its items that apply to each enterprise are offered'),
    assignments: z
      .array(z.strictObject({ enterpriseId: z.uuid(), expertId: z.uuid() }))
      .min(1)
      .max(500),
  })
  .superRefine((c, ctx) => {
    if (c.endDate < c.startDate) ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'must not be before startDate' });
  });
export type ExpertCampaignCreate = z.output<typeof expertCampaignCreateSchema>;

/** `upcoming` before the start date, `active` to the end date included, `ended` after (Asia/Shanghai). */
export const expertCampaignStatusSchema = z.enum(['upcoming', 'active', 'ended']);
export type ExpertCampaignStatus = z.infer<typeof expertCampaignStatusSchema>;

/** A campaign's status on a city date; one made before dates were recorded is active. */
export function campaignStatusOn(campaign: { startDate: string | null; endDate: string | null }, today: string): ExpertCampaignStatus {
  if (campaign.startDate && today < campaign.startDate) return 'upcoming';
  if (campaign.endDate && today > campaign.endDate) return 'ended';
  return 'active';
}

export const expertCampaignListQuerySchema = z.object({
  keyIndustry: keyIndustrySchema.optional(),
  status: expertCampaignStatusSchema.optional(),
  q: text({ trim: true }).min(1).max(100).optional().describe('name contains'),
});
export type ExpertCampaignListQuery = z.output<typeof expertCampaignListQuerySchema>;

/** pass: compliant (the requirement holds, or the described problem is not found); fail: not compliant. */
export const expertFindingOutcomeSchema = z.enum(['pass', 'fail']);
export type ExpertFindingOutcome = z.infer<typeof expertFindingOutcomeSchema>;

export const expertFindingSchema = z
  .strictObject({
    itemCode: text({ trim: true }).min(1).max(64).optional().describe('the checklist item answered; its text is the finding’s item'),
    item: requiredText(500).optional().describe('what was assessed; required without itemCode'),
    phrasing: checklistPhrasingSchema.optional().describe('of a free finding’s item; default: as its wording reads. A checklist item’s own phrasing wins'),
    outcome: expertFindingOutcomeSchema.optional().describe('default: fail below the maximum score, else pass'),
    score: z.number().int('must be whole points').min(0, 'must not be negative'),
    maxScore: z.number().int('must be whole points').min(1).max(1000),
    note: text({ trim: true, multiline: true }).max(2000).default(''),
  })
  .superRefine((f, ctx) => {
    if (f.score > f.maxScore) ctx.addIssue({ code: 'custom', path: ['score'], message: `must be at most maxScore ${f.maxScore}` });
    if (f.itemCode === undefined && f.item === undefined) ctx.addIssue({ code: 'custom', path: ['item'], message: 'is required without itemCode' });
  });
export type ExpertFindingInput = z.output<typeof expertFindingSchema>;

export const expertReportBodySchema = z.strictObject({
  findings: z.array(expertFindingSchema).min(1).max(300),
  conclusion: requiredText(5000, { multiline: true }),
});
export type ExpertReportBody = z.output<typeof expertReportBodySchema>;

/** `POST /expert-findings/{id}/hazard`: where it is, and what the item does not give. */
export const findingHazardBodySchema = z.strictObject({
  location: requiredText(200),
  grade: hazardGradeSchema.optional().describe('default: major for a major-criterion checklist item, else general'),
  category: hazardCategorySchema.default('management'),
  legalBasis: legalBasisSchema.optional().describe('default: the checklist item’s; required for a finding without one'),
});
export type FindingHazardBody = z.output<typeof findingHazardBodySchema>;

/** `POST /expert-findings/{id}/control-measure`: the measure, added to one of the enterprise's risk points. */
export const findingMeasureBodySchema = z.strictObject({
  riskPointId: z.uuid('must be a risk point id'),
  kind: controlMeasureKindSchema,
  content: requiredText(500).optional().describe('default: the expert’s note, else the item'),
  checkItem: text({ trim: true }).min(1).max(500).optional(),
});
export type FindingMeasureBody = z.output<typeof findingMeasureBodySchema>;

export const expertAssignmentSchema = z.object({
  id: z.uuid(),
  enterpriseId: z.uuid(),
  enterpriseName: z.string(),
  expertId: z.uuid(),
  expertName: z.string(),
  reportedAt: z.date().nullable(),
  score: z.number().int().nullable(),
  maxScore: z.number().int().nullable(),
  percent: z.number().nullable(),
  problemCount: z.number().int().describe('findings not compliant'),
});
export type ExpertAssignment = z.infer<typeof expertAssignmentSchema>;

export const expertCampaignSummarySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  keyIndustry: z.string(),
  departmentId: z.uuid(),
  departmentName: z.string(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  status: expertCampaignStatusSchema,
  checklist: checklistSummarySchema.nullable(),
  createdByName: z.string(),
  createdAt: z.date(),
  assignmentCount: z.number().int().describe('of the caller’s: an expert counts their own'),
  reportedCount: z.number().int(),
});
export type ExpertCampaignSummary = z.infer<typeof expertCampaignSummarySchema>;

export const expertCampaignSchema = expertCampaignSummarySchema.extend({ assignments: z.array(expertAssignmentSchema) });
export type ExpertCampaign = z.infer<typeof expertCampaignSchema>;

export const expertFindingViewSchema = z.object({
  id: z.uuid(),
  itemCode: z.string().nullable(),
  item: z.string(),
  phrasing: checklistPhrasingSchema.describe('how the item reads: violation → found / not found, requirement → pass / fail'),
  outcome: expertFindingOutcomeSchema,
  score: z.number().int(),
  maxScore: z.number().int(),
  note: z.string(),
  isMajorCriterion: z.boolean(),
  hazardId: z.uuid().nullable(),
  riskPointId: z.uuid().nullable(),
  riskPointName: z.string().nullable(),
});
export type ExpertFindingView = z.infer<typeof expertFindingViewSchema>;

export const expertReportSchema = expertAssignmentSchema.extend({
  campaignId: z.uuid(),
  campaignName: z.string(),
  keyIndustry: z.string(),
  departmentId: z.uuid(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  status: expertCampaignStatusSchema,
  checklist: checklistSummarySchema.nullable(),
  items: z.array(checklistItemViewSchema).describe('the checklist’s items that apply to the enterprise (empty without a checklist)'),
  conclusion: z.string().nullable(),
  findings: z.array(expertFindingViewSchema),
});
export type ExpertReport = z.infer<typeof expertReportSchema>;

export const expertUserSchema = z.object({ id: z.uuid(), name: z.string() });

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

/** A finding's outcome when the expert gives none: anything short of the full score is a problem. */
export const defaultOutcome = (f: { score: number; maxScore: number }): ExpertFindingOutcome => (f.score < f.maxScore ? 'fail' : 'pass');
