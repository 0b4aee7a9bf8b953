import { z } from 'zod';
import { caseActionSchema, caseSourceKindSchema, caseStatusSchema, civilDateSchema, penaltySchema } from './case.schema.ts';
import { CASE_DOCUMENT_KINDS } from './case-documents.ts';
import { benchmarkSchema } from './discretion.ts';

/** Responses and queries of `/api/v1/penalty-cases` and `/api/v1/discretion-benchmarks` (issue 14). */

export const caseListQuerySchema = z.object({
  status: caseStatusSchema.optional(),
  enterpriseId: z.uuid().optional(),
  regionCode: z.string().regex(/^\d{6}(\d{3})?$/, 'must be a region code').optional().describe('district (or street) of the enterprise'),
  filedFrom: civilDateSchema.optional().describe('filed on or after this day'),
  filedTo: civilDateSchema.optional().describe('filed on or before this day'),
});
export type CaseListQuery = z.infer<typeof caseListQuerySchema>;

export const caseSummarySchema = z.object({
  id: z.uuid(),
  number: z.string().describe('案号, e.g. 成应急立〔2026〕3号'),
  status: caseStatusSchema,
  departmentId: z.uuid(),
  enterpriseId: z.uuid(),
  enterpriseName: z.string(),
  violationCode: z.string(),
  source: z.object({ kind: caseSourceKindSchema, id: z.uuid().nullable(), note: z.string().nullable() }),
  filedOn: z.string(),
  decidedOn: z.string().nullable(),
  fineYuan: z.number().int().nullable(),
  fineFlagged: z.boolean(),
  paidFen: z.number().int(),
  closedOn: z.string().nullable(),
  filedByName: z.string(),
});
export type CaseSummary = z.infer<typeof caseSummarySchema>;

export const caseEventViewSchema = z.object({
  action: z.string().describe('file, or one of the actions'),
  from: caseStatusSchema.nullable(),
  to: caseStatusSchema,
  at: z.string(),
  actorName: z.string(),
  flagged: z.boolean(),
  body: z.unknown(),
});

export const caseDetailSchema = caseSummarySchema.extend({
  violationTitle: z.string().nullable().describe('the violation type as the benchmark in force when filed names it'),
  summary: z.string(),
  persons: z.array(z.object({ name: z.string(), role: z.string(), position: z.string().optional() })),
  notice: z
    .object({ servedOn: z.string(), facts: z.string(), proposed: penaltySchema, hearingEligible: z.boolean(), windowEndsOn: z.string() })
    .nullable(),
  hearing: z.object({ requestedOn: z.string(), heldOn: z.string().optional() }).nullable(),
  decision: z.object({ decidedOn: z.string(), penalty: penaltySchema, totalFineYuan: z.number().int(), flagged: z.boolean() }).nullable(),
  decisionServedOn: z.string().nullable(),
  schedule: z.array(z.object({ dueOn: z.string(), amountFen: z.number().int() })),
  outstandingFen: z.number().int(),
  evidence: z.array(z.object({ id: z.uuid(), kind: z.string(), takenAt: z.string(), description: z.string(), officers: z.array(z.object({ name: z.string(), certificateNo: z.string() })) })),
  payments: z.array(z.object({ id: z.uuid(), paidOn: z.string(), amountFen: z.number().int(), receiptNo: z.string().nullable() })),
  timeline: z.array(caseEventViewSchema),
  documents: z.array(z.object({ id: z.uuid(), kind: z.enum(CASE_DOCUMENT_KINDS), number: z.string(), issuedAt: z.string() })).describe('GET /penalty-cases/{id}/documents/{documentId}.pdf'),
  allowedActions: z.array(caseActionSchema),
});
export type CaseDetail = z.infer<typeof caseDetailSchema>;

export const jurisdictionSchema = z.string().regex(/^\d{6}$/, 'must be a city or district code (6 digits)');

export const benchmarkQuerySchema = z
  .object({
    jurisdiction: jurisdictionSchema.optional().describe('a city or district code'),
    enterpriseId: z.uuid().optional().describe('or an enterprise in scope: the benchmarks its cases are checked against'),
    on: civilDateSchema.optional().describe('the day (default today, Asia/Shanghai)'),
  })
  .refine((q) => (q.jurisdiction === undefined) !== (q.enterpriseId === undefined), { message: 'give either jurisdiction or enterpriseId', path: ['jurisdiction'] });
export type BenchmarkQuery = z.infer<typeof benchmarkQuerySchema>;

export const benchmarkSetSchema = z.object({
  jurisdiction: z.string(),
  source: z.enum(['configured', 'default']),
  /** The jurisdiction whose version applies (the district's own, else the city's); null for the defaults. */
  appliedJurisdiction: z.string().nullable(),
  effectiveFrom: z.string().nullable(),
  benchmarks: z.array(benchmarkSchema),
});
export type BenchmarkSet = z.infer<typeof benchmarkSetSchema>;

export const benchmarkPutSchema = z.strictObject({
  jurisdiction: jurisdictionSchema,
  effectiveFrom: civilDateSchema,
  benchmarks: z
    .array(benchmarkSchema)
    .min(1)
    .max(500)
    .superRefine((list, ctx) => {
      const seen = new Set<string>();
      list.forEach((b, i) => {
        if (seen.has(b.code)) ctx.addIssue({ code: 'custom', path: [i, 'code'], message: `is used twice (${b.code})` });
        seen.add(b.code);
      });
    }),
});
export type BenchmarkPut = z.infer<typeof benchmarkPutSchema>;
