import { z } from 'zod';
import { text } from '../shared/text.ts';
import { articleRefSchema, fineReasonKindSchema, tierSchema } from './discretion.ts';

/**
 * Shapes of penalty cases (行政处罚案件, issue 14): statuses, actions and one strict body per action, joined as a
 * union discriminated on `action` (as core/hazards/hazard-transition.schema.ts). What depends on the case — its
 * status, dates, who investigated, the benchmark's ranges — is `decide` in case-lifecycle.ts.
 */

export const caseStatusSchema = z.enum([
  'registered',
  'investigating',
  'notified',
  'hearing',
  'decided',
  'executing',
  'closed',
  'no_penalty',
  'withdrawn',
  'transferred',
]);
export type CaseStatus = z.infer<typeof caseStatusSchema>;
/** Statuses a case never leaves. */
export const FINAL_STATUSES: readonly CaseStatus[] = ['closed', 'no_penalty', 'withdrawn', 'transferred'];

export const caseActionSchema = z.enum([
  'approve_filing',
  'record_evidence',
  'serve_notice',
  'request_hearing',
  'waive_hearing',
  'record_hearing',
  'decide',
  'serve_decision',
  'record_payment',
  'arrange_payment',
  'close',
  'no_penalty',
  'withdraw',
  'transfer',
]);
export type CaseAction = z.infer<typeof caseActionSchema>;
const A = caseActionSchema.enum;

/** Where a case comes from (issue 14 "Sources"). */
export const caseSourceKindSchema = z.enum(['inspection_finding', 'reinspection_order', 'public_report', 'accident', 'transfer']);
export type CaseSourceKind = z.infer<typeof caseSourceKindSchema>;

/** A civil date in Asia/Shanghai, YYYY-MM-DD. */
export const civilDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date (YYYY-MM-DD)')
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, 'must be a date that exists');

const line = (max: number) => text({ trim: true }).min(1, 'is required').max(max, `must be at most ${max} characters`);
const para = (max: number) => text({ trim: true, multiline: true }).min(1, 'is required').max(max, `must be at most ${max} characters`);
const fineYuan = z.number().int('must be whole yuan').min(1, 'must be at least 1 yuan').max(100_000_000_000);

/** 执法人员: named with their certificate (执法证号); `userId` when they have an account. */
export const caseOfficerSchema = z.strictObject({
  userId: z.uuid().optional(),
  name: line(50),
  certificateNo: line(50).describe('执法证号'),
});
export type CaseOfficer = z.infer<typeof caseOfficerSchema>;

/** A person the case concerns: the unit's principal (主要负责人) or a manager (其他直接责任人员). */
export const casePersonSchema = z.strictObject({
  name: line(50),
  role: z.enum(['principal', 'manager', 'other']),
  position: text({ trim: true }).max(50).optional(),
});
export type CasePerson = z.infer<typeof casePersonSchema>;

/** A proposed or decided penalty: the unit's fine and each person's, with the tier and any reason to leave it. */
export const penaltySchema = z.strictObject({
  tier: tierSchema,
  unitFineYuan: fineYuan.nullable().describe('null: no fine for the unit'),
  persons: z.array(z.strictObject({ name: line(50), fineYuan })).max(20).default([]),
  reasonKind: fineReasonKindSchema.optional().describe('从轻 / 减轻 / 从重: needed for a fine outside the tier’s range'),
  reason: para(2000).optional().describe('the written reason, required with reasonKind'),
});
export type Penalty = z.output<typeof penaltySchema>;

export const caseCreateSchema = z.strictObject({
  enterpriseId: z.uuid(),
  violationCode: z.string().regex(/^[a-z0-9][a-z0-9-]{1,63}$/, 'must be a benchmark code of a–z, 0–9 and -').describe('the discretion benchmark’s code of the violation type'),
  source: z.strictObject({
    kind: caseSourceKindSchema,
    id: z.uuid().optional().describe('the inspection finding, order document, report or accident'),
    note: text({ trim: true, multiline: true }).max(2000).optional().describe('e.g. the transferring department'),
  }),
  persons: z.array(casePersonSchema).max(20).default([]),
  summary: para(5000).describe('案情摘要'),
  filedOn: civilDateSchema.describe('立案日期'),
});
export type CaseCreate = z.output<typeof caseCreateSchema>;

const comment = text({ trim: true, multiline: true }).max(2000).optional();

export const approveFilingBodySchema = z.strictObject({ action: z.literal(A.approve_filing), comment });

export const evidenceKindSchema = z.enum(['inquiry', 'photo', 'sample', 'record']);
export const recordEvidenceBodySchema = z.strictObject({
  action: z.literal(A.record_evidence),
  kind: evidenceKindSchema.describe('询问笔录 / 照片 / 抽样取证 / 勘验或检查记录'),
  takenAt: z.iso.datetime({ offset: true }).describe('when the evidence was taken'),
  description: para(5000),
  officers: z.array(caseOfficerSchema).min(2, 'must name at least 2 enforcement officers with certificate numbers').max(10),
});

/** 文书送达回执 (domain-rules §8.2): how and to whom a document was served; the date is the step's. */
const serviceFields = {
  method: line(50).optional().describe('送达方式: 直接送达 / 邮寄送达 / 留置送达 …'),
  recipient: line(50).optional().describe('受送达人 (who signed the receipt)'),
};

export const serveNoticeBodySchema = z.strictObject({
  action: z.literal(A.serve_notice),
  servedOn: civilDateSchema.describe('行政处罚告知书 送达日期'),
  ...serviceFields,
  facts: para(5000),
  proposed: penaltySchema,
});

export const requestHearingBodySchema = z.strictObject({ action: z.literal(A.request_hearing), requestedOn: civilDateSchema, comment });
export const waiveHearingBodySchema = z.strictObject({ action: z.literal(A.waive_hearing), waivedOn: civilDateSchema, comment });
export const recordHearingBodySchema = z.strictObject({ action: z.literal(A.record_hearing), heldOn: civilDateSchema, summary: para(5000) });

export const decideBodySchema = z.strictObject({
  action: z.literal(A.decide),
  decidedOn: civilDateSchema,
  facts: para(5000),
  evidence: para(5000),
  basis: z.array(articleRefSchema).min(1).max(10).describe('the articles relied on (citation-shaped until the law library)'),
  penalty: penaltySchema,
});

export const serveDecisionBodySchema = z.strictObject({
  action: z.literal(A.serve_decision),
  servedOn: civilDateSchema.describe('行政处罚决定书 送达日期: the payment period runs from the next day'),
  method: line(50).describe('送达方式: 直接送达 / 邮寄送达 / 留置送达 …'),
  recipient: serviceFields.recipient,
});

export const recordPaymentBodySchema = z.strictObject({
  action: z.literal(A.record_payment),
  paidOn: civilDateSchema,
  amountFen: z.number().int('must be whole fen').min(1).max(10_000_000_000_000),
  receiptNo: text({ trim: true }).max(50).optional(),
});

export const arrangePaymentBodySchema = z.strictObject({
  action: z.literal(A.arrange_payment),
  kind: z.enum(['deferral', 'instalments']).describe('延期缴纳 / 分期缴纳 (行政处罚法 Art. 66)'),
  schedule: z.array(z.strictObject({ dueOn: civilDateSchema, amountFen: z.number().int().min(1) })).min(1).max(24),
  reason: para(2000),
});

export const closeBodySchema = z.strictObject({
  action: z.literal(A.close),
  outcome: z.enum(['paid', 'court_enforcement', 'other']),
  comment,
});

export const noPenaltyBodySchema = z.strictObject({ action: z.literal(A.no_penalty), reason: para(2000) });
export const withdrawBodySchema = z.strictObject({ action: z.literal(A.withdraw), reason: para(2000) });
export const transferBodySchema = z.strictObject({ action: z.literal(A.transfer), to: line(100).describe('the receiving authority'), reason: para(2000) });

export const caseActionBodySchema = z.discriminatedUnion('action', [
  approveFilingBodySchema,
  recordEvidenceBodySchema,
  serveNoticeBodySchema,
  requestHearingBodySchema,
  waiveHearingBodySchema,
  recordHearingBodySchema,
  decideBodySchema,
  serveDecisionBodySchema,
  recordPaymentBodySchema,
  arrangePaymentBodySchema,
  closeBodySchema,
  noPenaltyBodySchema,
  withdrawBodySchema,
  transferBodySchema,
]);
export type CaseActionBody = z.output<typeof caseActionBodySchema>;
export type CaseActionBodyOf<K extends CaseAction> = Extract<CaseActionBody, { action: K }>;
