import { z } from 'zod';
import { pageQuerySchema } from '../shared/pagination.ts';
import { text } from '../shared/text.ts';

export const auditEventSchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  ip: z.string().nullable(),
  hash: z.string(),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

/** `GET /audit`: every filter optional and combined with AND; newest first. */
export const auditQuerySchema = pageQuerySchema.extend({
  /** Entity type, e.g. `hazard`, `webhook`, `partner_client`. */
  entity: text().max(50).optional(),
  entityId: text().max(100).optional(),
  actorId: z.uuid().optional(),
  /** The start of the actor's name (a username, or `scheduler`, `alarm-engine` …), in any case. */
  actor: text({ trim: true }).max(100).optional(),
  action: text().max(50).optional(),
  /** The enterprise itself and the records it owns (hazards, alarms, sensors, inspections, documents, accidents …). */
  enterpriseId: z.uuid().optional(),
  /** From this instant (inclusive) … */
  from: z.iso.datetime({ offset: true }).optional(),
  /** … to this instant (exclusive). */
  to: z.iso.datetime({ offset: true }).optional(),
});
export type AuditQuery = z.output<typeof auditQuerySchema>;

export const auditVerifySchema = z.object({
  ok: z.boolean(),
  /** Rows whose hash and link were checked (up to the broken one). */
  rows: z.number().int(),
  brokenAt: z.string().optional().describe('the id of the first row whose hash or link does not hold'),
  reason: z.string().optional(),
  checkedAt: z.string(),
});
export type AuditVerify = z.infer<typeof auditVerifySchema>;

/**
 * Entity types the trail records and that the admin screen offers as a filter (the filter takes any text: a new
 * entity type is searchable before it is listed here).
 */
export const AUDIT_ENTITIES = [
  'enterprise',
  'hazard',
  'alarm',
  'sensor',
  'device_key',
  'accident',
  'inspection',
  'enforcement_document',
  'risk_point',
  'major_hazard_source',
  'investigation_plan',
  'investigation_task',
  'checklist',
  'inspection_plan',
  'inspection_draw',
  'expert_campaign',
  'user',
  'department',
  'webhook',
  'partner_client',
  'city_map',
  'login_lock',
  'law',
] as const;
