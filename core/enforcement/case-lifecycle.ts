import { cityDateOf } from '../shared/city-time.ts';
import type { CaseActionBody, CaseActionBodyOf, CaseAction, Penalty } from './case.schema.ts';
import { caseActionSchema } from './case.schema.ts';
import { invalidTransition, refusalOf } from './case-permissions.ts';
import { outstandingFen, type CaseActor, type CaseError, type CaseEvent, type CaseState } from './case-state.ts';
import { checkProposedFine, FINE_REASON_NAMES, TIER_NAMES, type DiscretionBenchmark } from './discretion.ts';
import { formatCivilDate, paymentDueOn, qualifiesForHearing, windowEndsOn, type ProcedureRules, type WorkingDayCalendar } from './procedure-rules.ts';

/**
 * The penalty-case procedure as a pure state machine (issue 14 "Penalty cases"; 行政处罚法 2021 Chapter V):
 *
 *   registered ─approve_filing─▶ investigating ─serve_notice─▶ notified ─request_hearing─▶ hearing
 *        │                        (record_evidence)     │   (waive_hearing)            (record_hearing)
 *        │                                              └──────────decide◀─────────────────┘
 *        │                                                          ▼
 *        │                                    decided ─serve_decision─▶ executing ─close─▶ closed
 *        │                                                   (record_payment, arrange_payment)
 *        └─ branches: withdraw → withdrawn, transfer → transferred, no_penalty → no_penalty
 *
 * `decide` checks, in this order, the case's state (409 INVALID_TRANSITION), the actor (403 FORBIDDEN; rules and
 * separation of duties in case-permissions.ts), then the body against the case (400 VALIDATION_FAILED, every
 * problem at once) — except that a decision taken while the party's window is still open is refused with 409
 * `hearing_window_open` (the case is not ready, whatever the body says). The caller parses the body with
 * `caseActionBodySchema`, checks scope (404) and passes the benchmark of the case's violation type.
 */

export interface CaseContext {
  now: Date;
  rules: ProcedureRules;
  calendar: WorkingDayCalendar;
  benchmark: DiscretionBenchmark;
}

export type CaseDecision = { ok: true; next: CaseState; event: CaseEvent } | { ok: false; error: CaseError };

type Detail = { path: string; message: string; reason?: string; params?: Record<string, string | number> };
type Applied = { next: CaseState; flagged?: boolean } | { details: Detail[] } | { error: CaseError };

/** A day of the procedure: not after today, not before the step it follows. */
function dateProblems(path: string, date: string, today: string, notBefore: { date: string | undefined; what: string }[]): Detail[] {
  if (date > today) return [{ path, message: `must not be after today (${today})` }];
  const earlier = notBefore.find((n) => n.date !== undefined && date < n.date);
  return earlier ? [{ path, message: `must not be before ${earlier.what} (${earlier.date})` }] : [];
}

/**
 * Checks a penalty against the benchmark (discretion.ts `checkProposedFine`) for the unit and each person, and that
 * a decision with a fine fines someone. Returns the problems and whether any fine was flagged.
 */
export function penaltyProblems(penalty: Penalty, benchmark: DiscretionBenchmark, path: string): { details: Detail[]; flagged: boolean } {
  const details: Detail[] = [];
  let flagged = false;
  if (penalty.reasonKind && !penalty.reason) details.push({ path: `${path}.reason`, message: 'is required with reasonKind: write the reason' });
  const reason = penalty.reason ? penalty.reasonKind : undefined;
  const check = (party: 'unit' | 'person', amount: number, at: string) => {
    const result = checkProposedFine(benchmark, penalty.tier, party, amount, reason);
    if (result.verdict === 'ok') {
      flagged ||= result.flagged;
    } else if (result.verdict === 'needs_reason') {
      const range = `${result.tierRange.minYuan}–${result.tierRange.maxYuan}`;
      const kinds = result.allowed.map((k) => `${k} (${FINE_REASON_NAMES[k]})`).join(' or ');
      details.push({ path: at, message: `is outside the ${TIER_NAMES[penalty.tier]} tier's range ${range} yuan: give reasonKind ${kinds} and a written reason`, reason: 'fine_needs_reason', params: { min: result.tierRange.minYuan, max: result.tierRange.maxYuan } });
    } else {
      const legal = result.legalRange;
      const message = legal ? `is outside the legal range ${legal.minYuan}–${legal.maxYuan} yuan of the penalising article` : `the penalising article fines no ${party}`;
      details.push({ path: at, message, reason: 'fine_outside_legal_range', ...(legal && { params: { min: legal.minYuan, max: legal.maxYuan } }) });
    }
  };
  if (penalty.unitFineYuan !== null) check('unit', penalty.unitFineYuan, `${path}.unitFineYuan`);
  penalty.persons.forEach((p, i) => check('person', p.fineYuan, `${path}.persons.${i}.fineYuan`));
  if (penalty.unitFineYuan === null && penalty.persons.length === 0) {
    details.push({ path, message: 'names no fine: a case without a penalty ends with no_penalty (不予处罚)' });
  }
  return { details, flagged };
}

const totalYuan = (p: Penalty) => (p.unitFineYuan ?? 0) + p.persons.reduce((sum, x) => sum + x.fineYuan, 0);

/** 行政处罚法 Art. 45 (二): the party's statement or defence must not earn a heavier penalty than the notice proposed. */
function heavierThanProposed(decided: Penalty, proposed: Penalty): Detail[] {
  const details: Detail[] = [];
  if ((decided.unitFineYuan ?? 0) > (proposed.unitFineYuan ?? 0)) {
    details.push({ path: 'penalty.unitFineYuan', message: `must not exceed the ${proposed.unitFineYuan ?? 0} yuan proposed in the notice (行政处罚法 Art. 45)` });
  }
  decided.persons.forEach((p, i) => {
    const before = proposed.persons.find((q) => q.name === p.name);
    if (!before || p.fineYuan > before.fineYuan) {
      details.push({ path: `penalty.persons.${i}.fineYuan`, message: `must not exceed the fine proposed for ${p.name} in the notice (行政处罚法 Art. 45)` });
    }
  });
  return details;
}

function serveNotice(state: CaseState, body: CaseActionBodyOf<'serve_notice'>, ctx: CaseContext, today: string): Applied {
  const dates = dateProblems('servedOn', body.servedOn, today, [{ date: state.lastEvidenceOn, what: 'the latest evidence' }]);
  const fines = penaltyProblems(body.proposed, ctx.benchmark, 'proposed');
  if (dates.length + fines.details.length > 0) return { details: [...dates, ...fines.details] };
  const hearingEligible = qualifiesForHearing(body.proposed, ctx.rules);
  const notice = { servedOn: body.servedOn, facts: body.facts, proposed: body.proposed, hearingEligible, windowEndsOn: windowEndsOn(body.servedOn, hearingEligible, ctx.rules, ctx.calendar) };
  return { next: { ...state, status: 'notified', notice }, flagged: fines.flagged };
}

function decideCase(state: CaseState, actor: CaseActor, body: CaseActionBodyOf<'decide'>, ctx: CaseContext, today: string): Applied {
  const notice = state.notice!;
  const heard = state.hearing?.heldOn;
  // Without a hearing held or waived, the party's window must have closed (行政处罚法 Arts. 44–45, 64).
  if (!heard && !state.hearingWaivedOn && body.decidedOn <= notice.windowEndsOn) {
    const message = `the party may state, defend${notice.hearingEligible ? ' or request a hearing' : ''} until ${notice.windowEndsOn}: decide after that day`;
    return { error: invalidTransition(message, 'hearing_window_open', { until: notice.windowEndsOn }) };
  }
  const after = [
    { date: notice.servedOn, what: 'the notice was served' },
    { date: heard, what: 'the hearing' },
    { date: state.hearingWaivedOn, what: 'the hearing was waived' },
  ];
  const dates = dateProblems('decidedOn', body.decidedOn, today, after);
  const fines = penaltyProblems(body.penalty, ctx.benchmark, 'penalty');
  const details = [...dates, ...fines.details, ...heavierThanProposed(body.penalty, notice.proposed)];
  if (details.length > 0) return { details };
  const decision = { decidedOn: body.decidedOn, decidedBy: actor.userId, penalty: body.penalty, totalFineYuan: totalYuan(body.penalty), flagged: fines.flagged };
  return { next: { ...state, status: 'decided', decision }, flagged: fines.flagged };
}

function arrangePayment(state: CaseState, body: CaseActionBodyOf<'arrange_payment'>, today: string): Applied {
  const details: Detail[] = [];
  const outstanding = outstandingFen(state);
  const sum = body.schedule.reduce((s, x) => s + x.amountFen, 0);
  if (sum !== outstanding) details.push({ path: 'schedule', message: `must add up to the outstanding ${outstanding} fen; it adds up to ${sum}` });
  if (body.kind === 'deferral' && body.schedule.length !== 1) details.push({ path: 'schedule', message: 'a deferral has one new due date' });
  if (body.kind === 'instalments' && body.schedule.length < 2) details.push({ path: 'schedule', message: 'instalments need at least two dates' });
  body.schedule.forEach((line, i) => {
    const previous = body.schedule[i - 1]?.dueOn ?? today;
    if (line.dueOn <= previous) details.push({ path: `schedule.${i}.dueOn`, message: `must be after ${previous}` });
  });
  return details.length > 0 ? { details } : { next: { ...state, schedule: body.schedule } };
}

function apply(state: CaseState, actor: CaseActor, body: CaseActionBody, ctx: CaseContext): Applied {
  const today = formatCivilDate(cityDateOf(ctx.now));
  const end = (status: CaseState['status'], extra: Partial<NonNullable<CaseState['ended']>> = {}): Applied => ({
    next: { ...state, status, ended: { by: actor.userId, on: today, ...extra } },
  });
  switch (body.action) {
    case 'approve_filing':
      return { next: { ...state, status: 'investigating', filingApprovedBy: actor.userId } };
    case 'record_evidence': {
      const takenOn = formatCivilDate(cityDateOf(new Date(body.takenAt)));
      const details = dateProblems('takenAt', takenOn, today, [{ date: state.filedOn, what: 'the case was filed' }]);
      if (details.length > 0) return { details };
      const ids = [actor.userId, ...body.officers.flatMap((o) => (o.userId ? [o.userId] : []))];
      const investigators = [...new Set([...state.investigators, ...ids])];
      const lastEvidenceOn = state.lastEvidenceOn && state.lastEvidenceOn > takenOn ? state.lastEvidenceOn : takenOn;
      return { next: { ...state, investigators, evidenceCount: state.evidenceCount + 1, lastEvidenceOn } };
    }
    case 'serve_notice':
      return serveNotice(state, body, ctx, today);
    case 'request_hearing': {
      const notice = state.notice!;
      const details = dateProblems('requestedOn', body.requestedOn, today, [{ date: notice.servedOn, what: 'the notice was served' }]);
      if (details.length > 0) return { details };
      if (body.requestedOn > notice.windowEndsOn) {
        return { error: invalidTransition(`the hearing had to be requested by ${notice.windowEndsOn}`, 'hearing_window_closed', { until: notice.windowEndsOn }) };
      }
      return { next: { ...state, status: 'hearing', hearing: { requestedOn: body.requestedOn } } };
    }
    case 'waive_hearing': {
      const details = dateProblems('waivedOn', body.waivedOn, today, [{ date: state.notice!.servedOn, what: 'the notice was served' }]);
      return details.length > 0 ? { details } : { next: { ...state, hearingWaivedOn: body.waivedOn } };
    }
    case 'record_hearing': {
      const details = dateProblems('heldOn', body.heldOn, today, [{ date: state.hearing!.requestedOn, what: 'the hearing was requested' }]);
      return details.length > 0 ? { details } : { next: { ...state, hearing: { ...state.hearing!, heldOn: body.heldOn } } };
    }
    case 'decide':
      return decideCase(state, actor, body, ctx, today);
    case 'serve_decision': {
      const details = dateProblems('servedOn', body.servedOn, today, [{ date: state.decision!.decidedOn, what: 'the decision' }]);
      if (details.length > 0) return { details };
      const schedule = [{ dueOn: paymentDueOn(body.servedOn, ctx.rules), amountFen: state.decision!.totalFineYuan * 100 }];
      return { next: { ...state, status: 'executing', decisionServedOn: body.servedOn, schedule } };
    }
    case 'record_payment': {
      const details = dateProblems('paidOn', body.paidOn, today, [{ date: state.decisionServedOn, what: 'the decision was served' }]);
      const outstanding = outstandingFen(state);
      if (body.amountFen > outstanding) details.push({ path: 'amountFen', message: `must not exceed the outstanding ${outstanding} fen` });
      if (details.length > 0) return { details };
      return { next: { ...state, paidFen: state.paidFen + body.amountFen, lastPaymentOn: body.paidOn } };
    }
    case 'arrange_payment':
      return arrangePayment(state, body, today);
    case 'close': {
      if (body.outcome === 'paid' && outstandingFen(state) > 0) {
        return { error: invalidTransition(`${outstandingFen(state)} fen are still outstanding`, 'fine_outstanding', { outstandingFen: String(outstandingFen(state)) }) };
      }
      if (body.outcome !== 'paid' && !body.comment) return { details: [{ path: 'comment', message: `is required for outcome ${body.outcome}` }] };
      return end('closed', { outcome: body.outcome, reason: body.comment });
    }
    case 'no_penalty':
      return end('no_penalty', { reason: body.reason });
    case 'withdraw':
      return end('withdrawn', { reason: body.reason });
    case 'transfer':
      return end('transferred', { reason: body.reason, transferredTo: body.to });
  }
}

/**
 * Decides one step of a penalty case: the next state and the event to record, or the refusal (409 / 403 / 400 as
 * above). Pure: `ctx.now` is the decision time.
 */
export function decide(state: CaseState, actor: CaseActor, body: CaseActionBody, ctx: CaseContext): CaseDecision {
  const refusal = refusalOf(state, actor, body.action);
  if (refusal) return { ok: false, error: refusal };
  const applied = apply(state, actor, body, ctx);
  if ('error' in applied) return { ok: false, error: applied.error };
  if ('details' in applied) return { ok: false, error: { code: 'VALIDATION_FAILED', message: `${body.action} does not fit this case`, details: applied.details } };
  const event: CaseEvent = { action: body.action, from: state.status, to: applied.next.status, at: ctx.now, actor, body, ...(applied.flagged && { flagged: true }) };
  return { ok: true, next: applied.next, event };
}

/** The actions this actor may take on this case now: each succeeds with a fitting body, every other is refused. */
export function allowedActions(state: CaseState, actor: CaseActor): CaseAction[] {
  return caseActionSchema.options.filter((action) => refusalOf(state, actor, action) === null);
}
