import { z } from 'zod';
import { deadlineSchema } from '../shared/deadline.ts';
import { governancePlanSchema } from './governance-plan.ts';
import { photoIdsSchema, requiredText } from './hazard.schema.ts';
import { text } from '../shared/text.ts';

/**
 * Bodies of `POST /api/v1/hazards/{id}/transitions` `{action, …}` (hazards issue "Lifecycle"): one strict schema
 * per action, joined as a union discriminated on `action`. These check each body on its own; what depends on the
 * hazard (grade, status, deadlines already set, who submitted) is `decide` in hazard-lifecycle.ts.
 */

export const hazardActionSchema = z.enum([
  'start_rectification',
  'submit_for_review',
  'approve',
  'reject',
  'rectify_immediately',
  'list_for_supervision',
  'request_extension',
  'decide_extension',
  'reinspect',
]);
export type HazardAction = z.infer<typeof hazardActionSchema>;
const A = hazardActionSchema.enum;

/** 立即整改 or 限期整改 (domain-rules §2.4 rectification.mode). */
export const rectificationModeSchema = z.enum(['immediate', 'deadline']);
export type RectificationMode = z.infer<typeof rectificationModeSchema>;

const optionalComment = text({ trim: true, multiline: true }).max(2000, 'must be at most 2000 characters').optional();

/**
 * 整改措施 (domain-rules §2.4): who, what, how much, by when. `deadline` is required in mode `deadline`; in mode
 * `immediate` it may be left out and then `decide` sets the end of the current day in Asia/Shanghai.
 */
export const rectificationSchema = z
  .strictObject({
    mode: rectificationModeSchema,
    deadline: deadlineSchema.optional(),
    responsiblePerson: requiredText(50),
    measures: requiredText(5000, { multiline: true }),
    fundsYuan: z
      .number()
      .int('must be whole yuan')
      .min(0, 'must not be negative')
      .max(1_000_000_000_000, 'must be at most 1,000,000,000,000')
      .describe('funds for the rectification, integer yuan'),
  })
  .superRefine((r, ctx) => {
    if (r.mode === 'deadline' && r.deadline === undefined) {
      ctx.addIssue({ code: 'custom', path: ['deadline'], message: 'is required when mode is deadline' });
    }
  });
export type Rectification = z.output<typeof rectificationSchema>;

/**
 * 挂牌督办 listing level: the government whose safety committee or department lists the hazard (16号令 Art. 21,
 * domain-rules §2.1). `district` stands for any county-level government (区、县、县级市).
 */
export const supervisionLevelSchema = z.enum(['national', 'province', 'city', 'district']);
export type SupervisionLevel = z.infer<typeof supervisionLevelSchema>;

export const startRectificationBodySchema = z.strictObject({
  action: z.literal(A.start_rectification),
  rectification: rectificationSchema,
  governancePlan: governancePlanSchema.optional().describe('required and complete for a major hazard (16号令 Art. 15)'),
});

export const submitForReviewBodySchema = z.strictObject({
  action: z.literal(A.submit_for_review),
  note: requiredText(2000, { multiline: true }),
  photoIds: photoIdsSchema.default([]).describe('photos of the result; at least one for a major hazard'),
});

export const approveBodySchema = z.strictObject({
  action: z.literal(A.approve),
  comment: optionalComment,
});

export const rejectBodySchema = z.strictObject({
  action: z.literal(A.reject),
  comment: requiredText(2000, { multiline: true }),
});

export const rectifyImmediatelyBodySchema = z.strictObject({
  action: z.literal(A.rectify_immediately),
  note: requiredText(2000, { multiline: true }).describe('how the hazard was eliminated on the spot'),
  photoIds: photoIdsSchema.default([]).describe('evidence photos'),
});

export const listForSupervisionBodySchema = z.strictObject({
  action: z.literal(A.list_for_supervision),
  level: supervisionLevelSchema,
  authority: requiredText(100).describe('the listing body, e.g. 成都市安全生产委员会办公室'),
  deadline: deadlineSchema.describe('督办期限'),
  documentNo: text({ trim: true }).max(100).optional().describe('督办通知书文号'),
});

export const requestExtensionBodySchema = z.strictObject({
  action: z.literal(A.request_extension),
  requestedDeadline: deadlineSchema,
  reason: requiredText(2000, { multiline: true }),
});

export const decideExtensionBodySchema = z.strictObject({
  action: z.literal(A.decide_extension),
  extensionId: z.number().int('must be an extension number').min(1, 'must be an extension number'),
  granted: z.boolean(),
  comment: optionalComment,
});

/**
 * 整改复查 by the enforcement department (《安全生产执法程序规定》; domain-rules §8.2 整改复查意见书; 16号令 Art. 23 for
 * major hazards): the re-inspection's item result closes the hazard (已整改) or sends it back to rectification
 * (部分整改 / 未整改), whatever the enterprise last recorded — even a hazard the unit closed itself.
 */
export const reinspectionOutcomeSchema = z.enum(['rectified', 'partially_rectified', 'not_rectified']);
export const reinspectBodySchema = z.strictObject({
  action: z.literal(A.reinspect),
  result: reinspectionOutcomeSchema,
  documentNo: text({ trim: true }).max(100).optional().describe('整改复查意见书文号'),
  comment: optionalComment,
});

export const transitionBodySchema = z.discriminatedUnion('action', [
  startRectificationBodySchema,
  submitForReviewBodySchema,
  approveBodySchema,
  rejectBodySchema,
  rectifyImmediatelyBodySchema,
  listForSupervisionBodySchema,
  requestExtensionBodySchema,
  decideExtensionBodySchema,
  reinspectBodySchema,
]);
export type TransitionBody = z.output<typeof transitionBodySchema>;
export type TransitionBodyInput = z.input<typeof transitionBodySchema>;
/** The body of one action, e.g. `TransitionBodyOf<'reject'>`. */
export type TransitionBodyOf<K extends HazardAction> = Extract<TransitionBody, { action: K }>;
