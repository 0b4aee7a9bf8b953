import { describe, expect, it } from 'vitest';
import type { HazardGrade } from './hazard.schema.ts';
import { allowedActions, decide } from './hazard-lifecycle.ts';
import {
  admin,
  ALL_ACTORS,
  body,
  enterprise,
  expert,
  fittingBody,
  NOW,
  pendingReview,
  rectifying,
  regulator,
  reported,
  step,
} from './hazard-lifecycle.fixtures.ts';
import type { HazardState } from './hazard-state.ts';
import { hazardActionSchema } from './hazard-transition.schema.ts';

const states: Array<[string, () => HazardState]> = (['general', 'major'] as HazardGrade[]).flatMap((g) => [
  [`${g} reported`, () => reported(g)],
  [`${g} rectifying`, () => rectifying(g)],
  [`${g} rectifying, extension pending`, () => step(rectifying(g), enterprise, 'request_extension')],
  [`${g} pending review`, () => pendingReview(g)],
  [`${g} closed`, () => step(pendingReview(g), expert, 'approve')],
]);
states.push(
  ['major reported, listed', () => step(reported('major'), regulator, 'list_for_supervision')],
  ['major rectifying, listed, extension pending', () =>
    step(step(step(reported('major'), regulator, 'list_for_supervision'), enterprise, 'start_rectification'), enterprise, 'request_extension')],
  ['major pending review, extension pending', () => step(step(rectifying('major'), enterprise, 'request_extension'), enterprise, 'submit_for_review')],
);

describe('allowedActions agrees with decide', () => {
  describe.each(states)('%s', (_label, build) => {
    it.each(ALL_ACTORS)('for $userId', (who) => {
      const state = build();
      const allowed = allowedActions(state, who);
      for (const action of hazardActionSchema.options) {
        const r = decide(state, who, fittingBody(state, action), NOW);
        if (allowed.includes(action)) {
          expect(r, `${action} should succeed`).toMatchObject({ ok: true });
        } else {
          expect(r.ok, `${action} should be refused`).toBe(false);
          expect(!r.ok && ['INVALID_TRANSITION', 'FORBIDDEN']).toContain(!r.ok && r.error.code);
        }
      }
    });
  });

  it('refuses a disallowed action with 409 or 403 even when the body does not fit', () => {
    const badStart = body({ action: 'start_rectification', rectification: { mode: 'immediate', responsiblePerson: 'x', measures: 'y', fundsYuan: 0 } });
    const r = decide(pendingReview('major'), enterprise, badStart, NOW);
    expect(!r.ok && r.error.code).toBe('INVALID_TRANSITION');
  });
});

describe('allowedActions', () => {
  it.each([
    ['general reported', () => reported('general'), enterprise, ['start_rectification', 'rectify_immediately']],
    ['major reported', () => reported('major'), regulator, ['start_rectification', 'list_for_supervision', 'reinspect']],
    ['major rectifying', () => rectifying('major'), enterprise, ['submit_for_review', 'request_extension']],
    ['major pending review', () => pendingReview('major'), expert, ['approve', 'reject']],
    ['major pending review', () => pendingReview('major'), enterprise, ['request_extension']],
    ['general closed', () => step(pendingReview('general'), expert, 'approve'), regulator, ['reinspect']],
    ['general closed', () => step(pendingReview('general'), expert, 'approve'), enterprise, []],
  ] as const)('of a %s hazard for %o', (_label, state, who, expected) => {
    expect(allowedActions(state(), who)).toEqual(expected);
  });

  it('offers the administrator nothing', () => {
    for (const [, build] of states) expect(allowedActions(build(), admin)).toEqual([]);
  });

  it('opens every action to someone in some state of the matrix above', () => {
    const seen = new Set(states.flatMap(([, build]) => ALL_ACTORS.flatMap((who) => allowedActions(build(), who))));
    expect([...seen].sort()).toEqual([...hazardActionSchema.options].sort());
  });
});
