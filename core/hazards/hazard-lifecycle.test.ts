import { describe, expect, it } from 'vitest';
import { GOVERNANCE_PLAN_ELEMENTS } from './governance-plan.ts';
import { decide } from './hazard-lifecycle.ts';
import {
  body,
  DAY,
  enterprise,
  enterprise2,
  expert,
  FOUND_AT,
  fittingBody,
  fullPlan,
  inspector,
  NOW,
  pendingReview,
  plus,
  rectifying,
  regulator,
  regulator2,
  admin,
  reported,
  step,
} from './hazard-lifecycle.fixtures.ts';

const rectification = (extra: Record<string, unknown> = {}) => ({
  mode: 'deadline' as const,
  deadline: '2026-03-31',
  responsiblePerson: '张工',
  measures: '加装泄爆片',
  fundsYuan: 12_000,
  ...extra,
});

describe('start_rectification', () => {
  it('moves a reported hazard to rectifying with its deadline', () => {
    const r = decide(reported('general'), enterprise, body({ action: 'start_rectification', rectification: rectification() }), NOW);
    expect(r.ok && r.next.status).toBe('rectifying');
    expect(r.ok && r.next.deadline?.toISOString()).toBe('2026-03-31T15:59:59.999Z');
    expect(r.ok && r.event).toMatchObject({ action: 'start_rectification', from: 'reported', to: 'rectifying', at: NOW, actor: enterprise });
    expect(r.ok && r.event.deadlineChange).toEqual({ from: undefined, to: new Date('2026-03-31T15:59:59.999Z') });
  });

  it('rejects starting rectification of a major hazard without a governance plan, naming each of the six elements', () => {
    const r = decide(reported('major'), enterprise, body({ action: 'start_rectification', rectification: rectification() }), NOW);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('VALIDATION_FAILED');
    expect(r.error.details?.map((d) => d.path)).toEqual(GOVERNANCE_PLAN_ELEMENTS.map((e) => `governancePlan.${e.key}`));
  });

  it('names only the blank elements of an incomplete plan', () => {
    const plan = { ...fullPlan(), fundsAndMaterials: '   ', safetyMeasuresAndEmergencyPlan: undefined };
    const r = decide(reported('major'), enterprise, body({ action: 'start_rectification', rectification: rectification(), governancePlan: plan }), NOW);
    expect(!r.ok && r.error.details?.map((d) => d.path)).toEqual(['governancePlan.fundsAndMaterials', 'governancePlan.safetyMeasuresAndEmergencyPlan']);
  });

  it('accepts a major hazard with a complete plan and keeps the plan', () => {
    const plan = fullPlan();
    const r = decide(reported('major'), regulator, body({ action: 'start_rectification', rectification: rectification(), governancePlan: plan }), NOW);
    expect(r.ok && r.next.governancePlan).toEqual(plan);
  });

  it('refuses mode immediate for a major hazard, which needs a period of rectification', () => {
    const b = body({ action: 'start_rectification', rectification: rectification({ mode: 'immediate' }), governancePlan: fullPlan() });
    const r = decide(reported('major'), enterprise, b, NOW);
    expect(!r.ok && r.error.details).toEqual([expect.objectContaining({ path: 'rectification.mode' })]);
  });

  it.each([
    ['one millisecond before foundAt', -1, false],
    ['exactly foundAt', 0, true],
    ['after foundAt', 1, true],
  ])('with a deadline %s: ok=%s', (_label, offsetMs, ok) => {
    const deadline = new Date(FOUND_AT.getTime() + offsetMs).toISOString();
    const r = decide(reported('general'), enterprise, body({ action: 'start_rectification', rectification: rectification({ deadline }) }), NOW);
    expect(r.ok).toBe(ok);
    if (!r.ok) expect(r.error).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ path: 'rectification.deadline' }] });
  });

  it.each([
    ['2026-03-31T20:00:00+08:00', '2026-03-31T15:59:59.999Z'],
    ['2026-03-31T23:59:59.999+08:00', '2026-03-31T15:59:59.999Z'],
    ['2026-04-01T00:00:00+08:00', '2026-04-01T15:59:59.999Z'],
  ])('gives mode immediate without a deadline the end of the city day of now (%s)', (now, deadline) => {
    const b = body({ action: 'start_rectification', rectification: rectification({ mode: 'immediate', deadline: undefined }) });
    const r = decide(reported('general'), enterprise, b, new Date(now));
    expect(r.ok && r.next.deadline?.toISOString()).toBe(deadline);
    expect(r.ok && r.next.rectification?.deadline.toISOString()).toBe(deadline);
  });

  it.each([
    [0, true],
    [1, false],
  ])('under supervision, a deadline %i ms after the supervision deadline: ok=%s', (offsetMs, ok) => {
    const listed = step(reported('major'), regulator, 'list_for_supervision');
    const deadline = new Date((listed.deadline as Date).getTime() + offsetMs).toISOString();
    const b = body({ action: 'start_rectification', rectification: rectification({ deadline }), governancePlan: fullPlan() });
    expect(decide(listed, enterprise, b, NOW).ok).toBe(ok);
  });

  it('reports every problem at once', () => {
    const b = body({ action: 'start_rectification', rectification: rectification({ mode: 'immediate', deadline: '2026-01-01' }) });
    const r = decide(reported('major'), enterprise, b, NOW);
    expect(!r.ok && r.error.details).toHaveLength(8);
  });

  it('is refused to an expert and to the administrator', () => {
    for (const who of [expert, admin]) {
      const r = decide(reported('general'), who, fittingBody(reported('general'), 'start_rectification'), NOW);
      expect(!r.ok && r.error.code).toBe('FORBIDDEN');
    }
  });
});

describe('submit_for_review', () => {
  it('requires at least one photo of the result for a major hazard', () => {
    const r = decide(rectifying('major'), enterprise, body({ action: 'submit_for_review', note: '已整改' }), NOW);
    expect(!r.ok && r.error).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ path: 'photoIds' }] });
    expect(step(rectifying('major'), enterprise, 'submit_for_review').status).toBe('pending_review');
  });

  it('accepts a general hazard without photos and remembers who submitted', () => {
    const r = decide(rectifying('general'), enterprise, body({ action: 'submit_for_review', note: '已整改' }), NOW);
    expect(r.ok && r.next).toMatchObject({ status: 'pending_review', submittedBy: enterprise.userId });
  });

  it('is for the enterprise only', () => {
    const r = decide(rectifying('general'), regulator, fittingBody(rectifying('general'), 'submit_for_review'), NOW);
    expect(!r.ok && r.error.code).toBe('FORBIDDEN');
  });
});

describe('approve and reject', () => {
  it.each([
    ['general', enterprise, 'FORBIDDEN'],
    ['general', enterprise2, null],
    ['general', inspector, null],
    ['general', regulator, null],
    ['general', expert, null],
    ['general', admin, 'FORBIDDEN'],
    ['major', enterprise2, 'FORBIDDEN'],
    ['major', inspector, 'FORBIDDEN'],
    ['major', regulator, null],
    ['major', expert, null],
  ] as const)('approving a %s hazard submitted by enterprise-1, as %o: %s', (grade, who, code) => {
    const r = decide(pendingReview(grade), who, body({ action: 'approve' }), NOW);
    expect(r.ok ? null : r.error.code).toBe(code);
    if (r.ok) expect(r.next).toMatchObject({ status: 'closed', closedAt: NOW, closedBy: who.userId });
  });

  it('refuses the reviewer who submitted, whatever the role', () => {
    const submittedByRegulator = { ...pendingReview('general'), submittedBy: regulator.userId };
    const r = decide(submittedByRegulator, regulator, body({ action: 'reject', comment: '不合格' }), NOW);
    expect(!r.ok && r.error).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('submitted') });
  });

  it('sends a rejected hazard back to rectifying with the same deadline', () => {
    const before = pendingReview('major');
    const next = step(before, regulator, 'reject');
    expect(next).toMatchObject({ status: 'rectifying', submittedBy: undefined, deadline: before.deadline });
    expect(step(next, enterprise, 'submit_for_review').status).toBe('pending_review');
  });

  it('answers 409 to the loser of two concurrent approvals, whoever it is', () => {
    const state = pendingReview('major');
    const first = step(state, regulator, 'approve');
    for (const who of [regulator2, enterprise, admin]) {
      const r = decide(first, who, body({ action: 'approve' }), NOW);
      expect(!r.ok && r.error.code).toBe('INVALID_TRANSITION');
    }
  });
});

describe('rectify_immediately', () => {
  it('closes a general reported hazard with the note as evidence', () => {
    const r = decide(reported('general'), inspector, body({ action: 'rectify_immediately', note: '当场清理', photoIds: [] }), NOW);
    expect(r.ok && r.next).toMatchObject({ status: 'closed', closedAt: NOW });
    expect(r.ok && r.event.to).toBe('closed');
  });

  it('is not a transition of a major hazard', () => {
    const r = decide(reported('major'), enterprise, body({ action: 'rectify_immediately', note: '当场清理' }), NOW);
    expect(!r.ok && r.error.code).toBe('INVALID_TRANSITION');
  });

  it('does not skip rectification once it has started', () => {
    const r = decide(rectifying('general'), enterprise, body({ action: 'rectify_immediately', note: '当场清理' }), NOW);
    expect(!r.ok && r.error.code).toBe('INVALID_TRANSITION');
  });
});

describe('list_for_supervision', () => {
  it.each([
    ['a general hazard', () => reported('general'), regulator, 'INVALID_TRANSITION'],
    ['a closed major hazard', () => step(pendingReview('major'), expert, 'approve'), regulator, 'INVALID_TRANSITION'],
    ['a listed hazard', () => step(reported('major'), regulator, 'list_for_supervision'), regulator2, 'INVALID_TRANSITION'],
    ['an inspector', () => reported('major'), inspector, 'FORBIDDEN'],
    ['an enterprise user', () => reported('major'), enterprise, 'FORBIDDEN'],
  ] as const)('refuses %s', (_label, state, who, code) => {
    const s = state();
    const r = decide(s, who, fittingBody(s, 'list_for_supervision'), NOW);
    expect(!r.ok && r.error.code).toBe(code);
  });

  it('records the listing and sets the deadline of a hazard that had none', () => {
    const b = body({ action: 'list_for_supervision', level: 'district', authority: '锦江区安委办', deadline: '2026-04-30', documentNo: '锦安委办〔2026〕3号' });
    const r = decide(reported('major'), regulator, b, NOW);
    expect(r.ok && r.next.supervision).toEqual({
      level: 'district',
      authority: '锦江区安委办',
      documentNo: '锦安委办〔2026〕3号',
      deadline: new Date('2026-04-30T15:59:59.999Z'),
      listedAt: NOW,
      listedBy: regulator.userId,
    });
    expect(r.ok && r.next.deadline?.toISOString()).toBe('2026-04-30T15:59:59.999Z');
    expect(r.ok && r.next.status).toBe('reported');
  });

  it.each([
    ['earlier than the current deadline, replaces it', '2026-03-20', '2026-03-20T15:59:59.999Z'],
    ['later than the current deadline, keeps the current one', '2026-05-31', '2026-03-31T15:59:59.999Z'],
  ])('with a deadline %s', (_label, listed, effective) => {
    const state = { ...rectifying('major'), deadline: new Date('2026-03-31T15:59:59.999Z') };
    const r = decide(state, regulator, body({ action: 'list_for_supervision', level: 'city', authority: '市安委办', deadline: listed }), NOW);
    expect(r.ok && r.next.deadline?.toISOString()).toBe(effective);
  });

  it('refuses a supervision deadline before the hazard was found', () => {
    const deadline = new Date(FOUND_AT.getTime() - 1).toISOString();
    const r = decide(reported('major'), regulator, body({ action: 'list_for_supervision', level: 'city', authority: '市安委办', deadline }), NOW);
    expect(!r.ok && r.error).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ path: 'deadline' }] });
  });
});

describe('a whole journey', () => {
  it('takes a major hazard through supervision, an extension, a rejection and closing', () => {
    let s = step(reported('major'), regulator, 'list_for_supervision');
    s = step(s, enterprise, 'start_rectification');
    s = step(s, enterprise, 'request_extension', plus(NOW, 1));
    s = step(s, regulator, 'decide_extension', plus(NOW, 2));
    s = step(s, enterprise, 'submit_for_review', plus(NOW, 40));
    s = step(s, expert, 'reject', plus(NOW, 41));
    s = step(s, enterprise2, 'submit_for_review', plus(NOW, 45));
    s = step(s, regulator, 'approve', plus(NOW, 46));
    expect(s.status).toBe('closed');
    expect(s.deadline?.getTime()).toBe(plus(FOUND_AT, 70).getTime());
    expect(s.extensions).toHaveLength(1);
    expect(s.closedAt?.getTime()).toBe(NOW.getTime() + 46 * DAY);
  });
});

describe('reinspect (整改复查)', () => {
  it('closes a hazard found rectified, from any open status', () => {
    for (const state of [reported('general'), rectifying('major'), pendingReview('major')]) {
      const r = decide(state, regulator, body({ action: 'reinspect', result: 'rectified' }), NOW);
      expect(r.ok && r.next.status).toBe('closed');
    }
  });

  it('reopens a hazard the unit closed when the re-inspection finds it not rectified', () => {
    const closed = step(pendingReview('general'), expert, 'approve');
    const r = decide(closed, regulator, body({ action: 'reinspect', result: 'not_rectified' }), NOW);
    expect(r.ok && r.next.status).toBe('rectifying');
    expect(r.ok && r.next.closedAt).toBeUndefined();
  });

  it('is refused to the enterprise, which cannot re-inspect itself', () => {
    const r = decide(rectifying('general'), enterprise, body({ action: 'reinspect', result: 'rectified' }), NOW);
    expect(!r.ok && r.error.code).toBe('FORBIDDEN');
  });
});
