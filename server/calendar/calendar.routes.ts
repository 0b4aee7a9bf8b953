import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  addWorkingDaysInputSchema,
  addWorkingDaysSchema,
  calendarYearDetailSchema,
  calendarYearInputSchema,
  calendarYearParamSchema,
  calendarYearSummarySchema,
} from '../../core/calendar/calendar.schema.ts';
import { auditActorOf } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';
import { addWorkingDaysTo, getCalendarYear, listCalendarYears, putCalendarYear, removeCalendarYear } from './calendar.service.ts';

const yearParams = z.object({ year: calendarYearParamSchema });

export const calendarRoutes = (db: Db): FastifyPluginAsyncZod => async (app) => {
  app.post('/calendar/add-working-days', {
    config: { permission: 'app.use' },
    schema: {
      tags: ['calendar'],
      summary:
        'The Nth working day after a date (the date itself not counted): make-up working days (调休) count, holidays do not. 422 UNPROCESSABLE (reason calendar_year_not_covered, params.year) when a year counted through has no holiday notice in the calendar',
      body: addWorkingDaysInputSchema,
      response: { 200: addWorkingDaysSchema },
    },
    handler: (request) => addWorkingDaysTo(db, request.body.from, request.body.workingDays),
  });

  app.get('/calendar/years', {
    config: { permission: 'admin.calendar' },
    schema: {
      tags: ['calendar'],
      summary: 'The years the working-day calendar covers, newest first: shipped with the platform (package) or entered by an administrator (admin, overriding the package)',
      response: { 200: z.object({ items: z.array(calendarYearSummarySchema) }) },
    },
    handler: () => listCalendarYears(db),
  });

  app.get('/calendar/years/:year', {
    config: { permission: 'admin.calendar' },
    schema: { tags: ['calendar'], summary: 'A covered year with its holidays and make-up working days; 404 for a year not covered', params: yearParams, response: { 200: calendarYearDetailSchema } },
    handler: (request) => getCalendarYear(db, request.params.year),
  });

  app.put('/calendar/years/:year', {
    config: { permission: 'admin.calendar' },
    schema: {
      tags: ['calendar'],
      summary: 'Enter a year from the State Council’s holiday notice: every day off (weekend days of a break included) and every make-up working day. Replaces the year whole, overriding the package; audited',
      params: yearParams,
      body: calendarYearInputSchema,
      response: { 200: calendarYearDetailSchema },
    },
    handler: (request) => putCalendarYear(db, auditActorOf(request.actor), request.params.year, request.body),
  });

  app.delete('/calendar/years/:year', {
    config: { permission: 'admin.calendar' },
    schema: { tags: ['calendar'], summary: 'Remove an administrator’s year: the package’s data for it (if any) applies again; audited', params: yearParams },
    handler: async (request, reply) => {
      await removeCalendarYear(db, auditActorOf(request.actor), request.params.year);
      return reply.code(204).send();
    },
  });
};
