import { z } from 'zod';
import { allows } from '../auth/permissions.ts';
import type { Role } from '../organisations/roles.ts';
import { text } from '../shared/text.ts';
import { checklistPhrasingSchema } from './checklists/checklist-phrasing.ts';
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
  phrasing: checklistPhrasingSchema
    .optional()
    .describe('violation: the content describes the problem (answered found / not found); requirement: what must hold. Default: as the wording reads'),
});

/** Body of `POST /api/v1/checklists`, and of `PUT /api/v1/checklists/{id}` (the whole list, replaced). */
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

export const checklistKindSchema = z.enum(['built_in', 'custom']);

export const checklistListQuerySchema = z.object({
  industryCode: industryFilterCodeSchema
    .optional()
    .describe('only lists, and items, that apply to an enterprise of this industry'),
  enterpriseIds: z
    .string()
    .regex(/^[0-9a-f-]{36}(,[0-9a-f-]{36}){0,199}$/i, 'must be up to 200 enterprise ids, comma-separated')
    .transform((s) => [...new Set(s.toLowerCase().split(','))])
    .optional()
    .describe('only lists with an item for every one of these enterprises (comma-separated ids in the caller’s scope): what a plan for them may use'),
  kind: checklistKindSchema.optional(),
  q: text({ trim: true }).min(1).max(100).optional().describe('name contains'),
  retired: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional()
    .describe('true: only retired custom lists; default: only those in use'),
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
  phrasing: checklistPhrasingSchema.describe('violation: answered found / not found; requirement: pass / fail. A result means the same either way: pass = compliant'),
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
  retiredAt: z.string().nullable().describe('retired: no longer offered for new plans and campaigns'),
  inUse: z.boolean().describe('a plan or an expert campaign uses it, so its items can no longer change'),
  items: z.array(checklistItemViewSchema),
});
export type Checklist = z.infer<typeof checklistSchema>;

/** What plans and tasks show of their checklist. */
export const checklistSummarySchema = z.object({ id: z.string(), name: z.string(), builtIn: z.boolean() });

/**
 * Whether a user may change or retire a checklist: a custom one, by a writer of the department or the enterprise
 * that wrote it. (Whether it may still change — unused, not retired — is the server's to say.)
 */
export function canChangeChecklist(
  user: { role: Role; departmentId: string | null; enterpriseId: string | null },
  checklist: Pick<Checklist, 'builtIn' | 'departmentId' | 'enterpriseId'>,
): boolean {
  if (checklist.builtIn || !allows(user.role, 'checklists.write')) return false;
  if (user.role === 'regulator') return checklist.departmentId !== null && checklist.departmentId === user.departmentId;
  return checklist.enterpriseId !== null && checklist.enterpriseId === user.enterpriseId;
}
