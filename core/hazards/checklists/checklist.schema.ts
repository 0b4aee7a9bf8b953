import { z } from 'zod';
import { KEY_INDUSTRY_RULES, type KeyIndustry } from '../../organisations/industries.ts';
import { text } from '../../shared/text.ts';
import { checklistPhrasingSchema } from './checklist-phrasing.ts';

/**
 * Checklists (检查表, hazards issue "Checklists and plans"): items with their content, legal basis (standard,
 * article, item) and whether a failed item is a major-hazard criterion; shaped as domain-rules §2.3 suggests
 * (`{standardCode, article, item, text, industryScope, checkType}`). Built-in libraries are data in this folder;
 * regulators' and enterprises' own lists use the same schema.
 */

/** How sure we are of an item's text and numbering, with domain-rules' tags (§0): H high, M medium, L low. */
export const confidenceSchema = z.enum(['H', 'M', 'L']);
export type Confidence = z.infer<typeof confidenceSchema>;

/** `boolean`: the finding is yes/no; `numeric`: a measured figure is compared with a limit (see the item's note). */
export const checkTypeSchema = z.enum(['boolean', 'numeric']);
export type CheckType = z.infer<typeof checkTypeSchema>;

/** GB/T 4754-2017 codes of any level, each covering every code below it (a section letter, or 2–4 digits). */
export const industryScopeSchema = z
  .array(z.string().regex(/^(?:[A-T]|\d{2,4})$/, 'must be a GB/T 4754-2017 section letter or 2–4 digit code'))
  .min(1, 'needs at least one industry');

export const checklistItemSchema = z
  .strictObject({
    code: z.string().regex(/^[A-Z0-9]+(?:-[A-Z0-9]+)+$/, 'must be upper-case words joined by "-", e.g. GM23-11-03'),
    standard: text({ trim: true }).min(1, 'is required').max(200),
    article: text({ trim: true }).min(1).max(50).nullable(),
    item: text({ trim: true }).min(1).max(50).nullable(),
    text: text({ trim: true, multiline: true }).min(1, 'is required').max(2000),
    industryScope: industryScopeSchema,
    isMajorCriterion: z.boolean().describe('a failed item is a 重大事故隐患 (grade major)'),
    checkType: checkTypeSchema,
    phrasing: checklistPhrasingSchema.describe('violation: the text describes the problem (answered found / not found); requirement: what must hold (pass / fail)'),
    confidence: confidenceSchema,
    note: text({ trim: true, multiline: true }).max(1000).optional(),
  })
  .refine((i) => i.article !== null || i.item !== null, { message: 'needs an article or an item number', path: ['article'] });
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

export const checklistLibrarySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  name: text({ trim: true }).min(1).max(100),
  industryScope: industryScopeSchema,
  edition: text({ trim: true }).min(1).max(200).describe('issuing document and date in force'),
  source: text({ trim: true }).min(1).max(500).describe('where the transcription comes from'),
  items: z.array(checklistItemSchema).min(1),
});
export type ChecklistLibrary = z.infer<typeof checklistLibrarySchema>;

/** Every GB/T 4754-2017 section (门类 A–T): the scope of items that apply to any industry. */
export const ALL_INDUSTRIES: readonly string[] = 'ABCDEFGHIJKLMNOPQRST'.split('');

/**
 * The codes that bring a key-industry flag (core/organisations/industries.ts), as a checklist scope. The table's
 * exclusions (e.g. hazardous-goods trade taken out of 商贸) cannot be written as prefixes and are not repeated:
 * a list is offered by scope, and the inspector decides whether it fits.
 */
export function keyIndustryScope(flag: KeyIndustry): string[] {
  return KEY_INDUSTRY_RULES.filter((r) => r.flag === flag && r.include).map((r) => r.code);
}
