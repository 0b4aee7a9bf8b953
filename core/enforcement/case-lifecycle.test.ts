import { describe, expect, it } from 'vitest';
import { allowedActions, decide } from './case-lifecycle.ts';
import {
  actor,
  body,
  ctx,
  decided,
  decision,
  evidence,
  executing,
  filer,
  head,
  head2,
  investigating,
  investigator,
  notified,
  penalty,
  registered,
  run,
} from './case-lifecycle.fixtures.ts';
import type { CaseStatus } from './case.schema.ts';
import type { CaseState } from './case-state.ts';
import { windowEndsOn, DEFAULT_PROCEDURE_RULES, WEEKDAY_CALENDAR, type WorkingDayCalendar } from './procedure-rules.ts';

const refusal = (state: CaseState, who: Parameters<typeof decide>[1], b: Record<string, unknown>, c = ctx()) => {
  const r = decide(state, who, body(b), c);
  return r.ok ? null : { code: r.error.code, reason: r.error.details?.[0]?.reason, paths: r.error.details?.map((d) => d.path) };
};

describe('the happy path registered → closed', () => {
  it('walks every status and records each event', () => {
    let s = registered();
    const statuses: CaseStatus[] = [s.status];
    const steps: [typeof head, Record<string, unknown>][] = [
      [head, { action: 'approve_filing' }],
      [investigator, evidence()],
      [investigator, { action: 'serve_notice', servedOn: '2026-03-02', facts: '事实', proposed: penalty() }],
      [investigator, { action: 'request_hearing', requestedOn: '2026-03-04' }],
      [investigator, { action: 'record_hearing', heldOn: '2026-03-06', summary: '当事人陈述已采纳部分' }],
      [head, decision('2026-03-06', { penalty: penalty({ unitFineYuan: 115_000 }) })],
      [investigator, { action: 'serve_decision', servedOn: '2026-03-09', method: '直接送达' }],
      [investigator, { action: 'record_payment', paidOn: '2026-03-16', amountFen: 14_500_000 }],
      [head, { action: 'close', outcome: 'paid' }],
    ];
    for (const [who, b] of steps) {
      const r = decide(s, who, body(b), ctx());
      expect(r.ok, JSON.stringify(!r.ok && r.error)).toBe(true);
      if (!r.ok) return;
      expect(r.event).toMatchObject({ action: b.action, from: s.status, to: r.next.status, actor: who });
      s = r.next;
      if (statuses.at(-1) !== s.status) statuses.push(s.status);
    }
    expect(statuses).toEqual(['registered', 'investigating', 'notified', 'hearing', 'decided', 'executing', 'closed']);
    expect(s.schedule).toEqual([{ dueOn: '2026-03-24', amountFen: 14_500_000 }]);
    expect(s.ended).toMatchObject({ by: head.userId, on: '2026-03-20', outcome: 'paid' });
  });
});

describe('separation of duties', () => {
  it('refuses the filer approving their own filing', () => {
    const regulatorFiler = actor('regulator', 9);
    const state = { ...registered(), filedBy: regulatorFiler.userId };
    expect(refusal(state, regulatorFiler, { action: 'approve_filing' })).toEqual({ code: 'FORBIDDEN', reason: 'own_filing', paths: [''] });
  });

  it.each([
    ['decide', () => notified(), decision()],
    ['no_penalty', () => investigating(), { action: 'no_penalty', reason: '违法行为轻微并及时改正' }],
    ['withdraw', () => investigating(), { action: 'withdraw', reason: '立案错误' }],
    ['transfer', () => investigating(), { action: 'transfer', to: '市市场监管局', reason: '不属本部门管辖' }],
    ['close', () => run(executing(), [[head2, { action: 'arrange_payment', kind: 'deferral', schedule: [{ dueOn: '2026-04-30', amountFen: 15_000_000 }], reason: '经营困难' }]]), { action: 'close', outcome: 'other', comment: '申请法院强制执行' }],
  ])('refuses %s by a regulator who recorded evidence', (_label, state, b) => {
    const investigatingHead = actor('regulator', 7);
    const s = { ...state(), investigators: [...state().investigators, investigatingHead.userId] };
    expect(refusal(s, investigatingHead, b)).toMatchObject({ code: 'FORBIDDEN', reason: 'investigated_case' });
  });

  it('counts an officer named on evidence as an investigator even if someone else recorded it', () => {
    const named = actor('regulator', 5);
    const e = evidence();
    const s = run(run(registered(), [[head, { action: 'approve_filing' }]]), [[investigator, { ...e, officers: [...e.officers, { userId: named.userId, name: '赵', certificateNo: 'SC-9' }] }]]);
    expect(s.investigators).toContain(named.userId);
    expect(allowedActions(s, named)).not.toContain('withdraw');
  });

  it('refuses approvals by an inspector (role) and officer steps by an enterprise', () => {
    expect(refusal(registered(), investigator, { action: 'approve_filing' })).toMatchObject({ code: 'FORBIDDEN', reason: 'role' });
    expect(refusal(investigating(), actor('enterprise'), evidence())).toMatchObject({ code: 'FORBIDDEN', reason: 'role' });
  });
});

describe('transitions refused by status (409 case_wrong_status)', () => {
  it.each([
    ['record_evidence on a registered case', registered, evidence()],
    ['serve_notice on a registered case', registered, { action: 'serve_notice', servedOn: '2026-03-02', facts: 'x', proposed: penalty() }],
    ['decide on an investigating case', investigating, decision()],
    ['serve_decision on a notified case', () => notified(), { action: 'serve_decision', servedOn: '2026-03-11', method: '直接送达' }],
    ['record_payment on a decided case', decided, { action: 'record_payment', paidOn: '2026-03-12', amountFen: 1 }],
    ['transfer after the notice', () => notified(), { action: 'transfer', to: '公安局', reason: '涉嫌犯罪' }],
    ['withdraw after the decision', decided, { action: 'withdraw', reason: 'x' }],
    ['approve_filing twice', investigating, { action: 'approve_filing' }],
  ])('%s', (_label, state, b) => {
    expect(refusal(state(), head2, b)).toMatchObject({ code: 'INVALID_TRANSITION', reason: 'case_wrong_status' });
  });

  it('refuses everything on a final case and allows nothing', () => {
    const closed = run(investigating(), [[head2, { action: 'withdraw', reason: '证据不足' }]]);
    expect(closed.status).toBe('withdrawn');
    expect(allowedActions(closed, head2)).toEqual([]);
  });

  it('refuses a notice without evidence (409 no_evidence)', () => {
    const s = run(registered(), [[head, { action: 'approve_filing' }]]);
    expect(refusal(s, investigator, { action: 'serve_notice', servedOn: '2026-03-02', facts: 'x', proposed: penalty() })).toMatchObject({ code: 'INVALID_TRANSITION', reason: 'no_evidence' });
  });
});

describe('the hearing window (行政处罚法 Arts. 64, 85: five working days after the day of service)', () => {
  it('ends on the fifth working day after a Monday service: Monday of the next week', () => {
    expect(notified().notice).toMatchObject({ servedOn: '2026-03-02', hearingEligible: true, windowEndsOn: '2026-03-09' });
  });

  it('skips the weekend after a Friday service', () => {
    expect(windowEndsOn('2026-03-06', true, DEFAULT_PROCEDURE_RULES, WEEKDAY_CALENDAR)).toBe('2026-03-13');
  });

  it('uses the calendar it is given (a weekday holiday moves the end)', () => {
    const holiday: WorkingDayCalendar = {
      addWorkingDays: (from, n) => {
        let d = from;
        for (let left = n; left > 0; ) {
          d = WEEKDAY_CALENDAR.addWorkingDays(d, 1);
          if (d !== '2026-03-04') left--;
        }
        return d;
      },
    };
    expect(windowEndsOn('2026-03-02', true, DEFAULT_PROCEDURE_RULES, holiday)).toBe('2026-03-10');
  });

  it.each([
    ['on the last day of the window', '2026-03-09', 'INVALID_TRANSITION', 'hearing_window_open'],
    ['on the day of service', '2026-03-02', 'INVALID_TRANSITION', 'hearing_window_open'],
    ['the day after the window', '2026-03-10', null, undefined],
  ])('a decision %s → %s', (_label, decidedOn, code, reason) => {
    const r = refusal(notified(), head, decision(decidedOn));
    expect(r?.code ?? null).toBe(code);
    expect(r?.reason).toBe(reason);
  });

  it.each([
    ['on the last day', '2026-03-09', true],
    ['the day after', '2026-03-10', false],
  ])('a hearing requested %s is accepted: %s', (_label, requestedOn, ok) => {
    const r = decide(notified(), investigator, body({ action: 'request_hearing', requestedOn }), ctx());
    expect(r.ok).toBe(ok);
    if (!r.ok) expect(r.error.details?.[0]?.reason).toBe('hearing_window_closed');
  });

  it('lets the decision follow a written waiver at once', () => {
    const s = run(notified(), [[investigator, { action: 'waive_hearing', waivedOn: '2026-03-03' }]]);
    expect(decide(s, head, body(decision('2026-03-03')), ctx()).ok).toBe(true);
  });

  it('without a hearing right, waits three working days for the statement (陈述申辩) and offers no hearing', () => {
    const small = notified(penalty({ unitFineYuan: 49_999, persons: [{ name: '张三', fineYuan: 4_999 }], tier: 'minor', reasonKind: 'mitigated', reason: '主动消除危害后果' }));
    expect(small.notice).toMatchObject({ hearingEligible: false, windowEndsOn: '2026-03-05' });
    expect(refusal(small, investigator, { action: 'request_hearing', requestedOn: '2026-03-03' })).toMatchObject({ reason: 'hearing_not_available' });
  });

  it.each([
    [50_000, 0, true],
    [49_999, 5_000, true],
    [49_999, 4_999, false],
  ])('unit fine %d and person fine %d qualify for a hearing: %s', (unit, person, eligible) => {
    const p = penalty({ tier: 'minor', unitFineYuan: unit, persons: person ? [{ name: '张三', fineYuan: person }] : [], reasonKind: 'mitigated', reason: '有减轻情节' });
    expect(notified(p).notice?.hearingEligible).toBe(eligible);
  });

  it('refuses a decision while a requested hearing has not been held (409 hearing_pending)', () => {
    const s = run(notified(), [[investigator, { action: 'request_hearing', requestedOn: '2026-03-04' }]]);
    expect(refusal(s, head, decision('2026-03-12'))).toMatchObject({ code: 'INVALID_TRANSITION', reason: 'hearing_pending' });
  });
});

describe('fines against the discretion benchmark', () => {
  it('refuses a notice with a fine outside the tier range without a reason (400, naming the field)', () => {
    const s = investigating();
    const r = refusal(s, investigator, { action: 'serve_notice', servedOn: '2026-03-02', facts: 'x', proposed: penalty({ unitFineYuan: 180_000 }) });
    expect(r).toEqual({ code: 'VALIDATION_FAILED', reason: 'fine_needs_reason', paths: ['proposed.unitFineYuan'] });
  });

  it('accepts it with 从重 and a written reason, and flags the event', () => {
    const r = decide(investigating(), investigator, body({ action: 'serve_notice', servedOn: '2026-03-02', facts: 'x', proposed: penalty({ unitFineYuan: 180_000, reasonKind: 'heavier', reason: '两年内第二次违法' }) }), ctx());
    expect(r.ok && r.event.flagged).toBe(true);
  });

  it('refuses a fine above the legal maximum even with a reason', () => {
    const r = refusal(investigating(), investigator, { action: 'serve_notice', servedOn: '2026-03-02', facts: 'x', proposed: penalty({ unitFineYuan: 200_001, reasonKind: 'heavier', reason: '情节严重' }) });
    expect(r).toMatchObject({ code: 'VALIDATION_FAILED', reason: 'fine_outside_legal_range' });
  });

  it('refuses a reason kind without its written reason', () => {
    const r = refusal(investigating(), investigator, { action: 'serve_notice', servedOn: '2026-03-02', facts: 'x', proposed: penalty({ reasonKind: 'heavier' }) });
    expect(r?.paths).toEqual(['proposed.reason']);
  });

  it('refuses a decision heavier than the notice proposed (行政处罚法 Art. 45)', () => {
    const r = refusal(notified(), head, decision('2026-03-10', { penalty: penalty({ unitFineYuan: 125_000 }) }));
    expect(r).toMatchObject({ code: 'VALIDATION_FAILED', paths: ['penalty.unitFineYuan'] });
  });

  it('refuses a decision that fines nobody', () => {
    const r = refusal(notified(), head, decision('2026-03-10', { penalty: { tier: 'general', unitFineYuan: null, persons: [] } }));
    expect(r?.paths).toEqual(['penalty']);
  });
});

describe('dates in order', () => {
  it.each([
    ['evidence before filing', investigating, evidence('2026-02-19T23:59:00+08:00'), 'takenAt'],
    ['evidence in the future', investigating, evidence('2026-03-21T00:00:00+08:00'), 'takenAt'],
    ['a notice before the evidence', investigating, { action: 'serve_notice', servedOn: '2026-02-24', facts: 'x', proposed: penalty() }, 'servedOn'],
    ['a decision served before it was taken', decided, { action: 'serve_decision', servedOn: '2026-03-09', method: '直接送达' }, 'servedOn'],
    ['a payment before service', executing, { action: 'record_payment', paidOn: '2026-03-10', amountFen: 100 }, 'paidOn'],
  ])('refuses %s (400)', (_label, state, b, path) => {
    expect(refusal(state(), investigator, b)).toMatchObject({ code: 'VALIDATION_FAILED', paths: [path] });
  });

  it('takes evidence on the day of filing', () => {
    const s = run(registered(), [[head, { action: 'approve_filing' }]]);
    expect(decide(s, investigator, body(evidence('2026-02-20T00:00:00+08:00')), ctx()).ok).toBe(true);
  });
});

describe('execution', () => {
  it('sets the payment deadline 15 calendar days after the day of service (Art. 67)', () => {
    expect(executing().schedule).toEqual([{ dueOn: '2026-03-26', amountFen: 15_000_000 }]);
  });

  it('refuses a payment above the outstanding amount and closing as paid while something is outstanding', () => {
    const s = run(executing(), [[investigator, { action: 'record_payment', paidOn: '2026-03-12', amountFen: 14_999_999 }]]);
    expect(refusal(s, investigator, { action: 'record_payment', paidOn: '2026-03-12', amountFen: 2 })).toMatchObject({ paths: ['amountFen'] });
    expect(refusal(s, head, { action: 'close', outcome: 'paid' })).toMatchObject({ code: 'INVALID_TRANSITION', reason: 'fine_outstanding' });
    expect(decide(run(s, [[investigator, { action: 'record_payment', paidOn: '2026-03-13', amountFen: 1 }]]), head, body({ action: 'close', outcome: 'paid' }), ctx()).ok).toBe(true);
  });

  it('approves instalments that add up to the outstanding amount, in date order', () => {
    const ok = { action: 'arrange_payment', kind: 'instalments', reason: '经营困难', schedule: [{ dueOn: '2026-04-30', amountFen: 7_500_000 }, { dueOn: '2026-05-31', amountFen: 7_500_000 }] };
    expect(run(executing(), [[head, ok]]).schedule).toHaveLength(2);
    expect(refusal(executing(), head, { ...ok, schedule: [ok.schedule[0], { dueOn: '2026-05-31', amountFen: 7_499_999 }] })?.paths).toEqual(['schedule']);
    expect(refusal(executing(), head, { ...ok, schedule: [ok.schedule[1], ok.schedule[0]] })?.paths).toEqual(['schedule.1.dueOn']);
  });

  it('needs a comment to close without full payment', () => {
    expect(refusal(executing(), head, { action: 'close', outcome: 'court_enforcement' })?.paths).toEqual(['comment']);
  });
});

describe('allowedActions', () => {
  it.each([
    ['registered, the head', registered, head, ['approve_filing', 'withdraw', 'transfer']],
    ['registered, the filer', registered, filer, []],
    ['investigating, an investigator', investigating, investigator, ['record_evidence', 'serve_notice']],
    ['notified, the head (also an officer)', () => notified(), head, ['request_hearing', 'waive_hearing', 'decide', 'no_penalty', 'withdraw']],
    ['notified, an investigator', () => notified(), investigator, ['request_hearing', 'waive_hearing']],
    ['executing, the head', executing, head, ['record_payment', 'arrange_payment', 'close']],
  ] as const)('%s', (_label, state, who, actions) => {
    expect(allowedActions(state(), who)).toEqual(actions);
  });
});
