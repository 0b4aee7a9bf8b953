import { z } from 'zod';
import { regionCodeSchema } from '../organisations/regions.ts';
import { instantSchema } from '../shared/deadline.ts';
import { accidentCategorySchema } from './accident-categories.ts';
import { accidentGradeSchema } from './accident-grade.ts';
import { investigationSchema } from './investigation.ts';
import { reportingLevelSchema, reportingStepViewSchema } from './reporting-chain.ts';
import { text } from '../shared/text.ts';

/** One schema per shape: request validation, TypeScript types, OpenAPI and the web form all come from here. */

/** Plausibility caps: far above any recorded accident, low enough to catch a typo or a unit mix-up. */
export const COUNT_LIMITS = { deaths: 10_000, missing: 10_000, seriousInjuries: 100_000, minorInjuries: 100_000, directLossYuan: 1_000_000_000_000 } as const;

const count = (max: number) =>
  z.number({ error: 'must be a number' }).int('must be a whole number').min(0, 'must not be negative').max(max, `is implausibly large (at most ${max})`);

export const industryCodeSchema = z.string().regex(/^(?:[A-T]|\d{2,4})$/, 'must be a GB/T 4754-2017 code');

export const accidentCreateSchema = z
  .strictObject({
    enterpriseId: z.uuid().optional().describe('absent for an accident outside a registered enterprise'),
    regionCode: regionCodeSchema.optional().describe('GB/T 2260 district or street; defaults to the enterprise’s'),
    industryCode: industryCodeSchema.optional().describe('GB/T 4754-2017; defaults to the enterprise’s'),
    occurredAt: instantSchema,
    knownAt: instantSchema.optional().describe('when the unit head learned of it (493号令 Art. 9); default occurredAt'),
    category: accidentCategorySchema,
    deaths: count(COUNT_LIMITS.deaths),
    missing: count(COUNT_LIMITS.missing).default(0),
    seriousInjuries: count(COUNT_LIMITS.seriousInjuries),
    minorInjuries: count(COUNT_LIMITS.minorInjuries).default(0),
    directLossYuan: count(COUNT_LIMITS.directLossYuan),
    isRoadTraffic: z.boolean().default(false),
    isFire: z.boolean().default(false),
    description: text({ trim: true, multiline: true }).min(1, 'is required').max(4000),
  })
  .superRefine((v, ctx) => {
    // params.code: how an import's report words the problem (core/shared/import-report.ts).
    if (!v.enterpriseId && !v.regionCode) ctx.addIssue({ code: 'custom', path: ['regionCode'], message: 'is required when there is no enterprise', params: { code: 'required' } });
    if (!v.enterpriseId && !v.industryCode) ctx.addIssue({ code: 'custom', path: ['industryCode'], message: 'is required when there is no enterprise', params: { code: 'required' } });
    if (v.knownAt && v.knownAt < v.occurredAt) ctx.addIssue({ code: 'custom', path: ['knownAt'], message: 'must not be before occurredAt', params: { code: 'before_occurrence' } });
  });
export type AccidentCreate = z.infer<typeof accidentCreateSchema>;

export const accidentRevisionCreateSchema = z
  .strictObject({
    deaths: count(COUNT_LIMITS.deaths).optional(),
    missing: count(COUNT_LIMITS.missing).optional(),
    seriousInjuries: count(COUNT_LIMITS.seriousInjuries).optional(),
    directLossYuan: count(COUNT_LIMITS.directLossYuan).optional(),
    at: instantSchema.describe('when the new figures became known'),
    reason: text({ trim: true, multiline: true }).min(1).max(2000).optional().describe('required when deaths go down'),
  })
  .refine((v) => v.deaths !== undefined || v.missing !== undefined || v.seriousInjuries !== undefined || v.directLossYuan !== undefined, {
    message: 'give at least one of deaths, missing, seriousInjuries, directLossYuan',
    path: ['deaths'],
  });
export type AccidentRevisionCreate = z.infer<typeof accidentRevisionCreateSchema>;

/** A level's report up the chain (Art. 11), recorded by the regulator who made it. */
export const reportingRecordSchema = z.strictObject({
  to: reportingLevelSchema.exclude(['county']).describe('the level reported to: the step from the level below'),
  at: instantSchema.describe('when the report was made'),
});
export type ReportingRecord = z.infer<typeof reportingRecordSchema>;

/** 瞒报 and 谎报 are findings a regulator records with evidence (493号令 Art. 36; 安全生产法 Art. 110). */
export const accidentFlagKindSchema = z.enum(['concealed', 'false_report']);
export const accidentFlagSchema = z.strictObject({
  kind: accidentFlagKindSchema,
  evidence: text({ trim: true, multiline: true }).min(10, 'describe the evidence (at least 10 characters)').max(4000),
});
export type AccidentFlag = z.infer<typeof accidentFlagSchema>;

const isoTime = z.iso.datetime({ offset: true });

export const figuresSchema = z.object({ deaths: z.number(), missing: z.number(), seriousInjuries: z.number(), directLossYuan: z.number() });
export type Figures = z.infer<typeof figuresSchema>;

export const accidentSchema = z.object({
  id: z.uuid(),
  /** 事故编号, e.g. 事故-2026-0001 (core/accidents/accident-number.ts). */
  number: z.string(),
  enterpriseId: z.uuid().nullable(),
  enterpriseName: z.string().nullable(),
  regionCode: z.string(),
  districtCode: z.string(),
  industryCode: z.string(),
  occurredAt: isoTime,
  knownAt: isoTime,
  reportedAt: isoTime,
  category: accidentCategorySchema,
  deaths: z.number(),
  missing: z.number(),
  seriousInjuries: z.number(),
  minorInjuries: z.number(),
  directLossYuan: z.number(),
  isRoadTraffic: z.boolean(),
  isFire: z.boolean(),
  description: z.string(),
  grade: accidentGradeSchema,
  /** Each step with its deadline (Arts. 9, 11), its report once made, and its state (迟报 on the step it happened). */
  reporting: z.object({ unitDeadline: isoTime, chain: z.array(reportingStepViewSchema) }),
  supplementaryWindowEndsAt: isoTime,
  /** 迟报; null for imported historical records, whose report time is unknown. */
  lateReport: z.boolean().nullable(),
  concealed: z.object({ evidence: z.string(), by: z.string(), at: isoTime }).nullable(),
  falseReport: z.object({ evidence: z.string(), by: z.string(), at: isoTime }).nullable(),
  investigation: investigationSchema,
  source: z.enum(['report', 'import', 'demo']),
});
export type Accident = z.infer<typeof accidentSchema>;

export const accidentRevisionSchema = z.object({
  id: z.number(),
  at: isoTime,
  recordedAt: isoTime,
  by: z.string(),
  before: figuresSchema,
  after: figuresSchema,
  gradeFrom: accidentGradeSchema,
  gradeTo: accidentGradeSchema,
  outsideSupplementaryWindow: z.boolean(),
  reason: z.string().nullable(),
});
export type AccidentRevision = z.infer<typeof accidentRevisionSchema>;

export const accidentDetailSchema = accidentSchema.extend({ revisions: z.array(accidentRevisionSchema) });
export type AccidentDetail = z.infer<typeof accidentDetailSchema>;

const dateText = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date (YYYY-MM-DD)');

export const accidentListQuerySchema = z.object({
  grade: accidentGradeSchema.optional(),
  category: accidentCategorySchema.optional(),
  regionCode: regionCodeSchema.optional(),
  industryCode: industryCodeSchema.optional(),
  enterpriseId: z.uuid().optional(),
  from: dateText.optional(),
  to: dateText.optional(),
  lateReport: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  q: text({ trim: true }).min(1).max(100).optional(),
  sort: z.enum(['-occurredAt', 'occurredAt', '-deaths']).default('-occurredAt'),
});
export type AccidentListQuery = z.infer<typeof accidentListQuerySchema>;
