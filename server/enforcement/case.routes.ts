import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { WEEKDAY_CALENDAR } from '../../core/enforcement/procedure-rules.ts';
import { procedureCalendar } from '../calendar/calendar.service.ts';
import { z } from 'zod';
import { caseActionBodySchema, caseCreateSchema, type CaseAction, type CaseActionBody } from '../../core/enforcement/case.schema.ts';
import { benchmarkPutSchema, benchmarkQuerySchema, benchmarkSetSchema, caseDetailSchema, caseListQuerySchema, caseSummarySchema } from '../../core/enforcement/case-view.schema.ts';
import { pageQuerySchema, pageSchema } from '../../core/shared/pagination.ts';
import type { Db } from '../db/database.ts';
import { putBenchmarks, queryBenchmarks } from './benchmark.service.ts';
import { caseDocumentPdf } from './case-document.service.ts';
import { actOnCase, createCase, DEFAULT_CASE_PROCEDURE, getCase, listCases, type CaseProcedure } from './case.service.ts';

const idParams = z.object({ id: z.uuid() });
const tags = ['penalty cases'];

/** What each step is, for the OpenAPI document (行政处罚法 2021 Chapter V; core/enforcement/case-lifecycle.ts). */
const ACTION_SUMMARIES: Readonly<Record<CaseAction, string>> = {
  approve_filing: '立案审批: approve the filing (not by the filer, nor by an investigator)',
  record_evidence: 'Record evidence (询问笔录/照片/抽样/勘验记录) with its time and at least two officers',
  serve_notice: 'Serve the 行政处罚告知书 with the proposed penalty; opens the party’s window',
  request_hearing: 'Record the party’s hearing request (within the window; 409 after it)',
  waive_hearing: 'Record the party’s written waiver of the hearing',
  record_hearing: 'Record the hearing held',
  decide: '行政处罚决定: 409 hearing_window_open while the party’s window is open; 400 for a fine outside the benchmark without a reason',
  serve_decision: 'Serve the 行政处罚决定书; the payment deadline runs from service',
  record_payment: 'Record a payment of the fine',
  arrange_payment: '延期/分期缴纳 approval',
  close: '结案审批',
  no_penalty: '不予处罚',
  withdraw: '撤案',
  transfer: '移送 to another authority',
};

export const caseRoutes = (db: Db, procedure: CaseProcedure = DEFAULT_CASE_PROCEDURE): FastifyPluginAsyncZod => async (app) => {
  app.get('/penalty-cases', {
    config: { permission: 'cases.view' },
    schema: { tags, summary: 'Penalty cases of the caller’s department, newest filing first', querystring: caseListQuerySchema.extend(pageQuerySchema.shape), response: { 200: pageSchema(caseSummarySchema) } },
    handler: (request) => listCases(db, request.actor, request.query),
  });

  app.post('/penalty-cases', {
    config: { permission: 'cases.handle' },
    schema: { tags, summary: '立案: file a penalty case against an enterprise in scope', body: caseCreateSchema, response: { 201: caseDetailSchema } },
    handler: async (request, reply) => reply.code(201).send(await createCase(db, request.actor, request.body)),
  });

  app.get('/penalty-cases/:id', {
    config: { permission: 'cases.view' },
    schema: { tags, summary: 'One case with its timeline, evidence, payments and the caller’s allowed actions (404 outside the department)', params: idParams, response: { 200: caseDetailSchema } },
    handler: (request) => getCase(db, request.actor, request.params.id),
  });

  for (const option of caseActionBodySchema.options) {
    const action = option.shape.action.value;
    // The action is the path's; the body is the rest of that action's schema (one schema per action, as hazards).
    const body = (option as unknown as z.ZodObject).omit({ action: true });
    app.post(`/penalty-cases/:id/actions/${action}`, {
      config: { permission: 'cases.handle' },
      schema: { tags, summary: ACTION_SUMMARIES[action], params: idParams, body, response: { 200: caseDetailSchema } },
      // Windows count Chinese working days (holidays and 调休 from the calendar an administrator keeps), unless the caller gave a calendar.
      handler: async (request) =>
        actOnCase(db, request.actor, request.params.id, { ...(request.body as object), action } as CaseActionBody, {
          ...procedure,
          calendar: procedure.calendar === WEEKDAY_CALENDAR ? await procedureCalendar(db) : procedure.calendar,
        }),
    });
  }

  app.get('/penalty-cases/:id/documents/:file', {
    config: { permission: 'cases.view' },
    schema: {
      tags,
      summary: 'GET /penalty-cases/{id}/documents/{documentId}.pdf: a case document as PDF (404 outside the department)',
      params: z.object({ id: z.uuid(), file: z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.pdf$/i, 'must be {documentId}.pdf') }),
    },
    handler: async (request, reply) => {
      const { pdf, content } = await caseDocumentPdf(db, request.actor, request.params.id, request.params.file.slice(0, -4));
      const filename = encodeURIComponent(`${content.title}-${content.number}.pdf`);
      return reply.type('application/pdf').header('content-disposition', `inline; filename*=UTF-8''${filename}`).header('cache-control', 'private, max-age=3600').send(pdf);
    },
  });

  app.get('/discretion-benchmarks', {
    config: { permission: 'benchmarks.view' },
    schema: { tags, summary: 'The discretion benchmarks in force on a day for a jurisdiction or an enterprise (the district’s, else the city’s, else the defaults)', querystring: benchmarkQuerySchema, response: { 200: benchmarkSetSchema } },
    handler: (request) => queryBenchmarks(db, request.actor, request.query),
  });

  app.put('/discretion-benchmarks', {
    config: { permission: 'benchmarks.manage' },
    schema: { tags, summary: 'Publish (or replace) a jurisdiction’s benchmark version from a date', body: benchmarkPutSchema, response: { 200: benchmarkSetSchema } },
    handler: (request) => putBenchmarks(db, request.actor, request.body),
  });
};
