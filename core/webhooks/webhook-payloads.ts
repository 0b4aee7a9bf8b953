import { z } from 'zod';
import { accidentGradeSchema } from '../accidents/accident-grade.ts';
import { hazardGradeSchema, hazardStatusSchema } from '../hazards/hazard.schema.ts';
import { escalationTargetSchema } from '../hazards/overdue.ts';
import { alarmStatusSchema } from '../monitoring/alarm.schema.ts';
import { alarmKindSchema, alarmSeveritySchema } from '../monitoring/sensor-rules.ts';
import { WEBHOOK_TEST_EVENT, type WebhookEvent } from './webhook-events.ts';

/**
 * The `data` of each webhook event: what a receiver needs to decide whether to act, with the ids to read the rest
 * (a partner client's change feed, or the record's own endpoint). Every event names its enterprise (null only for
 * an accident outside any registered enterprise); fields are only ever added.
 */
const enterpriseId = z.uuid().describe('the enterprise concerned');

const accidentSummary = {
  accidentId: z.uuid(),
  enterpriseId: z.uuid().nullable().describe('null: an accident outside any registered enterprise'),
  regionCode: z.string(),
  industryCode: z.string(),
  occurredAt: z.string(),
  grade: accidentGradeSchema,
  deaths: z.number().int(),
  missing: z.number().int(),
  seriousInjuries: z.number().int(),
  directLossYuan: z.number(),
};

export const WEBHOOK_PAYLOADS = {
  'hazard.reported': z.object({ hazardId: z.uuid(), enterpriseId, grade: hazardGradeSchema, title: z.string() }).describe('A hidden hazard was reported (by the enterprise, an inspection, the public, or the alarm → hazard bridge).'),
  'hazard.transitioned': z
    .object({ hazardId: z.uuid(), enterpriseId, action: z.string(), from: hazardStatusSchema.nullable(), to: hazardStatusSchema, deadline: z.string().nullable() })
    .describe('A hazard moved in its lifecycle (rectification started, submitted for review, closed, reopened …).'),
  'hazard.escalated': z
    .object({ hazardId: z.uuid(), enterpriseId, target: escalationTargetSchema, deadline: z.string() })
    .describe('An overdue hazard reached the next step of the escalation ladder.'),
  'alarm.opened': z
    .object({ alarmId: z.uuid(), sensorId: z.uuid(), enterpriseId, kind: alarmKindSchema, severity: alarmSeveritySchema, value: z.number().nullable(), limit: z.number().nullable(), openedAt: z.string() })
    .describe('A sensor alarm opened (a silenced sensor opens its alarms without this event).'),
  'alarm.acknowledged': z
    .object({ alarmId: z.uuid(), sensorId: z.uuid(), enterpriseId, status: alarmStatusSchema, acknowledgedBy: z.string(), note: z.string().nullable() })
    .describe('Someone on duty acknowledged an alarm.'),
  'alarm.cleared': z
    .object({ alarmId: z.uuid(), sensorId: z.uuid(), enterpriseId, value: z.number().nullable(), clearedAt: z.string() })
    .describe('An alarm cleared: the readings came back within the limits.'),
  'accident.reported': z.object(accidentSummary).describe('An accident was reported (493号令 Art. 9); historical imports send nothing.'),
  'accident.revised': z
    .object({ ...accidentSummary, gradeFrom: accidentGradeSchema, reason: z.string().nullable() })
    .describe('A supplementary report (补报) changed the figures, and with them perhaps the grade.'),
  'inspection.created': z
    .object({ inspectionId: z.uuid(), enterpriseId, kind: z.enum(['inspection', 're_inspection']), findings: z.number().int(), orderDocumentId: z.uuid().nullable() })
    .describe('An enforcement inspection, or a re-inspection of a rectification order, was recorded.'),
  'inspection.order_issued': z
    .object({ documentId: z.uuid(), inspectionId: z.uuid(), enterpriseId, number: z.string(), correctsId: z.uuid().nullable() })
    .describe('A rectification order (责令限期整改指令书) was issued on an inspection.'),
  'inspection.closed': z
    .object({ inspectionId: z.uuid().describe('the re-inspection'), orderDocumentId: z.uuid(), orderInspectionId: z.uuid(), enterpriseId })
    .describe('A re-inspection found every finding of a rectification order rectified: the order is complied with.'),
} satisfies Record<WebhookEvent, z.ZodType>;

export type WebhookPayload<E extends WebhookEvent> = z.input<(typeof WEBHOOK_PAYLOADS)[E]>;

export const webhookTestPayload = z.object({ webhookId: z.uuid(), message: z.string() }).describe('Sent by "send test" to one webhook.');

/** The body of every delivery. */
export const webhookEnvelope = <T extends z.ZodType>(event: string, data: T) =>
  z.object({ event: z.literal(event), at: z.string().describe('ISO time of the change'), data });

export { WEBHOOK_TEST_EVENT };
