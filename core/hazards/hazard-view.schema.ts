import { z } from 'zod';
import { governancePlanSchema } from './governance-plan.ts';
import { hazardCategorySchema, hazardGradeSchema, hazardSourceSchema, hazardStatusSchema, legalBasisSchema } from './hazard.schema.ts';
import { hazardActionSchema, rectificationModeSchema, supervisionLevelSchema } from './hazard-transition.schema.ts';
import { text } from '../shared/text.ts';

/**
 * What the hazards API returns (list items, detail, timeline) and what the list accepts as filters. Shared by
 * the server (response schemas, OpenAPI) and the web app (types).
 */

const isoString = z.string().describe('ISO 8601 with offset');

export const hazardSchema = z.object({
  id: z.uuid(),
  enterpriseId: z.uuid(),
  enterpriseName: z.string(),
  regionCode: z.string(),
  title: z.string(),
  description: z.string(),
  location: z.string(),
  source: hazardSourceSchema,
  category: hazardCategorySchema,
  grade: hazardGradeSchema,
  status: hazardStatusSchema,
  foundAt: isoString,
  deadline: isoString.nullable().describe('the effective deadline, the last allowed instant'),
  closedAt: isoString.nullable(),
  overdue: z.boolean().describe('deadline passed and not closed, computed at read time'),
  supervised: z.boolean().describe('listed for supervision (挂牌督办)'),
  legalBasis: legalBasisSchema,
  checklistItemId: z.string().nullable(),
  reportedBy: z.object({ id: z.uuid().nullable(), name: z.string() }),
  createdAt: isoString,
  updatedAt: isoString,
});
export type Hazard = z.infer<typeof hazardSchema>;

export const hazardPhotoSchema = z.object({
  id: z.uuid(),
  kind: z.enum(['finding', 'result', 'evidence']),
  contentType: z.string(),
  url: z.string(),
});
export type HazardPhoto = z.infer<typeof hazardPhotoSchema>;

export const hazardTimelineEntrySchema = z.object({
  id: z.number().int(),
  at: isoString,
  actorId: z.uuid().nullable(),
  actorName: z.string(),
  action: z.union([hazardActionSchema, z.literal('report'), z.literal('order_deadline')]).describe('order_deadline: the deadline set by the line of a 责令限期整改指令书 (server/inspections)'),
  fromStatus: hazardStatusSchema.nullable(),
  toStatus: hazardStatusSchema,
  body: z.unknown().describe('the request body of the action, as validated'),
  deadlineFrom: isoString.nullable(),
  deadlineTo: isoString.nullable(),
});
export type HazardTimelineEntry = z.infer<typeof hazardTimelineEntrySchema>;

export const hazardDetailSchema = hazardSchema.extend({
  rectification: z
    .object({
      mode: rectificationModeSchema,
      deadline: isoString,
      responsiblePerson: z.string(),
      measures: z.string(),
      fundsYuan: z.number().int(),
    })
    .nullable(),
  governancePlan: governancePlanSchema.nullable(),
  supervision: z
    .object({ level: supervisionLevelSchema, authority: z.string(), documentNo: z.string().nullable(), deadline: isoString, listedAt: isoString, listedBy: z.string() })
    .nullable(),
  extensions: z.array(
    z.object({
      id: z.number().int(),
      requestedBy: z.string(),
      requestedAt: isoString,
      requestedDeadline: isoString,
      previousDeadline: isoString,
      reason: z.string(),
      decision: z.object({ by: z.string(), at: isoString, granted: z.boolean(), comment: z.string().nullable() }).nullable(),
    }),
  ),
  photos: z.array(hazardPhotoSchema),
  timeline: z.array(hazardTimelineEntrySchema),
  allowedActions: z.array(hazardActionSchema).describe('what the caller may do now'),
});
export type HazardDetail = z.infer<typeof hazardDetailSchema>;

const dateFilter = z.iso.datetime({ offset: true }).or(z.iso.date());

export const hazardSortSchema = z.enum(['-foundAt', 'foundAt', 'deadline', '-deadline', '-createdAt']);

export const hazardListQuerySchema = z.object({
  q: text({ trim: true }).max(100).optional().describe('part of the title or location'),
  status: hazardStatusSchema.optional(),
  grade: hazardGradeSchema.optional(),
  source: hazardSourceSchema.optional(),
  overdue: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  supervised: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  enterpriseId: z.uuid().optional(),
  regionCode: z.string().regex(/^\d{6}(\d{3})?$/).optional(),
  industryCode: z.string().regex(/^([A-T]|\d{2,4})$/).optional(),
  foundFrom: dateFilter.optional(),
  foundTo: dateFilter.optional(),
  closedFrom: dateFilter.optional(),
  closedTo: dateFilter.optional(),
  sort: hazardSortSchema.default('-foundAt'),
});
export type HazardListQuery = z.output<typeof hazardListQuerySchema>;

export const photoSchema = z.object({
  id: z.uuid(),
  contentType: z.enum(['image/jpeg', 'image/png', 'image/webp']),
  sizeBytes: z.number().int(),
  createdAt: isoString,
});
export type Photo = z.infer<typeof photoSchema>;
