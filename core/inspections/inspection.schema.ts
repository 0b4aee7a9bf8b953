import { z } from 'zod';
import { hazardCategorySchema, hazardGradeSchema, legalBasisSchema, photoIdsSchema, requiredText } from '../hazards/hazard.schema.ts';
import { instantSchema } from '../shared/deadline.ts';
import { DOCUMENT_KINDS, REINSPECTION_RESULTS } from './document-rules.ts';
import { INSPECTION_STATUSES } from './inspection-status.ts';
import { text } from '../shared/text.ts';

/** Request and response shapes of inspections (issue 5 "Inspections"); one schema per shape. */

const regionCode = z.string().regex(/^\d{6}(\d{3})?$/, 'must be a GB/T 2260 region code');
const industryCode = z.string().regex(/^([A-T]|\d{2,4})$/, 'must be a GB/T 4754 code');
const civilDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date (YYYY-MM-DD)');

export const inspectionPlanCreateSchema = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  name: requiredText(200),
  plannedCount: z.number().int().min(1, 'must be at least 1').max(100_000),
  keyPoints: text({ trim: true, multiline: true }).max(5000).default(''),
});
export type InspectionPlanCreate = z.output<typeof inspectionPlanCreateSchema>;

export const inspectionPlanSchema = z.object({
  id: z.uuid(),
  departmentId: z.uuid(),
  departmentName: z.string(),
  year: z.number().int(),
  name: z.string(),
  plannedCount: z.number().int(),
  keyPoints: z.string(),
  drawCount: z.number().int(),
  inspectionCount: z.number().int(),
  createdByName: z.string(),
  createdAt: z.date(),
});
export type InspectionPlan = z.infer<typeof inspectionPlanSchema>;

/** `POST /api/v1/inspections/draws`: an empty scope is the caller's whole scope. */
export const drawCreateSchema = z.strictObject({
  scope: z
    .strictObject({
      regionCodes: z.array(regionCode).max(50).optional(),
      industryCodes: z.array(industryCode).max(50).optional(),
    })
    .default({}),
  enterpriseCount: z.number().int().min(1, 'must be at least 1').max(1000),
  inspectorCount: z.number().int().min(1, 'must be at least 1').max(50),
  seed: text({ trim: true }).min(1).max(128).optional().describe('any text; generated (128 random bits, hex) when absent'),
  planId: z.uuid().optional(),
});
export type DrawCreate = z.output<typeof drawCreateSchema>;

export const drawnEnterpriseSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  creditCode: z.string(),
  regionCode: z.string(),
  districtName: z.string().describe('the district (区/县) of regionCode, by name'),
});
export const drawnInspectorSchema = z.object({ id: z.uuid(), name: z.string() });

export const drawSchema = z.object({
  id: z.uuid(),
  number: z.string().describe('the draw’s number, e.g. 成应急抽查〔2026〕3号: one sequence per department and year'),
  seed: z.string(),
  algorithm: z.string(),
  departmentId: z.uuid(),
  departmentName: z.string(),
  planId: z.uuid().nullable(),
  scope: z.object({ regionCodes: z.array(z.string()).optional(), industryCodes: z.array(z.string()).optional() }),
  scopeNames: z
    .object({ regions: z.array(z.string()), industries: z.array(z.string()) })
    .describe('the scope’s regions and industries by name, in the order of their codes; empty: the department’s whole scope'),
  enterpriseCount: z.number().int(),
  inspectorCount: z.number().int(),
  candidateEnterpriseCount: z.number().int(),
  candidateInspectorCount: z.number().int(),
  candidatesDigest: z.string(),
  enterprises: z.array(drawnEnterpriseSchema),
  inspectors: z.array(drawnInspectorSchema),
  createdByName: z.string(),
  createdAt: z.date(),
  publishedAt: z.date().nullable().describe('一公开: null until the department publishes the draw or every drawn enterprise is inspected'),
});
export type Draw = z.infer<typeof drawSchema>;

/**
 * `GET /api/v1/public/draws/{id}`: a published draw with what became of it — per drawn enterprise, the day it was
 * inspected under the draw and how many problems were found (抽查结果), none while it is still to be inspected.
 */
export const publicDrawSchema = drawSchema.extend({
  publishedAt: z.date(),
  results: z.array(
    z.object({
      enterpriseId: z.uuid(),
      inspectedOn: z.string().nullable().describe('YYYY-MM-DD (Asia/Shanghai) of the first inspection under the draw; null: not yet'),
      findingCount: z.number().int().describe('problems found in the inspections under the draw'),
    }),
  ),
});
export type PublicDraw = z.infer<typeof publicDrawSchema>;

export const drawVerificationSchema = z.object({
  valid: z.boolean(),
  id: z.uuid(),
  seed: z.string(),
  algorithm: z.string(),
  candidatesDigest: z.string(),
  candidateEnterprises: z.array(z.uuid()),
  candidateInspectors: z.array(z.uuid()),
  enterprises: z.array(z.uuid()),
  inspectors: z.array(z.uuid()),
  problems: z.array(z.string()),
});

export const participantSchema = z
  .strictObject({
    side: z.enum(['officer', 'enterprise', 'expert']),
    userId: z.uuid().optional(),
    name: requiredText(50),
    title: text({ trim: true }).max(50).optional(),
    certificateNo: text({ trim: true }).max(50).optional().describe('执法证号; required for an officer'),
  })
  .superRefine((p, ctx) => {
    if (p.side === 'officer' && !p.certificateNo) ctx.addIssue({ code: 'custom', path: ['certificateNo'], message: 'is required for an officer' });
  });
export type Participant = z.output<typeof participantSchema>;

export const findingInputSchema = z.strictObject({
  checkItem: requiredText(500).describe('检查项'),
  legalBasis: legalBasisSchema,
  description: requiredText(5000, { multiline: true }),
  location: requiredText(200),
  grade: hazardGradeSchema,
  category: hazardCategorySchema.default('management'),
  deadline: civilDate.nullable().default(null).describe('整改期限 YYYY-MM-DD, null = 立即整改'),
  photoIds: photoIdsSchema.default([]),
});

export const measureSchema = z.strictObject({
  kind: z.enum(['immediate_elimination', 'evacuation', 'suspension', 'stop_equipment']).describe('安全生产法 2021 Art. 65 现场处理措施'),
  scope: requiredText(500),
  liftingConditions: text({ trim: true, multiline: true }).max(2000).default(''),
});
export type Measure = z.output<typeof measureSchema>;

const inspectionBase = {
  place: requiredText(200),
  startedAt: instantSchema,
  endedAt: instantSchema,
  summary: text({ trim: true, multiline: true }).max(5000).default(''),
  participants: z.array(participantSchema).min(1).max(30),
  measures: z.array(measureSchema).max(20).default([]),
};

/** `POST /api/v1/inspections`. */
export const inspectionCreateSchema = z.strictObject({
  enterpriseId: z.uuid(),
  drawId: z.uuid().optional(),
  planId: z.uuid().optional(),
  ...inspectionBase,
  findings: z.array(findingInputSchema).max(100).default([]),
  officerChangeReason: text({ trim: true, multiline: true })
    .max(500)
    .optional()
    .describe('why the officers differ from those the draw picked; required then (双随机: 随机选派执法检查人员), ignored otherwise'),
});
export type InspectionCreate = z.output<typeof inspectionCreateSchema>;

/** `POST /api/v1/inspections/{orderDocumentId… }` — a re-inspection of one rectification order. */
export const reinspectionCreateSchema = z.strictObject({
  orderDocumentId: z.uuid(),
  ...inspectionBase,
  results: z
    .array(z.strictObject({ findingId: z.uuid(), result: z.enum(REINSPECTION_RESULTS), note: text({ trim: true, multiline: true }).max(2000).default('') }))
    .min(1)
    .max(100),
});
export type ReinspectionCreate = z.output<typeof reinspectionCreateSchema>;

export const documentKindSchema = z.enum(DOCUMENT_KINDS);

/** `POST /api/v1/inspections/{id}/documents`. */
export const documentIssueSchema = z.strictObject({
  kind: documentKindSchema,
  safetyMeasures: text({ trim: true, multiline: true }).max(2000).optional().describe('order: safety measures required during rectification'),
  opinion: text({ trim: true, multiline: true }).max(2000).optional().describe('re-inspection opinion'),
  correctsId: z.uuid().optional().describe('the issued document this one corrects'),
  deadlines: z
    .array(z.strictObject({ findingId: z.uuid(), deadline: civilDate.nullable().describe('YYYY-MM-DD, null = 立即整改') }))
    .max(100)
    .optional()
    .describe('order: new deadlines of its lines (a correction changes them); each moves the open hazard of its finding'),
});
export type DocumentIssue = z.output<typeof documentIssueSchema>;

export const documentSummarySchema = z.object({
  id: z.uuid(),
  kind: documentKindSchema,
  number: z.string(),
  title: z.string(),
  issuedAt: z.date(),
  issuedByName: z.string(),
  correctsId: z.uuid().nullable(),
  referencesId: z.uuid().nullable(),
  correctedById: z.uuid().nullable(),
  pdfUrl: z.string(),
  reinspectionDue: z.string().nullable(),
});
export type DocumentSummary = z.infer<typeof documentSummarySchema>;

export const findingSchema = z.object({
  id: z.uuid(),
  checkItem: z.string(),
  legalBasis: legalBasisSchema,
  description: z.string(),
  location: z.string(),
  grade: hazardGradeSchema,
  deadline: z.string().nullable(),
  hazardId: z.uuid(),
  hazardStatus: z.string(),
});

export const inspectionStatusSchema = z.enum(INSPECTION_STATUSES);

export const inspectionSchema = z.object({
  id: z.uuid(),
  kind: z.enum(['inspection', 're_inspection']),
  status: inspectionStatusSchema.describe('core/inspections/inspection-status.ts'),
  enterpriseId: z.uuid(),
  enterpriseName: z.string(),
  departmentName: z.string(),
  drawId: z.uuid().nullable(),
  drawNumber: z.string().nullable(),
  drawnAt: z.date().nullable().describe('when the draw was made'),
  planId: z.uuid().nullable(),
  orderDocumentId: z.uuid().nullable(),
  orderDocumentNumber: z.string().nullable().describe('the 文号 of the order a re-inspection checked'),
  officerNames: z.array(z.string()),
  place: z.string(),
  startedAt: z.date(),
  endedAt: z.date(),
  createdByName: z.string(),
  createdAt: z.date(),
});
export type Inspection = z.infer<typeof inspectionSchema>;

export const inspectionDetailSchema = inspectionSchema.extend({
  summary: z.string(),
  officerChangeReason: z.string().nullable().describe('why the officers differ from the drawn ones'),
  participants: z.array(z.object({ side: z.string(), name: z.string(), title: z.string().nullable(), certificateNo: z.string().nullable() })),
  findings: z.array(findingSchema),
  measures: z.array(z.object({ kind: z.string(), scope: z.string(), liftingConditions: z.string() })),
  results: z.array(z.object({ findingId: z.uuid(), result: z.enum(REINSPECTION_RESULTS), note: z.string(), checkItem: z.string() })),
  documents: z.array(documentSummarySchema),
});
export type InspectionDetail = z.infer<typeof inspectionDetailSchema>;

export const inspectionListQuerySchema = z.object({
  q: text({ trim: true }).max(100).optional().describe('part of the enterprise’s name or of a document number (文号)'),
  status: inspectionStatusSchema.optional(),
  kind: z.enum(['inspection', 're_inspection']).optional(),
  regionCode: regionCode.optional().describe('district or street of the enterprise'),
  from: civilDate.optional().describe('inspected on or after this day (Asia/Shanghai)'),
  to: civilDate.optional().describe('inspected on or before this day (Asia/Shanghai)'),
  officer: text({ trim: true }).max(50).optional().describe('part of an officer’s name'),
  enterpriseId: z.uuid().optional(),
  drawId: z.uuid().optional(),
});
export type InspectionListQuery = z.output<typeof inspectionListQuerySchema>;
