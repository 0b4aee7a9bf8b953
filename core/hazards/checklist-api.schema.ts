import { z } from 'zod';
import { checkTypeSchema, confidenceSchema, industryScopeSchema } from './checklists/checklist.schema.ts';
import { legalBasisSchema, requiredText } from './hazard.schema.ts';

/**
 * The checklists API (hazards issue "Checklists and plans"): the built-in libraries of core/hazards/checklists and
 * the lists regulators and enterprises write themselves, in one shape.
 */

export const MAX_CHECKLIST_ITEMS = 300;

export const checklistItemCreateSchema = z.strictObject({
  content: requiredText(2000, { multiline: true }).describe('what is checked, e.g. 安全出口、疏散通道畅通'),
  legalBasis: legalBasisSchema,
  isMajorCriterion: z.boolean().default(false).describe('a failed item is a 重大事故隐患 (grade major)'),
});

/** Body of `POST /api/v1/checklists`. */
export const checklistCreateSchema = z.strictObject({
  name: requiredText(100),
  industryScope: industryScopeSchema
    .max(50, 'must be at most 50 codes')
    .optional()
    .describe('GB/T 4754-2017 codes the list applies to; default: what the department supervises, or every industry'),
  items: z.array(checklistItemCreateSchema).min(1, 'needs at least one item').max(MAX_CHECKLIST_ITEMS, `must be at most ${MAX_CHECKLIST_ITEMS} items`),
});
export type ChecklistCreate = z.output<typeof checklistCreateSchema>;

/** Section letter or 2–4 digit GB/T 4754-2017 code, as the enterprise list accepts it. */
export const industryFilterCodeSchema = z.string().regex(/^([A-T]|\d{2,4})$/, 'must be a GB/T 4754-2017 section letter or 2–4 digit code');

export const checklistListQuerySchema = z.object({
  industryCode: industryFilterCodeSchema
    .optional()
    .describe('only lists, and items, that apply to an enterprise of this industry'),
});
export type ChecklistListQuery = z.output<typeof checklistListQuerySchema>;

/** A built-in library id (`industry-trade-2023`) or the id of a custom checklist. */
export const checklistRefSchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a built-in checklist id such as industry-trade-2023, or a checklist id')
  .max(64);

export const checklistItemViewSchema = z.object({
  code: z.string().describe('a built-in code such as GM23-11-03, or the id of a custom item'),
  content: z.string(),
  legalBasis: legalBasisSchema,
  isMajorCriterion: z.boolean(),
  industryScope: z.array(z.string()),
  checkType: checkTypeSchema,
  confidence: confidenceSchema.nullable().describe('of a built-in transcription; null for a custom item'),
  note: z.string().nullable(),
});
export type ChecklistItemView = z.infer<typeof checklistItemViewSchema>;

export const checklistSchema = z.object({
  id: z.string().describe('a built-in library id, or the id of a custom checklist'),
  builtIn: z.boolean(),
  name: z.string(),
  industryScope: z.array(z.string()),
  edition: z.string().nullable(),
  source: z.string().nullable(),
  departmentId: z.uuid().nullable().describe('the department that wrote a custom list'),
  enterpriseId: z.uuid().nullable().describe('the enterprise that wrote a custom list'),
  createdBy: z.object({ id: z.uuid().nullable(), name: z.string() }).nullable(),
  createdAt: z.string().nullable(),
  items: z.array(checklistItemViewSchema),
});
export type Checklist = z.infer<typeof checklistSchema>;

/** What plans and tasks show of their checklist. */
export const checklistSummarySchema = z.object({ id: z.string(), name: z.string(), builtIn: z.boolean() });
