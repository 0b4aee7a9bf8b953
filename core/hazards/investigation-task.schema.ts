import { z } from 'zod';
import { checklistItemViewSchema, checklistSummarySchema, MAX_CHECKLIST_ITEMS } from './checklist-api.schema.ts';
import { hazardCategorySchema, photoIdsSchema, requiredText } from './hazard.schema.ts';
import { text } from '../shared/text.ts';

/**
 * Investigation tasks (排查任务): one per enterprise per period of a plan. Executing one records every applicable
 * item of the plan's checklist as pass / fail / not applicable; a failed item becomes a hazard.
 */

/** `open` until executed (`done`) or its period ends (`missed`). */
export const taskStatusSchema = z.enum(['open', 'done', 'missed']);
export type TaskStatus = z.infer<typeof taskStatusSchema>;

export const resultOutcomeSchema = z.enum(['pass', 'fail', 'not_applicable']);
export type ResultOutcome = z.infer<typeof resultOutcomeSchema>;

export const taskResultInputSchema = z.strictObject({
  itemCode: text({ trim: true }).min(1, 'is required').max(64),
  outcome: resultOutcomeSchema,
  note: text({ trim: true, multiline: true }).max(2000, 'must be at most 2000 characters').optional(),
  photoIds: photoIdsSchema.default([]),
  location: requiredText(200).optional().describe('where a failed item was found; default: the plan’s key areas'),
  category: hazardCategorySchema.optional().describe('GB/T 13861 class of the hazard a failed item creates; default management'),
});
export type TaskResultInput = z.output<typeof taskResultInputSchema>;

/** Body of `POST /api/v1/investigation-tasks/{id}/results`: one result per applicable item. */
export const taskResultsBodySchema = z.strictObject({
  results: z.array(taskResultInputSchema).min(1, 'needs a result for every item').max(MAX_CHECKLIST_ITEMS),
});
export type TaskResultsBody = z.output<typeof taskResultsBodySchema>;

const isoString = z.string().describe('ISO 8601 with offset');

export const taskSchema = z.object({
  id: z.uuid(),
  planId: z.uuid(),
  planName: z.string(),
  selfCheck: z.boolean().describe('the enterprise’s own plan (自查): only its officers execute the task'),
  enterpriseId: z.uuid(),
  enterpriseName: z.string(),
  periodStart: isoString,
  periodEnd: isoString.describe('exclusive: the next period’s start'),
  dueAt: isoString.describe('the last instant of the period'),
  status: taskStatusSchema.describe('missed as soon as the due time passes, whether or not the job has run'),
  completedAt: isoString.nullable(),
  completedBy: z.object({ id: z.uuid().nullable(), name: z.string() }).nullable(),
});
export type Task = z.infer<typeof taskSchema>;

export const taskResultSchema = z.object({
  itemCode: z.string(),
  outcome: resultOutcomeSchema,
  note: z.string().nullable(),
  photoIds: z.array(z.uuid()),
  hazardId: z.uuid().nullable().describe('the hazard a failed item created'),
});
export type TaskResult = z.infer<typeof taskResultSchema>;

export const taskDetailSchema = taskSchema.extend({
  keyAreas: z.array(z.string()),
  checklist: checklistSummarySchema,
  items: z.array(checklistItemViewSchema).describe('the items this enterprise answers'),
  results: z.array(taskResultSchema),
});
export type TaskDetail = z.infer<typeof taskDetailSchema>;

const dateFilter = z.iso.datetime({ offset: true }).or(z.iso.date());

export const taskListQuerySchema = z.object({
  planId: z.uuid().optional(),
  enterpriseId: z.uuid().optional(),
  status: taskStatusSchema.optional(),
  dueBefore: dateFilter.optional().describe('due at or before; a bare date includes that whole day (Asia/Shanghai)'),
  sort: z.enum(['-dueAt', 'dueAt']).default('-dueAt'),
});
export type TaskListQuery = z.output<typeof taskListQuerySchema>;
