import { cityDateOf, cityDayEnd } from '../shared/city-time.ts';
import { GOVERNANCE_PLAN_ELEMENTS, missingGovernancePlanElements } from './governance-plan.ts';
import { refusalOf } from './hazard-permissions.ts';
import type { ActorInfo, ExtensionRecord, HazardEvent, HazardState, LifecycleError, Supervision } from './hazard-state.ts';
import { hazardActionSchema, type HazardAction, type TransitionBody, type TransitionBodyOf } from './hazard-transition.schema.ts';

/**
 * The hazard lifecycle as a pure state machine (hazards issue "Lifecycle"; 16号令 Arts. 10–23, domain-rules §2.1):
 *
 *   reported ──start_rectification──▶ rectifying ──submit_for_review──▶ pending_review ──approve──▶ closed
 *      │                                  ▲                                   │
 *      └──rectify_immediately (general)──▶ closed             rectifying ◀──reject
 *
 * plus, in any open status, `list_for_supervision` (挂牌督办, major only) and `request_extension` /
 * `decide_extension`, which keep the status. Who may do what is hazard-permissions.ts; `decide` checks, in this
 * order, the state (409 INVALID_TRANSITION), the actor (403 FORBIDDEN), then the body against the hazard
 * (400 VALIDATION_FAILED, every problem at once). The caller parses the body with `transitionBodySchema` first and
 * checks the actor's scope (404) before calling.
 */

export type Decision = { ok: true; next: HazardState; event: HazardEvent } | { ok: false; error: LifecycleError };

type Detail = { path: string; message: string };
type Applied = { next: HazardState; deadline?: Date } | { details: Detail[] } | { error: LifecycleError };

const iso = (d: Date) => d.toISOString();

/**
 * start_rectification (reported → rectifying). A major hazard needs a complete governance plan (16号令 Art. 15)
 * and a deadline mode: by definition it needs a period of rectification (16号令 Art. 3). The deadline may not be
 * before `foundAt`, nor after a deadline already set by a 挂牌督办 listing. Mode `immediate` without a deadline
 * gets the end of the current day in Asia/Shanghai, so that it still falls due. A deadline already past is
 * accepted (a rectification recorded after the fact) and makes the hazard overdue at once.
 */
function startRectification(state: HazardState, body: TransitionBodyOf<'start_rectification'>, now: Date): Applied {
  const r = body.rectification;
  const details: Detail[] = [];
  if (state.grade === 'major') {
    if (r.mode !== 'deadline') {
      details.push({ path: 'rectification.mode', message: 'must be deadline for a major hazard, which needs a period of rectification (16号令 Art. 3)' });
    }
    for (const key of missingGovernancePlanElements(body.governancePlan)) {
      const label = GOVERNANCE_PLAN_ELEMENTS.find((e) => e.key === key)?.label ?? key;
      details.push({ path: `governancePlan.${key}`, message: `is required for a major hazard (16号令 Art. 15: ${label})` });
    }
  }
  const deadline = r.deadline ?? cityDayEnd(cityDateOf(now));
  if (deadline < state.foundAt) {
    details.push({ path: 'rectification.deadline', message: `must not be before the hazard was found (${iso(state.foundAt)})` });
  }
  if (state.deadline && deadline > state.deadline) {
    details.push({ path: 'rectification.deadline', message: `must not be after the current deadline ${iso(state.deadline)} set by supervision` });
  }
  if (details.length > 0) return { details };
  const next: HazardState = { ...state, status: 'rectifying', rectification: { ...r, deadline }, deadline };
  if (body.governancePlan) next.governancePlan = body.governancePlan;
  return { next, deadline };
}

function apply(state: HazardState, actor: ActorInfo, body: TransitionBody, now: Date): Applied {
  switch (body.action) {
    case 'start_rectification':
      return startRectification(state, body, now);
    case 'submit_for_review':
      if (state.grade === 'major' && body.photoIds.length === 0) {
        return { details: [{ path: 'photoIds', message: 'must hold at least one photo of the result for a major hazard' }] };
      }
      return { next: { ...state, status: 'pending_review', submittedBy: actor.userId } };
    case 'approve':
    case 'rectify_immediately':
      return { next: { ...state, status: 'closed', closedAt: now, closedBy: actor.userId } };
    case 'reject':
      return { next: { ...state, status: 'rectifying', submittedBy: undefined } };
    case 'list_for_supervision': {
      if (body.deadline < state.foundAt) {
        return { details: [{ path: 'deadline', message: `must not be before the hazard was found (${iso(state.foundAt)})` }] };
      }
      const { level, authority, documentNo } = body;
      const supervision: Supervision = { level, authority, documentNo, deadline: body.deadline, listedAt: now, listedBy: actor.userId };
      // A listing never relaxes a deadline already set: relaxing is an extension, which keeps its history.
      const deadline = state.deadline && state.deadline < body.deadline ? state.deadline : body.deadline;
      return { next: { ...state, supervision, deadline }, deadline };
    }
    case 'request_extension': {
      const current = state.deadline as Date;
      if (body.requestedDeadline <= current) {
        return { details: [{ path: 'requestedDeadline', message: `must be after the current deadline ${iso(current)}` }] };
      }
      const request: ExtensionRecord = {
        id: state.extensions.length + 1,
        requestedBy: actor.userId,
        requestedAt: now,
        requestedDeadline: body.requestedDeadline,
        previousDeadline: current,
        reason: body.reason,
      };
      return { next: { ...state, extensions: [...state.extensions, request] } };
    }
    case 'reinspect': {
      if (body.result === 'rectified') return { next: { ...state, status: 'closed', closedAt: now, closedBy: actor.userId } };
      // Reopened: back to rectification, as a rejected review is; the deadline stays (an extension changes it).
      return { next: { ...state, status: 'rectifying', submittedBy: undefined, closedAt: undefined, closedBy: undefined } };
    }
    case 'decide_extension': {
      const target = state.extensions.find((e) => e.id === body.extensionId);
      if (!target) return { details: [{ path: 'extensionId', message: `there is no extension request ${body.extensionId}` }] };
      if (target.decision) {
        const message = `extension request ${target.id} has already been decided`;
        return { error: { code: 'INVALID_TRANSITION', message, details: [{ path: '', message, reason: 'already_decided' }] } };
      }
      const decision = { by: actor.userId, at: now, granted: body.granted, comment: body.comment };
      const extensions = state.extensions.map((e) => (e === target ? { ...e, decision } : e));
      if (!body.granted) return { next: { ...state, extensions } };
      return { next: { ...state, extensions, deadline: target.requestedDeadline }, deadline: target.requestedDeadline };
    }
  }
}

/**
 * Decides one transition of a hazard (hazards issue "Lifecycle"): the next state and the event to record, or the
 * refusal — INVALID_TRANSITION when the hazard's status, grade or history does not allow the action (409),
 * FORBIDDEN when this actor may not take it (403; rules in hazard-permissions.ts), VALIDATION_FAILED with one
 * detail per problem when the body does not fit the hazard (400). Pure: `now` is the decision time.
 */
export function decide(state: HazardState, actor: ActorInfo, body: TransitionBody, now: Date): Decision {
  const refusal = refusalOf(state, actor, body.action);
  if (refusal) return { ok: false, error: refusal };
  const applied = apply(state, actor, body, now);
  if ('error' in applied) return { ok: false, error: applied.error };
  if ('details' in applied) {
    return { ok: false, error: { code: 'VALIDATION_FAILED', message: `${body.action} does not fit this hazard`, details: applied.details } };
  }
  const { next } = applied;
  const event: HazardEvent = { action: body.action, from: state.status, to: next.status, at: now, actor, body };
  if (applied.deadline && applied.deadline.getTime() !== state.deadline?.getTime()) {
    event.deadlineChange = { from: state.deadline, to: applied.deadline };
  }
  return { ok: true, next, event };
}

/**
 * The actions this actor may take on this hazard now, for the web to show only those (hazards issue "Web").
 * Consistent with `decide`: each listed action succeeds with a body that fits, every other is refused with 409 or
 * 403 whatever the body.
 */
export function allowedActions(state: HazardState, actor: ActorInfo): HazardAction[] {
  return hazardActionSchema.options.filter((action) => refusalOf(state, actor, action) === null);
}
