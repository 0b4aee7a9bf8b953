import { z } from 'zod';
import { requiredText } from '../hazards/hazard.schema.ts';
import { DAY_MS } from '../shared/city-time.ts';
import { assessInputSchema, assessmentSchema } from './assess.ts';
import { text } from '../shared/text.ts';

/**
 * The registry of major hazard sources (重大危险源): each enterprise's units, their substances and quantities, the
 * GB 18218-2018 assessment computed from them, linked sensors, and the three 包保责任人 of the 2021 包保责任制 with
 * their checks (domain-rules §3.5 [L]).
 */

/** GB 18218-2018 §3 (domain-rules §3.1 [M]): a production unit (cut-off valves) or a storage unit (dike, warehouse). */
export const unitKindSchema = z.enum(['production', 'storage']);

/** The three 包保责任人: 主要负责人, 技术负责人, 操作负责人. */
export const guarantorRoleSchema = z.enum(['principal', 'technical', 'operational']);
export type GuarantorRole = z.infer<typeof guarantorRoleSchema>;

/**
 * How often each 包保责任人 checks the source, in days: 主要负责人 at least quarterly, 技术负责人 at least monthly,
 * 操作负责人 at least weekly (2021 包保责任制, 应急管理部《危险化学品企业重大危险源安全包保责任制办法（试行）》,
 * domain-rules §3.5 [L]), as a rolling interval from the last check (92 / 31 / 7 days, the longest quarter and
 * month): configuration rather than law.
 */
export const CHECK_INTERVAL_DAYS: Record<GuarantorRole, number> = { principal: 92, technical: 31, operational: 7 };

/** When the next check of `role` is due after a check at `checkedAt` (or after registration): the rule above. */
export const nextCheckDue = (role: GuarantorRole, checkedAt: Date): Date => new Date(checkedAt.getTime() + CHECK_INTERVAL_DAYS[role] * DAY_MS);

const guarantorSchema = z.strictObject({ name: requiredText(50) });

const sourceFields = {
  name: requiredText(100).describe('e.g. 液氨罐区'),
  unitKind: unitKindSchema,
  exposedPopulation: assessInputSchema.shape.exposedPopulation,
  substances: assessInputSchema.shape.substances,
  sensorCodes: z.array(text({ trim: true }).min(1).max(64)).max(100).default([]).describe('codes of the sensors that monitor the unit'),
  guarantors: z.strictObject({ principal: guarantorSchema, technical: guarantorSchema, operational: guarantorSchema }).describe('包保责任人'),
};

/** Body of `POST /api/v1/major-hazard-sources`. */
export const majorHazardSourceCreateSchema = z.strictObject({ enterpriseId: z.uuid('must be an enterprise id'), ...sourceFields });
export type MajorHazardSourceCreate = z.output<typeof majorHazardSourceCreateSchema>;

/** Body of `PATCH /api/v1/major-hazard-sources/{id}`: changed quantities re-assess the source in the same write. */
export const majorHazardSourceUpdateSchema = z
  .strictObject({ ...sourceFields, sensorCodes: sourceFields.sensorCodes.removeDefault().optional() })
  .partial()
  .refine((v) => Object.keys(v).length > 0, 'give at least one field to change');
export type MajorHazardSourceUpdate = z.output<typeof majorHazardSourceUpdateSchema>;

/** Body of `POST /api/v1/major-hazard-sources/{id}/checks`: a 包保责任人 checked the source. */
export const guarantorCheckSchema = z.strictObject({
  role: guarantorRoleSchema,
  checkedAt: z.iso.datetime({ offset: true, message: 'must be an ISO 8601 time with offset' }).optional().describe('default: now; not in the future'),
  checker: requiredText(50).optional().describe('who checked; default: the 包保责任人 of the role'),
  items: z
    .array(requiredText(200))
    .min(1, 'name at least one thing that was checked')
    .max(30)
    .describe('what was checked, e.g. 安全监测监控系统运行情况'),
  problems: text({ trim: true, multiline: true }).max(1000, 'must be at most 1000 characters').optional().describe('problems found; empty: none'),
});
export type GuarantorCheckInput = z.output<typeof guarantorCheckSchema>;

/** One recorded check. */
export const guarantorCheckRecordSchema = z.object({
  id: z.uuid(),
  sourceId: z.uuid(),
  role: guarantorRoleSchema,
  checker: z.string(),
  checkedAt: z.string(),
  items: z.array(z.string()),
  problems: z.string().nullable(),
  hazardId: z.uuid().nullable().describe('the hazard reported from the problems found'),
  hazardTitle: z.string().nullable(),
  nextDueAt: z.string().describe('the next check of this role is due by then (CHECK_INTERVAL_DAYS)'),
  recordedBy: z.string(),
  createdAt: z.string(),
});
export type GuarantorCheckRecord = z.infer<typeof guarantorCheckRecordSchema>;

export const guarantorCheckListQuerySchema = z.object({ role: guarantorRoleSchema.optional() });

/** Body of `POST /api/v1/major-hazard-sources/{id}/checks/{checkId}/hazard`: the hazard reported from its problems. */
export const checkHazardLinkSchema = z.strictObject({ hazardId: z.uuid('must be a hazard id') });

export const guarantorViewSchema = z.object({
  role: guarantorRoleSchema,
  name: z.string(),
  intervalDays: z.number().int(),
  lastCheckedAt: z.string().nullable(),
  dueAt: z.string().describe('the next check is due by then'),
  overdue: z.boolean(),
});
export type GuarantorView = z.infer<typeof guarantorViewSchema>;

export const majorHazardSourceSchema = z.object({
  id: z.uuid(),
  enterpriseId: z.uuid(),
  enterpriseName: z.string(),
  name: z.string(),
  unitKind: unitKindSchema,
  exposedPopulation: z.number().int(),
  substances: assessInputSchema.shape.substances,
  assessment: assessmentSchema,
  isMajor: z.boolean(),
  level: z.number().int().nullable(),
  sensorCodes: z.array(z.string()),
  guarantors: z.array(guarantorViewSchema),
  checksOverdue: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type MajorHazardSource = z.infer<typeof majorHazardSourceSchema>;

export const majorHazardSourceListQuerySchema = z.object({
  enterpriseId: z.uuid().optional(),
  level: z.coerce.number().int().min(1).max(4).optional(),
  isMajor: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
});
export type MajorHazardSourceListQuery = z.output<typeof majorHazardSourceListQuerySchema>;

/** Stored per role: the name, the last check, and when a person replaced the previous one. */
export type StoredGuarantors = Record<GuarantorRole, { name: string; lastCheckedAt: string | null; assignedAt?: string }>;

/**
 * When each 包保责任人 must check next, and whether that has passed; a new source counts from its creation, a new
 * person from their assignment.
 */
export function guarantorViews(stored: StoredGuarantors, createdAt: Date, now: Date): GuarantorView[] {
  return guarantorRoleSchema.options.map((role) => {
    const { name, lastCheckedAt, assignedAt } = stored[role];
    const from = lastCheckedAt ? Date.parse(lastCheckedAt) : assignedAt ? Date.parse(assignedAt) : createdAt.getTime();
    const due = nextCheckDue(role, new Date(from));
    return { role, name, intervalDays: CHECK_INTERVAL_DAYS[role], lastCheckedAt, dueAt: due.toISOString(), overdue: now.getTime() > due.getTime() };
  });
}
