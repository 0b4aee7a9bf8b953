import { z } from 'zod';
import { instantSchema } from '../shared/deadline.ts';
import { text } from '../shared/text.ts';

/** One schema per shape: request validation, TypeScript types, OpenAPI and the web form all come from here. */

/** Where a hazard came from (hazards issue; domain-rules §2.4 企业自查|部门检查|举报|监测预警|媒体). */
export const hazardSourceSchema = z.enum(['self_check', 'inspection', 'public_report', 'monitoring', 'media', 'other']);
export type HazardSource = z.infer<typeof hazardSourceSchema>;

/**
 * The four top-level classes of GB/T 13861-2022 《生产过程危险和有害因素分类与代码》: 人的因素 (1), 物的因素 (2),
 * 环境因素 (3), 管理因素 (4) (domain-rules §4.4 [M]).
 */
export const hazardCategorySchema = z.enum(['person', 'thing', 'environment', 'management']);
export type HazardCategory = z.infer<typeof hazardCategorySchema>;

/** GB/T 13861-2022 class code of each category, for exports that use the standard's codes. */
export const GBT13861_CLASS_CODE: Readonly<Record<HazardCategory, string>> = {
  person: '1',
  thing: '2',
  environment: '3',
  management: '4',
};

/**
 * The two national grades (16号令 Art. 3, domain-rules §2.1 [H]): 一般事故隐患 and 重大事故隐患. These are the API
 * values and the grades every rule is written against.
 */
export const hazardGradeSchema = z.enum(['general', 'major']);
export type HazardGrade = z.infer<typeof hazardGradeSchema>;

/**
 * A city's grade list. Some cities add an intermediate 较大 grade (domain-rules §2.1, e.g. 沈阳): such a grade is a
 * local label over one of the national grades, whose rules (governance plan, reviewer, supervision) apply to it,
 * so the API keeps `general`/`major` and a local grade never changes what the state machine allows.
 */
export const gradeLevelSchema = z.strictObject({
  code: z.string().regex(/^[a-z][a-z0-9_]{0,31}$/, 'must be a lower snake_case code'),
  label: text({ trim: true }).min(1, 'is required').max(20),
  labelEn: text({ trim: true }).min(1, 'is required').max(40),
  rulesGrade: hazardGradeSchema.describe('the national grade whose rules apply'),
});
export type GradeLevel = z.infer<typeof gradeLevelSchema>;

export const gradeLevelsSchema = z
  .array(gradeLevelSchema)
  .min(2)
  .superRefine((levels, ctx) => {
    const seen = new Set<string>();
    levels.forEach((level, i) => {
      if (seen.has(level.code)) ctx.addIssue({ code: 'custom', path: [i, 'code'], message: `duplicates ${level.code}` });
      seen.add(level.code);
    });
    for (const grade of hazardGradeSchema.options) {
      if (!levels.some((l) => l.code === grade && l.rulesGrade === grade)) {
        ctx.addIssue({ code: 'custom', message: `must contain the national grade ${grade} mapped to itself` });
      }
    }
  });

/** The national list, used unless a city configures its own. */
export const DEFAULT_GRADE_LEVELS: readonly GradeLevel[] = [
  { code: 'general', label: '一般事故隐患', labelEn: 'general hazard', rulesGrade: 'general' },
  { code: 'major', label: '重大事故隐患', labelEn: 'major hazard', rulesGrade: 'major' },
];

/** `reported` → `rectifying` → `pending_review` → `closed` (hazards issue "Lifecycle"). */
export const hazardStatusSchema = z.enum(['reported', 'rectifying', 'pending_review', 'closed']);
export type HazardStatus = z.infer<typeof hazardStatusSchema>;

/**
 * Required text, trimmed, with a length limit; messages complete "<field> …". One line unless `multiline`
 * (core/shared/text.ts).
 */
export const requiredText = (max: number, options: { multiline?: boolean } = {}) =>
  text({ trim: true, multiline: options.multiline }).min(1, 'is required').max(max, `must be at most ${max} characters`);

/** 依据: the rule the hazard violates (16号令 Art. 3), as the checklist items give it (domain-rules §2.4). */
export const legalBasisSchema = z.strictObject({
  standard: requiredText(200).describe('law, regulation or standard, e.g. 工贸企业重大事故隐患判定标准（应急管理部令第10号）'),
  article: text({ trim: true }).max(50).optional().describe('e.g. 第十一条'),
  item: text({ trim: true }).max(50).optional().describe('e.g. （三）'),
});
export type LegalBasis = z.output<typeof legalBasisSchema>;

/** Ids of photos uploaded beforehand; the server checks that each exists and belongs to the hazard. */
export const photoIdsSchema = z.array(z.uuid('must be a photo id')).max(20, 'must be at most 20 photos');

/** Body of `POST /api/v1/hazards` (hazards issue). */
export const hazardCreateSchema = z.strictObject({
  enterpriseId: z.uuid('must be an enterprise id'),
  title: requiredText(200),
  description: requiredText(5000, { multiline: true }),
  location: requiredText(200).describe('where in the enterprise, e.g. 3号车间除尘器'),
  source: hazardSourceSchema,
  category: hazardCategorySchema,
  grade: hazardGradeSchema,
  foundAt: instantSchema,
  legalBasis: legalBasisSchema,
  checklistItemId: text({ trim: true })
    .min(1, 'is required')
    .max(64)
    .optional()
    .describe('the failed checklist item: a built-in code such as GM23-11-03 or the id of a custom item'),
  photoIds: photoIdsSchema.default([]),
});
export type HazardCreate = z.output<typeof hazardCreateSchema>;
export type HazardCreateInput = z.input<typeof hazardCreateSchema>;
