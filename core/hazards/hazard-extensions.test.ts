import { describe, expect, it } from 'vitest';
import { decide } from './hazard-lifecycle.ts';
import {
  body,
  enterprise,
  enterprise2,
  inspector,
  NOW,
  plus,
  rectifying,
  regulator,
  reported,
  step,
} from './hazard-lifecycle.fixtures.ts';

const request = (days: number, from = rectifying('general')) =>
  body({ action: 'request_extension', requestedDeadline: plus(from.deadline as Date, days).toISOString(), reason: '设备到货延迟' });

describe('request_extension', () => {
  it('keeps the request in the history without moving the deadline', () => {
    const state = rectifying('general');
    const r = decide(state, enterprise, request(10, state), NOW);
    expect(r.ok && r.next.deadline).toEqual(state.deadline);
    expect(r.ok && r.next.extensions).toEqual([
      {
        id: 1,
        requestedBy: enterprise.userId,
        requestedAt: NOW,
        requestedDeadline: plus(state.deadline as Date, 10),
        previousDeadline: state.deadline,
        reason: '设备到货延迟',
      },
    ]);
    expect(r.ok && r.event.deadlineChange).toBeUndefined();
  });

  it.each([
    [-1, false],
    [0, false],
    [1 / 86_400_000, true],
  ])('asks for a deadline %s days after the current one: ok=%s', (days, ok) => {
    const state = rectifying('general');
    const r = decide(state, enterprise, request(days, state), NOW);
    expect(r.ok).toBe(ok);
    if (!r.ok) expect(r.error.details).toEqual([expect.objectContaining({ path: 'requestedDeadline' })]);
  });

  it('is refused while another request is pending', () => {
    const state = step(rectifying('general'), enterprise, 'request_extension');
    const r = decide(state, enterprise2, request(20, state), NOW);
    expect(!r.ok && r.error.code).toBe('INVALID_TRANSITION');
  });

  it('needs a deadline to extend', () => {
    const r = decide(reported('general'), enterprise, body({ action: 'request_extension', requestedDeadline: '2026-04-30', reason: '…' }), NOW);
    expect(!r.ok && r.error.code).toBe('INVALID_TRANSITION');
  });

  it('is for the enterprise side', () => {
    const state = rectifying('general');
    const r = decide(state, regulator, request(10, state), NOW);
    expect(!r.ok && r.error.code).toBe('FORBIDDEN');
  });
});

describe('decide_extension', () => {
  const decision = (granted: boolean, extensionId = 1) => body({ action: 'decide_extension', extensionId, granted, comment: granted ? '同意' : '不同意' });

  it('moves the deadline when granted and records the change in the event', () => {
    const state = step(rectifying('general'), enterprise, 'request_extension');
    const r = decide(state, regulator, decision(true), plus(NOW, 1));
    expect(r.ok && r.next.deadline).toEqual(plus(rectifying('general').deadline as Date, 10));
    expect(r.ok && r.next.extensions[0]?.decision).toEqual({ by: regulator.userId, at: plus(NOW, 1), granted: true, comment: '同意' });
    expect(r.ok && r.event.deadlineChange).toEqual({ from: state.deadline, to: r.ok ? r.next.deadline : undefined });
  });

  it('keeps the deadline when refused, and a later request is numbered 2', () => {
    let state = step(rectifying('general'), enterprise, 'request_extension');
    state = step(state, regulator, 'decide_extension', NOW, decision(false));
    expect(state.deadline).toEqual(rectifying('general').deadline);
    state = step(state, enterprise, 'request_extension');
    expect(state.extensions.map((e) => [e.id, e.decision?.granted])).toEqual([[1, false], [2, undefined]]);
  });

  it.each([
    ['general', false, regulator, null],
    ['general', false, inspector, null],
    ['general', false, enterprise2, null],
    ['general', false, enterprise, 'FORBIDDEN'],
    ['major', false, inspector, 'FORBIDDEN'],
    ['major', false, enterprise2, 'FORBIDDEN'],
    ['major', false, regulator, null],
    ['major', true, regulator, null],
    ['major', true, inspector, 'FORBIDDEN'],
  ] as const)('for a %s hazard (listed: %s), as %o: %s', (grade, listed, who, code) => {
    let state = listed ? step(reported(grade), regulator, 'list_for_supervision') : reported(grade);
    state = step(state, enterprise, 'start_rectification');
    state = step(state, enterprise, 'request_extension');
    const r = decide(state, who, decision(true), NOW);
    expect(r.ok ? null : r.error.code).toBe(code);
  });

  it('names an unknown request as a validation error and a decided one as 409', () => {
    let state = step(rectifying('general'), enterprise, 'request_extension');
    state = step(state, regulator, 'decide_extension', NOW, decision(false));
    state = step(state, enterprise, 'request_extension');
    const unknown = decide(state, regulator, decision(true, 7), NOW);
    expect(!unknown.ok && unknown.error).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ path: 'extensionId' }] });
    const decided = decide(state, regulator, decision(true, 1), NOW);
    expect(!decided.ok && decided.error.code).toBe('INVALID_TRANSITION');
  });

  it('cannot decide anything when no request is pending', () => {
    const r = decide(rectifying('general'), regulator, decision(true), NOW);
    expect(!r.ok && r.error.code).toBe('INVALID_TRANSITION');
  });
});
