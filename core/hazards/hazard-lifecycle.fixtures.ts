import type { Role } from '../organisations/roles.ts';
import { GOVERNANCE_PLAN_ELEMENTS, type GovernancePlan } from './governance-plan.ts';
import type { HazardGrade } from './hazard.schema.ts';
import { decide } from './hazard-lifecycle.ts';
import { newHazardState, pendingExtension, type ActorInfo, type HazardState } from './hazard-state.ts';
import {
  transitionBodySchema,
  type HazardAction,
  type TransitionBody,
  type TransitionBodyInput,
} from './hazard-transition.schema.ts';

/** Shared builders for the lifecycle tests: each test builds its own states from these. */

export const FOUND_AT = new Date('2026-03-02T10:00:00+08:00');
export const NOW = new Date('2026-03-05T09:00:00+08:00');
export const DAY = 86_400_000;
export const PHOTO = '6f1c1f4e-7b1a-4c55-9a59-2f0d3c1b9e01';

export const actor = (role: Role, n = 1): ActorInfo => ({ userId: `${role}-${n}`, role });
export const enterprise = actor('enterprise');
export const enterprise2 = actor('enterprise', 2);
export const regulator = actor('regulator');
export const regulator2 = actor('regulator', 2);
export const inspector = actor('inspector');
export const expert = actor('expert');
export const admin = actor('admin');
export const ALL_ACTORS = [enterprise, enterprise2, regulator, regulator2, inspector, expert, admin];

export const fullPlan = (): GovernancePlan =>
  Object.fromEntries(GOVERNANCE_PLAN_ELEMENTS.map((e) => [e.key, `${e.label}：已落实`])) as GovernancePlan;

export const body = (input: TransitionBodyInput): TransitionBody => transitionBodySchema.parse(input);

export const plus = (d: Date, days: number) => new Date(d.getTime() + days * DAY);

/** A body for `action` that fits `state`, so that only the state and the actor decide the outcome. */
export function fittingBody(state: HazardState, action: HazardAction): TransitionBody {
  const deadline = state.deadline ?? plus(state.foundAt, 30);
  switch (action) {
    case 'start_rectification':
      return body({
        action,
        rectification: { mode: 'deadline', deadline: deadline.toISOString(), responsiblePerson: '张工', measures: '加装泄爆片', fundsYuan: 12_000 },
        governancePlan: fullPlan(),
      });
    case 'submit_for_review':
      return body({ action, note: '已整改', photoIds: [PHOTO] });
    case 'approve':
      return body({ action });
    case 'reject':
      return body({ action, comment: '泄爆片未安装到位' });
    case 'rectify_immediately':
      return body({ action, note: '当场清理积尘' });
    case 'list_for_supervision':
      return body({ action, level: 'city', authority: '成都市安全生产委员会办公室', deadline: plus(state.foundAt, 60).toISOString() });
    case 'request_extension':
      return body({ action, requestedDeadline: plus(deadline, 10).toISOString(), reason: '设备到货延迟' });
    case 'decide_extension':
      return body({ action, extensionId: pendingExtension(state)?.id ?? 1, granted: true });
    case 'reinspect':
      return body({ action, result: 'rectified' });
  }
}

/** Runs a transition that must succeed and returns the next state. */
export function step(state: HazardState, who: ActorInfo, action: HazardAction, at = NOW, b = fittingBody(state, action)): HazardState {
  const result = decide(state, who, b, at);
  if (!result.ok) throw new Error(`${action} by ${who.userId} failed: ${JSON.stringify(result.error)}`);
  return result.next;
}

export const reported = (grade: HazardGrade) => newHazardState({ grade, foundAt: FOUND_AT });
export const rectifying = (grade: HazardGrade) => step(reported(grade), enterprise, 'start_rectification');
export const pendingReview = (grade: HazardGrade) => step(rectifying(grade), enterprise, 'submit_for_review');
