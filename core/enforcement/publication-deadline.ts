import { addWorkingDays, type AddWorkingDaysResult, type WorkingCalendar } from '../shared/working-days.ts';

/**
 * 行政处罚信息公示: a penalty decision is published in the regulator's disclosure system within 7 working days of
 * the decision (安全生产法 2021 amendment; domain-rules §8.1, tagged [M]: a figure to confirm, hence a named default
 * that a caller may replace from configuration). Working days as 行政处罚法 Art. 85 counts them: statutory holidays
 * excluded, make-up working days (调休) included; the day of the decision is not counted (民法典 Art. 201).
 */
export const PUBLICATION_WORKING_DAYS = 7;

/** The last day to publish a decision made on `decidedOn`, or the year the calendar does not cover. */
export function publicationDeadline(calendar: WorkingCalendar, decidedOn: string, workingDays = PUBLICATION_WORKING_DAYS): AddWorkingDaysResult {
  return addWorkingDays(calendar, decidedOn, workingDays);
}
