import { z } from 'zod';
import { addCivilDays, isoWeekday, type CivilDate } from '../shared/city-time.ts';
import type { Penalty } from './case.schema.ts';

/**
 * The procedure's periods and thresholds (domain-rules §8.1, all [M] or [L]: configuration, confirm with the
 * legal office), and how its short periods are counted.
 *
 * Counting. 行政处罚法 (2021) Art. 85: its "二日、三日、五日、七日" are working days, not counting statutory holidays;
 * the day of the act that starts a period is not counted (期间开始之日不计算在内 — the rule of 民法典 Art. 201 and
 * 行政诉讼法 Art. 82 that administrative procedure follows). So the hearing request window (Art. 64 (一): "告知后
 * 五日内") served on day D covers the five working days after D; a request on the fifth is in time, the decision
 * may be taken the next day at the earliest. The 15-day payment period (Art. 67) is not one of Art. 85's and runs
 * in calendar days from the day after service.
 */
export interface WorkingDayCalendar {
  /** The `n`th working day after `from` (YYYY-MM-DD), `from` itself not counted. */
  addWorkingDays(from: string, n: number): string;
}

export interface ProcedureRules {
  /** 行政处罚法 Art. 64 (一): a hearing is requested within 5 (working) days of the notice [M]. */
  hearingRequestDays: number;
  /** 陈述、申辩 without a hearing right: 3 (working) days (《安全生产执法程序规定》) [M]. */
  statementDays: number;
  /** 行政处罚法 Art. 67: the fine is paid within 15 days of receiving the decision [M]. */
  paymentDays: number;
  /**
   * 较大数额罚款 gives a right to a hearing (行政处罚法 Art. 63 (一)); the amounts are set per province or ministry [L].
   * A fine at or above the figure qualifies.
   */
  hearingThresholdYuan: { unit: number; person: number };
}

export const DEFAULT_PROCEDURE_RULES: ProcedureRules = {
  hearingRequestDays: 5,
  statementDays: 3,
  paymentDays: 15,
  hearingThresholdYuan: { unit: 50_000, person: 5_000 },
};

const days = (max: number) => z.number().int('must be whole days').min(1, 'must be at least 1').max(max, `must be at most ${max}`);
const yuan = z.number().int('must be whole yuan').min(1, 'must be at least 1');

/** ANQUAN_PENALTY_PROCEDURE (README): any part of ProcedureRules; a part left out keeps its default. */
export const procedureRulesConfigSchema = z.strictObject({
  hearingRequestDays: days(30).optional(),
  statementDays: days(30).optional(),
  paymentDays: days(90).optional(),
  hearingThresholdYuan: z.strictObject({ unit: yuan.optional(), person: yuan.optional() }).optional(),
});
export type ProcedureRulesConfig = z.infer<typeof procedureRulesConfigSchema>;

export function withDefaultProcedureRules(config: ProcedureRulesConfig | undefined): ProcedureRules {
  const d = DEFAULT_PROCEDURE_RULES;
  return {
    hearingRequestDays: config?.hearingRequestDays ?? d.hearingRequestDays,
    statementDays: config?.statementDays ?? d.statementDays,
    paymentDays: config?.paymentDays ?? d.paymentDays,
    hearingThresholdYuan: { unit: config?.hearingThresholdYuan?.unit ?? d.hearingThresholdYuan.unit, person: config?.hearingThresholdYuan?.person ?? d.hearingThresholdYuan.person },
  };
}

export const parseCivilDate = (s: string): CivilDate => {
  const [year, month, day] = s.split('-').map(Number) as [number, number, number];
  return { year, month, day };
};
export const formatCivilDate = (d: CivilDate) => `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
export const addDays = (s: string, days: number) => formatCivilDate(addCivilDays(parseCivilDate(s), days));

/**
 * Monday to Friday, without holidays or 调休 make-up days: the fallback until the maintained working-day calendar
 * (issue 14 "calendar/add-working-days") is plugged in. It knows no holidays nor 调休 make-up days, so over
 * 国庆 or 春节 it closes a window too early: plug the real calendar in before production.
 */
export const WEEKDAY_CALENDAR: WorkingDayCalendar = {
  addWorkingDays(from, n) {
    let date = parseCivilDate(from);
    for (let left = n; left > 0; ) {
      date = addCivilDays(date, 1);
      if (isoWeekday(date) <= 5) left--;
    }
    return formatCivilDate(date);
  },
};

/** Whether a proposed penalty gives the party a right to a hearing (较大数额罚款, Art. 63 (一)). */
export function qualifiesForHearing(penalty: Penalty, rules: ProcedureRules): boolean {
  const t = rules.hearingThresholdYuan;
  return (penalty.unitFineYuan ?? 0) >= t.unit || penalty.persons.some((p) => p.fineYuan >= t.person);
}

/** The last day of the party's window after a notice served on `servedOn`: hearing request, or statement only. */
export function windowEndsOn(servedOn: string, hearingEligible: boolean, rules: ProcedureRules, calendar: WorkingDayCalendar): string {
  return calendar.addWorkingDays(servedOn, hearingEligible ? rules.hearingRequestDays : rules.statementDays);
}

/** The payment deadline: `paymentDays` calendar days after the day the decision was served (Art. 67). */
export const paymentDueOn = (servedOn: string, rules: ProcedureRules) => addDays(servedOn, rules.paymentDays);
