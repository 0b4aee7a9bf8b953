import type { AccidentGrade } from '../../core/accidents/accident-grade.ts';
import type { Figures } from '../../core/accidents/accident.schema.ts';
import type { WebhookEventInput } from '../webhooks/webhook-outbox.ts';

interface AccidentPlaceRow {
  enterprise_id: string | null;
  region_code: string;
  industry_code: string;
  region_path: readonly string[];
  industry_path: readonly string[];
  occurred_at: Date | string;
}

/** The accident as webhooks carry it (core/webhooks/webhook-payloads.ts), scoped by its own place. */
function summary(id: string, r: AccidentPlaceRow, figures: Figures, grade: AccidentGrade) {
  return {
    accidentId: id,
    enterpriseId: r.enterprise_id,
    regionCode: r.region_code,
    industryCode: r.industry_code,
    occurredAt: new Date(r.occurred_at).toISOString(),
    grade,
    deaths: figures.deaths,
    missing: figures.missing,
    seriousInjuries: figures.seriousInjuries,
    directLossYuan: figures.directLossYuan,
  };
}

const subjectOf = (r: AccidentPlaceRow) => ({ enterpriseId: r.enterprise_id, regionPath: r.region_path, industryPath: r.industry_path });

export const accidentReported = (id: string, r: AccidentPlaceRow, figures: Figures, grade: AccidentGrade): WebhookEventInput => ({
  event: 'accident.reported',
  subject: subjectOf(r),
  data: summary(id, r, figures, grade),
});

export const accidentRevised = (id: string, r: AccidentPlaceRow, figures: Figures, gradeFrom: AccidentGrade, gradeTo: AccidentGrade, reason: string | null): WebhookEventInput => ({
  event: 'accident.revised',
  subject: subjectOf(r),
  data: { ...summary(id, r, figures, gradeTo), gradeFrom, reason },
});
