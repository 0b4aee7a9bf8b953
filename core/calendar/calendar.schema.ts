import { z } from 'zod';
import { civilDateSchema } from '../hazards/investigation-plan.schema.ts';
import { requiredText } from '../hazards/hazard.schema.ts';
import { isWeekend, MAX_WORKING_DAYS } from '../shared/working-days.ts';

/** The working-day calendar's API (docs/adr/0048): the calculator and the administrator's years. */

/** Years an administrator may enter: the platform's working life, not history. */
export const CALENDAR_YEAR_MIN = 2000;
export const CALENDAR_YEAR_MAX = 2100;

export const calendarYearParamSchema = z.coerce.number().int().min(CALENDAR_YEAR_MIN).max(CALENDAR_YEAR_MAX);

/** Body of `POST /api/v1/calendar/add-working-days`. */
export const addWorkingDaysInputSchema = z.strictObject({
  from: civilDateSchema.describe('the day counting starts after (itself not counted)'),
  workingDays: z.int().min(1).max(MAX_WORKING_DAYS).describe(`working days to add, 1 to ${MAX_WORKING_DAYS}`),
});

export const addWorkingDaysSchema = z.object({ date: z.string().describe('YYYY-MM-DD: the workingDays-th working day after from') });

export const calendarDayKindSchema = z.enum(['holiday', 'workday']).describe('holiday: a day off by the notice (weekend days of the break included); workday: a weekend day made a working day (调休)');

export const calendarDaySchema = z.object({
  date: civilDateSchema,
  kind: calendarDayKindSchema,
  name: requiredText(50).describe('the festival: 春节, 国庆节 …'),
});

/**
 * Body of `PUT /api/v1/calendar/years/{year}`: the year's days from the State Council's notice. That every day lies
 * in `{year}` is checked against the path (`daysOutsideYear`).
 */
export const calendarYearInputSchema = z
  .strictObject({
    notice: requiredText(200).describe('the notice the days come from, e.g. 国务院办公厅关于2027年部分节假日安排的通知 and its 文号'),
    days: z.array(calendarDaySchema).min(1).max(120),
  })
  .superRefine((body, ctx) => {
    const seen = new Set<string>();
    body.days.forEach((d, i) => {
      if (seen.has(d.date)) ctx.addIssue({ code: 'custom', path: ['days', i, 'date'], message: 'is listed twice', input: d.date, params: { reason: 'duplicate' } });
      else if (d.kind === 'workday' && civilDateSchema.safeParse(d.date).success && !isWeekend(d.date)) {
        ctx.addIssue({ code: 'custom', path: ['days', i, 'date'], message: 'must be a Saturday or Sunday to be a make-up working day', input: d.date, params: { reason: 'workday_not_weekend' } });
      }
      seen.add(d.date);
    });
    if (!body.days.some((d) => d.kind === 'holiday')) ctx.addIssue({ code: 'custom', path: ['days'], message: 'must name at least one holiday', input: body.days, params: { reason: 'at_least_one_holiday' } });
  });
export type CalendarYearInput = z.output<typeof calendarYearInputSchema>;

/** The days of a PUT that do not lie in the year of its path, as validation problems. */
export const daysOutsideYear = (year: number, days: readonly { date: string }[]) =>
  days.flatMap((d, i) => (Number(d.date.slice(0, 4)) === year ? [] : [{ path: `days.${i}.date`, message: `must lie in ${year}`, reason: 'not_in_year', params: { year } }]));

export const calendarYearSummarySchema = z.object({
  year: z.int(),
  source: z.enum(['package', 'admin']).describe('package: shipped with the platform (npm chinese-days); admin: entered by an administrator, overriding the package'),
  notice: z.string().nullable(),
  holidays: z.int().describe('days off named by the notice'),
  workdays: z.int().describe('make-up working days'),
  updatedAt: z.date().nullable(),
  updatedBy: z.string().nullable(),
});
export type CalendarYearSummary = z.infer<typeof calendarYearSummarySchema>;

export const calendarYearDetailSchema = calendarYearSummarySchema.extend({
  days: z.array(z.object({ date: z.string(), kind: calendarDayKindSchema, name: z.string() })),
});
export type CalendarYearDetail = z.infer<typeof calendarYearDetailSchema>;
