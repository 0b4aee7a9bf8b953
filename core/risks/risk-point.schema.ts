import { z } from 'zod';
import { civilDateSchema } from '../hazards/investigation-plan.schema.ts';
import { requiredText } from '../hazards/hazard.schema.ts';
import { hazardFactorSchema } from './hazard-factors.ts';
import { riskEvaluationInputSchema, riskEvaluationSchema, riskMethodSchema } from './risk-evaluation.ts';
import { riskColorSchema, riskLevelSchema, type RiskLevel } from './risk-levels.ts';
import { text } from '../shared/text.ts';

/**
 * Risk points (风险点, issue 5 "Risk grading"): a place, activity or piece of equipment of an enterprise, its hazard
 * factors, the evaluation (LEC or LS) and resulting level, the control measures and who controls it at what level.
 * 安全生产法 (2021) Art. 41: enterprises build a 安全风险分级管控 system and control risks by their grade.
 */

/** What the risk point is: a work activity (作业活动) or equipment/facility (设备设施). */
export const riskObjectKindSchema = z.enum(['activity', 'equipment']);

/** Control level (管控层级): who controls a risk, usually company for 重大, post for 低. */
export const controlLevelSchema = z.enum(['company', 'workshop', 'team', 'post']);
export type ControlLevel = z.infer<typeof controlLevelSchema>;

/** The usual control level for a risk level (分级管控), offered as the form's default. */
export const SUGGESTED_CONTROL_LEVEL: Record<RiskLevel, ControlLevel> = { major: 'company', larger: 'workshop', general: 'team', low: 'post' };

/** Kinds of control measure: 工程技术、管理、培训教育、个体防护、应急处置. */
export const controlMeasureKindSchema = z.enum(['engineering', 'management', 'training', 'ppe', 'emergency']);

export const controlMeasureSchema = z.strictObject({
  kind: controlMeasureKindSchema,
  content: requiredText(500).describe('e.g. 储罐区设置可燃气体检测报警装置'),
  checkItem: text({ trim: true })
    .min(1)
    .max(500)
    .optional()
    .describe('what an investigation checks for this measure, e.g. 报警装置完好并在检定有效期内; it makes a checklist item'),
});
export type ControlMeasure = z.infer<typeof controlMeasureSchema>;

const riskPointFields = {
  name: requiredText(100).describe('风险点名称, e.g. 液氨储罐区'),
  location: requiredText(200),
  objectKind: riskObjectKindSchema,
  object: requiredText(200).describe('the activity or the equipment, e.g. 液氨装卸作业'),
  hazardFactors: z.array(hazardFactorSchema).min(1, 'needs at least one hazard factor').max(30),
  evaluation: riskEvaluationInputSchema.describe('{method: lec, l, e, c} or {method: ls, l, s}'),
  controlMeasures: z.array(controlMeasureSchema).min(1, 'needs at least one control measure').max(50),
  controlLevel: controlLevelSchema,
  responsiblePerson: requiredText(50),
  reviewDate: civilDateSchema.describe('next review (复评) due, YYYY-MM-DD; overdue after that day'),
};

/** Body of `POST /api/v1/risk-points`. */
export const riskPointCreateSchema = z.strictObject({ enterpriseId: z.uuid('must be an enterprise id'), ...riskPointFields });
export type RiskPointCreate = z.output<typeof riskPointCreateSchema>;

/** Body of `PATCH /api/v1/risk-points/{id}`: any of the fields; a new evaluation re-grades the point. */
export const riskPointUpdateSchema = z
  .strictObject(riskPointFields)
  .partial()
  .refine((v) => Object.keys(v).length > 0, 'give at least one field to change');
export type RiskPointUpdate = z.output<typeof riskPointUpdateSchema>;

export const riskPointSchema = z.object({
  id: z.uuid(),
  enterpriseId: z.uuid(),
  enterpriseName: z.string(),
  name: z.string(),
  location: z.string(),
  objectKind: riskObjectKindSchema,
  object: z.string(),
  hazardFactors: z.array(hazardFactorSchema),
  evaluation: riskEvaluationInputSchema,
  method: riskMethodSchema,
  result: riskEvaluationSchema,
  level: riskLevelSchema,
  color: riskColorSchema,
  controlMeasures: z.array(controlMeasureSchema),
  controlLevel: controlLevelSchema,
  responsiblePerson: z.string(),
  reviewDate: z.string(),
  reviewOverdue: z.boolean().describe('the review date has passed (Asia/Shanghai); never for a deactivated point'),
  active: z.boolean().describe('false once deactivated: out of the register, the distribution and checklists'),
  deactivatedAt: z.string().nullable(),
  deactivationReason: z.string().nullable(),
  lastReviewedOn: z.string().nullable().describe('the day of the last review recorded; a point never reviewed may be deleted'),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type RiskPoint = z.infer<typeof riskPointSchema>;

export const riskPointListQuerySchema = z.object({
  enterpriseId: z.uuid().optional(),
  level: riskLevelSchema.optional(),
  reviewOverdue: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  active: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true')
    .describe('default true; false lists the deactivated points'),
  q: text({ trim: true }).min(1).max(100).optional().describe('name, location or activity/equipment contains'),
});
export type RiskPointListQuery = z.output<typeof riskPointListQuerySchema>;

const levelCounts = z.object({ major: z.number().int(), larger: z.number().int(), general: z.number().int(), low: z.number().int() });
export type LevelCounts = z.infer<typeof levelCounts>;

/** `GET /api/v1/risk-points/distribution`: four colours per enterprise and per district. */
export const riskDistributionSchema = z.object({
  totals: levelCounts.describe('risk points by level'),
  enterprises: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      districtCode: z.string(),
      lng: z.number().nullable(),
      lat: z.number().nullable(),
      counts: levelCounts,
      highestLevel: riskLevelSchema,
      color: riskColorSchema,
    }),
  ),
  districts: z.array(z.object({ regionCode: z.string(), enterprises: levelCounts.describe('enterprises by their highest risk') })),
});
export type RiskDistribution = z.infer<typeof riskDistributionSchema>;

export const riskDistributionQuerySchema = z.object({ enterpriseId: z.uuid().optional() });

/** Body of `POST /api/v1/risk-points/checklists`. */
export const riskChecklistCreateSchema = z.strictObject({ enterpriseId: z.uuid('must be an enterprise id') });
