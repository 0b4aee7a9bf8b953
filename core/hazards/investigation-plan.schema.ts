import { z } from 'zod';
import { keyIndustrySchema } from '../organisations/industries.ts';
import { regionCodeSchema } from '../organisations/regions.ts';
import { isCivilDate } from '../shared/city-time.ts';
import { checklistRefSchema, checklistSummarySchema, industryFilterCodeSchema } from './checklist-api.schema.ts';
import { requiredText } from './hazard.schema.ts';
import { investigationFrequencySchema } from './investigation-periods.ts';

/**
 * Investigation plans (排查计划, hazards issue "Checklists and plans"): a checklist worked through by a list of
 * enterprises once per period, over key areas and links (重点部位和环节), from a start date to an end date in
 * Asia/Shanghai. The list is frozen when the plan is made.
 */

/** Most enterprises one plan may cover: a district's worth; a city-wide campaign is several plans. */
export const MAX_PLAN_ENTERPRISES = 5000;
/** Longest plan: five years (daily tasks stay well below MAX_PERIODS). */
export const MAX_PLAN_YEARS = 5;

/** A calendar date `YYYY-MM-DD` on the city's calendar. */
export const civilDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date (YYYY-MM-DD)')
  .refine((s) => isCivilDate(Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10))), 'is not a calendar date');

/** Which enterprises in the caller's scope a plan covers, resolved into a list at creation. */
export const planEnterpriseFilterSchema = z.strictObject({
  regionCodes: z.array(regionCodeSchema).min(1).max(50).optional().describe('districts or streets (the city: all)'),
  industryCodes: z.array(industryFilterCodeSchema).min(1).max(50).optional(),
  keyIndustry: keyIndustrySchema.optional(),
});
export type PlanEnterpriseFilter = z.output<typeof planEnterpriseFilterSchema>;

/** Body of `POST /api/v1/investigation-plans`. */
export const planCreateSchema = z
  .strictObject({
    name: requiredText(100),
    keyAreas: z.array(requiredText(200)).min(1, 'needs at least one key area or link').max(50).describe('重点部位和环节'),
    checklist: checklistRefSchema,
    frequency: investigationFrequencySchema,
    startDate: civilDateSchema,
    endDate: civilDateSchema,
    enterpriseIds: z
      .array(z.uuid('must be an enterprise id'))
      .min(1)
      .max(MAX_PLAN_ENTERPRISES, `must be at most ${MAX_PLAN_ENTERPRISES} enterprises`)
      .optional()
      .describe('explicit enterprises (a regulator); an enterprise officer leaves it out or names their own'),
    filter: planEnterpriseFilterSchema.optional().describe('or: every enterprise in the caller’s scope that matches'),
  })
  .superRefine((p, ctx) => {
    if (p.endDate < p.startDate) ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'must not be before startDate' });
    const limit = `${String(Number(p.startDate.slice(0, 4)) + MAX_PLAN_YEARS).padStart(4, '0')}${p.startDate.slice(4)}`;
    if (p.endDate >= limit) ctx.addIssue({ code: 'custom', path: ['endDate'], message: `must be less than ${MAX_PLAN_YEARS} years after startDate` });
    if (p.enterpriseIds && p.filter) ctx.addIssue({ code: 'custom', path: ['filter'], message: 'give enterpriseIds or a filter, not both' });
  });
export type PlanCreate = z.output<typeof planCreateSchema>;

export const planSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  keyAreas: z.array(z.string()),
  checklist: checklistSummarySchema,
  frequency: investigationFrequencySchema,
  startDate: z.string(),
  endDate: z.string(),
  active: z.boolean().describe('the end date has not passed'),
  departmentId: z.uuid().nullable().describe('the department that made it'),
  enterpriseId: z.uuid().nullable().describe('the enterprise that made it for itself'),
  enterpriseCount: z.number().int(),
  filter: planEnterpriseFilterSchema.nullable().describe('the filter its enterprises were chosen by, if any'),
  createdBy: z.object({ id: z.uuid().nullable(), name: z.string() }),
  createdAt: z.string(),
});
export type Plan = z.infer<typeof planSchema>;

export const planListQuerySchema = z.object({
  enterpriseId: z.uuid().optional().describe('plans that cover this enterprise'),
  frequency: investigationFrequencySchema.optional(),
  active: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
});
export type PlanListQuery = z.output<typeof planListQuerySchema>;
