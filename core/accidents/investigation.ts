import { z } from 'zod';
import { addCivilDays, cityDateOf, cityDayEnd } from '../shared/city-time.ts';
import type { AccidentGrade } from './accident-grade.ts';

/** Who investigates (493号令 Art. 19, domain-rules §1.5 [M]). */
export const investigationAuthoritySchema = z.enum(['state_council', 'province', 'city', 'county']);
export type InvestigationAuthority = z.infer<typeof investigationAuthoritySchema>;

export const AUTHORITY_BY_GRADE: Readonly<Record<AccidentGrade, InvestigationAuthority>> = {
  extraordinary: 'state_council',
  major: 'province',
  larger: 'city',
  general: 'county',
};

export interface InvestigationRules {
  /** Art. 29: the report is due within 60 days of the accident… */
  reportDays: number;
  /** …extendable once, by at most 60 days. */
  maxExtensionDays: number;
  /** Art. 32: the government replies within 15 days of receiving the report (30 for 特别重大). */
  replyDays: number;
  replyDaysExtraordinary: number;
}

export const ART29_32_RULES: InvestigationRules = { reportDays: 60, maxExtensionDays: 60, replyDays: 15, replyDaysExtraordinary: 30 };

export const investigationSchema = z.object({
  authority: investigationAuthoritySchema,
  reportDueAt: z.iso.datetime({ offset: true }),
  extendedByDays: z.number().int().nullable(),
  reportSubmittedAt: z.iso.datetime({ offset: true }).nullable(),
  replyDueAt: z.iso.datetime({ offset: true }).nullable(),
  repliedAt: z.iso.datetime({ offset: true }).nullable(),
});
export type Investigation = z.infer<typeof investigationSchema>;

const endOfDayAfter = (at: Date, days: number) => cityDayEnd(addCivilDays(cityDateOf(at), days)).toISOString();

/**
 * The investigation of an accident of `grade` as it stands: authority by grade, report due at 24:00 of the 60th
 * day after the accident (plus one extension), the government reply 15 (30) days after the report arrived.
 */
export function investigationOf(
  grade: AccidentGrade,
  occurredAt: Date,
  progress: { extendedByDays: number | null; reportSubmittedAt: Date | null; repliedAt: Date | null },
  rules: InvestigationRules = ART29_32_RULES,
): Investigation {
  const replyDays = grade === 'extraordinary' ? rules.replyDaysExtraordinary : rules.replyDays;
  return {
    authority: AUTHORITY_BY_GRADE[grade],
    reportDueAt: endOfDayAfter(occurredAt, rules.reportDays + (progress.extendedByDays ?? 0)),
    extendedByDays: progress.extendedByDays,
    reportSubmittedAt: progress.reportSubmittedAt?.toISOString() ?? null,
    replyDueAt: progress.reportSubmittedAt ? endOfDayAfter(progress.reportSubmittedAt, replyDays) : null,
    repliedAt: progress.repliedAt?.toISOString() ?? null,
  };
}

export const investigationActionSchema = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('extend'), days: z.number().int().min(1).max(ART29_32_RULES.maxExtensionDays) }),
  z.strictObject({ action: z.literal('submit_report'), at: z.iso.datetime({ offset: true }) }),
  z.strictObject({ action: z.literal('reply'), at: z.iso.datetime({ offset: true }) }),
]);
export type InvestigationAction = z.infer<typeof investigationActionSchema>;

export type InvestigationDecision =
  | { ok: true; changes: { extendedByDays?: number; reportSubmittedAt?: Date; repliedAt?: Date } }
  | { ok: false; message: string; reason: string };

/** Art. 29 allows one extension, before the report; a reply needs a report; nothing is in the future. */
export function decideInvestigation(current: Investigation, occurredAt: Date, action: InvestigationAction, now: Date, rules = ART29_32_RULES): InvestigationDecision {
  switch (action.action) {
    case 'extend':
      if (current.extendedByDays !== null) return { ok: false, message: 'the investigation period may be extended only once (493号令 Art. 29)', reason: 'already_extended' };
      if (current.reportSubmittedAt !== null) return { ok: false, message: 'the report has already been submitted', reason: 'report_submitted' };
      if (action.days > rules.maxExtensionDays) return { ok: false, message: `an extension is at most ${rules.maxExtensionDays} days`, reason: 'extension_too_long' };
      return { ok: true, changes: { extendedByDays: action.days } };
    case 'submit_report': {
      const at = new Date(action.at);
      if (current.reportSubmittedAt !== null) return { ok: false, message: 'the report has already been submitted', reason: 'report_submitted' };
      if (at > now || at < occurredAt) return { ok: false, message: 'the report date must lie between the accident and now', reason: 'date_out_of_range' };
      return { ok: true, changes: { reportSubmittedAt: at } };
    }
    case 'reply': {
      const at = new Date(action.at);
      if (current.reportSubmittedAt === null) return { ok: false, message: 'the government replies to a submitted report', reason: 'no_report' };
      if (current.repliedAt !== null) return { ok: false, message: 'the report has already been replied to', reason: 'already_replied' };
      if (at > now || at < new Date(current.reportSubmittedAt)) return { ok: false, message: 'the reply date must lie between the report and now', reason: 'date_out_of_range' };
      return { ok: true, changes: { repliedAt: at } };
    }
  }
}
