import { z } from 'zod';
import { pageQuerySchema } from '../shared/pagination.ts';
import { text } from '../shared/text.ts';
import { MAX_CHINESE_NUMERAL } from './chinese-numerals.ts';
import { lawLevels, lawStatuses } from './law-terms.ts';

/**
 * The law library (法规库, issue 14, docs/adr/0049): acts, their articles, what changed when one was amended, and
 * the structured citation that checklist items, findings and orders refer to an article by.
 */

export const lawLevelSchema = z.enum(lawLevels);
export type LawLevel = z.infer<typeof lawLevelSchema>;

export const lawStatusSchema = z.enum(lawStatuses);
export type LawStatus = z.infer<typeof lawStatusSchema>;

/** An act's id: a stable slug (`work-safety-law`), so that built-in data can cite an act before any import. */
export const lawIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a slug of lowercase letters, digits and hyphens')
  .max(80, 'must be at most 80 characters');

/**
 * An article: the number of 第N条 (1–9999), or a standard's clause (`4.2.2`). Stored and exchanged as given; the
 * clause form never passes through Chinese numerals.
 */
export const articleNumberSchema = z.union([
  z.number().int().min(1).max(MAX_CHINESE_NUMERAL),
  z.string().regex(/^\d{1,3}(\.\d{1,3}){0,4}$/, 'must be an article number or a clause such as 4.2.2'),
]);
export type ArticleNumber = z.infer<typeof articleNumberSchema>;

const ordinal = z.number().int().min(1).max(99);

/** A structured citation: 《安全生产法》第一百零二条第一款第三项 = `{lawId: 'work-safety-law', article: 102, paragraph: 1, item: 3}`. */
export const citationSchema = z.strictObject({
  lawId: lawIdSchema,
  article: articleNumberSchema,
  paragraph: ordinal.optional().describe('款'),
  item: ordinal.optional().describe('项'),
});
export type Citation = z.infer<typeof citationSchema>;

/** The key of an article row: a number or a clause as text (`102`, `4.2.2`). */
export const articleKey = (article: ArticleNumber): string => String(article);

export const lawArticleSchema = z.object({
  article: articleNumberSchema,
  paragraph: ordinal.nullable(),
  item: ordinal.nullable(),
  subject: z.string().describe('one line: what the article is about (not its text)'),
  text: z.string().nullable().describe('the article’s text when imported from an official source; never invented'),
});
export type LawArticle = z.infer<typeof lawArticleSchema>;

export const lawSchema = z.object({
  id: lawIdSchema,
  title: z.string().describe('full title, e.g. 中华人民共和国安全生产法'),
  shortTitle: z.string().describe('the title in a citation: 《安全生产法》'),
  titleEn: z.string().nullable(),
  documentNumber: z.string().nullable().describe('文号 or standard number, e.g. 国务院令第493号, GB 18218-2018'),
  issuer: z.string(),
  level: lawLevelSchema,
  effectiveOn: z.iso.date().nullable(),
  status: lawStatusSchema,
  replacedBy: lawIdSchema.nullable(),
  articleCount: z.number().int(),
});
export type Law = z.infer<typeof lawSchema>;

export const lawDetailSchema = lawSchema.extend({
  aliases: z.array(z.string()).describe('other names the act is cited by (for matching free-text legal bases)'),
  source: z.string().nullable().describe('where the record comes from'),
  articles: z.array(lawArticleSchema),
});
export type LawDetail = z.infer<typeof lawDetailSchema>;

export const lawChangeKindSchema = z.enum(['added', 'amended', 'deleted', 'renumbered']);

export const lawAmendmentSchema = z.object({
  effectiveOn: z.iso.date(),
  amendingAct: z.string().describe('the decision or order that amended the act'),
  summary: z.string(),
  changes: z.array(
    z.object({
      kind: lawChangeKindSchema,
      article: articleNumberSchema.nullable().describe('the article in the amended edition (null when deleted)'),
      previousArticle: articleNumberSchema.nullable().describe('its number before (null when added)'),
      note: z.string(),
    }),
  ),
});
export type LawAmendment = z.infer<typeof lawAmendmentSchema>;

export const lawChangesSchema = z.object({ lawId: lawIdSchema, replacedBy: lawIdSchema.nullable(), amendments: z.array(lawAmendmentSchema) });

export const lawListQuerySchema = pageQuerySchema.extend({
  q: text({ trim: true }).max(100).optional().describe('part of the title, the document number, an article’s subject or text'),
  level: lawLevelSchema.optional(),
  status: lawStatusSchema.optional(),
});
export type LawListQuery = z.output<typeof lawListQuerySchema>;

// —— Import (POST /laws/import, JSON) ——

const line = (max: number) => text({ trim: true }).min(1, 'is required').max(max, `must be at most ${max} characters`);

/** One act as imported: the act, its articles (text optional) and its amendments; an existing id is replaced. */
export const lawImportSchema = z.strictObject({
  id: lawIdSchema,
  title: line(200),
  shortTitle: line(100),
  titleEn: line(200).optional(),
  documentNumber: line(100).optional(),
  issuer: line(100),
  level: lawLevelSchema,
  effectiveOn: z.iso.date().optional(),
  status: lawStatusSchema,
  replacedBy: lawIdSchema.optional(),
  aliases: z.array(line(200)).max(20).default([]),
  source: line(500).optional(),
  articles: z
    .array(
      z.strictObject({
        article: articleNumberSchema,
        paragraph: ordinal.optional(),
        item: ordinal.optional(),
        subject: line(200),
        text: text({ trim: true, multiline: true }).min(1).max(20_000).optional(),
      }),
    )
    .max(2000)
    .default([]),
  amendments: z.array(lawAmendmentSchema.extend({ amendingAct: line(200), summary: line(2000) })).max(50).default([]),
});
export type LawImport = z.output<typeof lawImportSchema>;

export const lawImportBodySchema = z.strictObject({ laws: z.array(z.unknown()).min(1).max(500) });

export const lawImportQuerySchema = z.object({
  dryRun: z.enum(['true', 'false']).transform((v) => v === 'true').default(false).describe('check every act, write nothing'),
});

export const lawImportReportSchema = z.object({
  dryRun: z.boolean(),
  rows: z.number().int(),
  imported: z.number().int(),
  refused: z.number().int(),
  results: z.array(
    z.object({
      row: z.number().int().describe('position of the act in `laws`, from 1'),
      id: z.string().nullable(),
      outcome: z.enum(['created', 'replaced', 'valid', 'refused']),
      problems: z.array(z.object({ path: z.string(), message: z.string() })),
    }),
  ),
});
export type LawImportReport = z.infer<typeof lawImportReportSchema>;
