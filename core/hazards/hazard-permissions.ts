import type { Role } from '../organisations/roles.ts';
import type { ActorInfo, HazardState, LifecycleError } from './hazard-state.ts';
import { pendingExtension } from './hazard-state.ts';
import type { HazardGrade } from './hazard.schema.ts';
import type { HazardAction } from './hazard-transition.schema.ts';

/**
 * Who may take which lifecycle action, by role, and in which states an action exists at all. Scope (whether the
 * actor's department or enterprise covers the hazard's enterprise) is the server's policy and comes first (404).
 *
 * The enterprise is the subject of governance (主体责任, 16号令 Art. 4): it rectifies, submits and asks for more
 * time. Regulators and inspectors may also record a rectification order or an on-the-spot elimination they witness
 * (安全生产法 2021 Art. 65: 责令立即排除 / 限期排除). `admin` manages accounts and is no party to any hazard.
 */
export const RECTIFIER_ROLES: readonly Role[] = ['enterprise', 'regulator', 'inspector'];
export const SUBMITTER_ROLES: readonly Role[] = ['enterprise'];
export const SUPERVISION_ROLES: readonly Role[] = ['regulator'];
export const EXTENSION_REQUESTER_ROLES: readonly Role[] = ['enterprise'];
/** 整改复查 is the enforcement department's act (《安全生产执法程序规定》; 16号令 Art. 23). */
export const REINSPECTOR_ROLES: readonly Role[] = ['regulator', 'inspector'];

/**
 * Reviewers (复查/验收) who may approve or reject: for a major hazard a regulator or an expert (hazards issue
 * `approve`; 16号令 Art. 18 assessment by experts, Art. 23 review by the department); a general hazard may also be
 * accepted by another enterprise user or an inspector, as the unit closes its own general hazards (16号令 Art. 10).
 */
export function reviewerRoles(grade: HazardGrade): readonly Role[] {
  return grade === 'major' ? ['regulator', 'expert'] : ['enterprise', 'regulator', 'inspector', 'expert'];
}

/**
 * Who decides an extension: a regulator when the deadline is the state's business (a major or listed hazard,
 * 16号令 Arts. 21–23); otherwise also an inspector or another enterprise user, since the unit sets the deadlines of
 * its own general hazards (16号令 Art. 10). Never the user who asked.
 */
export function extensionDeciderRoles(state: Pick<HazardState, 'grade' | 'supervision'>): readonly Role[] {
  return state.grade === 'major' || state.supervision ? ['regulator'] : ['regulator', 'inspector', 'enterprise'];
}

/** A refusal with its reason for clients (docs/adr/0040): `reason` names the rule, `params` what it needs. */
const refusal = (code: 'INVALID_TRANSITION' | 'FORBIDDEN', message: string, reason: string, params?: Record<string, string>): LifecycleError => ({
  code,
  message,
  details: [{ path: '', message, reason, ...(params && { params }) }],
});
const invalid = (message: string, reason: string, params?: Record<string, string>) => refusal('INVALID_TRANSITION', message, reason, params);
const forbidden = (message: string, reason: string) => refusal('FORBIDDEN', message, reason);

function needsStatus(state: HazardState, action: HazardAction, status: HazardState['status']): LifecycleError | null {
  return state.status === status ? null : invalid(`${action} needs a hazard in status ${status}; this one is ${state.status}`, 'wrong_status', { status: state.status, needed: status });
}

function needsRole(actor: ActorInfo, roles: readonly Role[], what: string): LifecycleError | null {
  return roles.includes(actor.role) ? null : forbidden(`${what} is for ${roles.join(', ')}; not for ${actor.role}`, 'role');
}

/** State first (INVALID_TRANSITION), then role and identity (FORBIDDEN): a lost race always answers 409. */
function reviewRefusal(state: HazardState, actor: ActorInfo, action: 'approve' | 'reject'): LifecycleError | null {
  const refusal = needsStatus(state, action, 'pending_review') ?? needsRole(actor, reviewerRoles(state.grade), `reviewing a ${state.grade} hazard`);
  if (refusal) return refusal;
  return actor.userId === state.submittedBy ? forbidden('the reviewer must not be the user who submitted the rectification', 'own_submission') : null;
}

/**
 * Why `actor` may not take `action` on this hazard now, whatever the body, or null when the action is open to them
 * (hazards issue "Lifecycle"). `decide` and `allowedActions` both rest on this, which keeps them consistent.
 */
export function refusalOf(state: HazardState, actor: ActorInfo, action: HazardAction): LifecycleError | null {
  switch (action) {
    case 'start_rectification':
      return needsStatus(state, action, 'reported') ?? needsRole(actor, RECTIFIER_ROLES, 'starting rectification');
    case 'submit_for_review':
      return needsStatus(state, action, 'rectifying') ?? needsRole(actor, SUBMITTER_ROLES, 'submitting for review');
    case 'approve':
    case 'reject':
      return reviewRefusal(state, actor, action);
    case 'rectify_immediately':
      if (state.grade !== 'general') return invalid('only a general hazard can be rectified immediately (16号令 Art. 3)', 'major_not_immediate');
      return needsStatus(state, action, 'reported') ?? needsRole(actor, RECTIFIER_ROLES, 'recording an immediate rectification');
    case 'list_for_supervision':
      if (state.grade !== 'major') return invalid('only a major hazard can be listed for supervision (16号令 Art. 21)', 'general_not_supervised');
      if (state.status === 'closed') return invalid('a closed hazard cannot be listed for supervision', 'hazard_closed');
      if (state.supervision) return invalid('the hazard is already listed for supervision', 'already_supervised');
      return needsRole(actor, SUPERVISION_ROLES, 'listing for supervision');
    case 'request_extension':
      if (state.status === 'closed') return invalid('a closed hazard has no deadline to extend', 'hazard_closed');
      if (!state.deadline) return invalid('the hazard has no deadline yet', 'no_deadline');
      if (pendingExtension(state)) return invalid('an extension request is already pending', 'extension_pending');
      return needsRole(actor, EXTENSION_REQUESTER_ROLES, 'requesting an extension');
    case 'decide_extension': {
      if (state.status === 'closed') return invalid('the hazard is closed', 'hazard_closed');
      const pending = pendingExtension(state);
      if (!pending) return invalid('there is no pending extension request', 'no_pending_extension');
      const refusal = needsRole(actor, extensionDeciderRoles(state), 'deciding this extension');
      if (refusal) return refusal;
      return actor.userId === pending.requestedBy ? forbidden('the user who asked for an extension may not decide it', 'own_request') : null;
    }
    case 'reinspect':
      // Any status: a re-inspection may find a hazard the unit closed itself not rectified, and reopen it.
      return needsRole(actor, REINSPECTOR_ROLES, 're-inspecting');
  }
}
