import type { Role } from '../organisations/roles.ts';
import type { CaseAction, CaseStatus } from './case.schema.ts';
import type { CaseActor, CaseError, CaseState } from './case-state.ts';

/**
 * Who may take which step of a penalty case, and in which statuses a step exists at all. Scope (the case is the
 * caller's department's) is the server's and comes first (404).
 *
 * Officers (regulators and inspectors) investigate, serve documents and record what the party does. Approvals —
 * 立案, the decision and 不予处罚 (案件处理呈批), payment arrangements (延期/分期缴纳审批), 撤案, 移送 and
 * 结案审批 — are the department head's (负责人审批, 行政处罚法 2021 Arts. 54, 57, 66): the `regulator` role here.
 * Separation of duties (issue 14): nobody who investigated the case approves it, and the filer does not approve
 * their own filing.
 */
export const OFFICER_ROLES: readonly Role[] = ['regulator', 'inspector'];
export const APPROVER_ROLES: readonly Role[] = ['regulator'];

const APPROVALS: readonly CaseAction[] = ['approve_filing', 'decide', 'no_penalty', 'arrange_payment', 'close', 'withdraw', 'transfer'];
export const isApproval = (action: CaseAction) => APPROVALS.includes(action);

/** The statuses each action starts from. */
const FROM: Readonly<Record<CaseAction, readonly CaseStatus[]>> = {
  approve_filing: ['registered'],
  record_evidence: ['investigating'],
  serve_notice: ['investigating'],
  request_hearing: ['notified'],
  waive_hearing: ['notified'],
  record_hearing: ['hearing'],
  decide: ['notified', 'hearing'],
  serve_decision: ['decided'],
  record_payment: ['executing'],
  arrange_payment: ['executing'],
  close: ['executing'],
  no_penalty: ['investigating', 'notified', 'hearing'],
  withdraw: ['registered', 'investigating', 'notified', 'hearing'],
  transfer: ['registered', 'investigating'],
};
export const fromStatuses = (action: CaseAction) => FROM[action];

const refusal = (code: 'INVALID_TRANSITION' | 'FORBIDDEN', message: string, reason: string, params?: Record<string, string>): CaseError => ({
  code,
  message,
  details: [{ path: '', message, reason, ...(params && { params }) }],
});
export const invalidTransition = (message: string, reason: string, params?: Record<string, string>) => refusal('INVALID_TRANSITION', message, reason, params);
const forbidden = (message: string, reason: string) => refusal('FORBIDDEN', message, reason);

/** What the case's own history forbids, whatever the body (409). */
function stateRefusal(state: CaseState, action: CaseAction): CaseError | null {
  const from = FROM[action];
  if (!from.includes(state.status)) {
    return invalidTransition(`${action} needs a case in status ${from.join(' or ')}; this one is ${state.status}`, 'case_wrong_status', { status: state.status, needed: from.join(',') });
  }
  switch (action) {
    case 'serve_notice':
      return state.evidenceCount > 0 ? null : invalidTransition('a notice needs evidence: record at least one item first', 'no_evidence');
    case 'request_hearing':
    case 'waive_hearing':
      return state.notice?.hearingEligible ? null : invalidTransition('the proposed penalty does not give a right to a hearing', 'hearing_not_available');
    case 'record_hearing':
      return state.hearing?.heldOn ? invalidTransition('the hearing has been recorded already', 'hearing_held') : null;
    case 'decide':
      return state.status === 'hearing' && !state.hearing?.heldOn ? invalidTransition('the requested hearing has not been held', 'hearing_pending') : null;
    default:
      return null;
  }
}

/**
 * Why `actor` may not take `action` on this case now, whatever the body, or null when the action is open to them.
 * State first (409), then role and identity (403): a lost race always answers 409. `decide` and `allowedActions`
 * both rest on this.
 */
export function refusalOf(state: CaseState, actor: CaseActor, action: CaseAction): CaseError | null {
  const byState = stateRefusal(state, action);
  if (byState) return byState;
  const roles = isApproval(action) ? APPROVER_ROLES : OFFICER_ROLES;
  if (!roles.includes(actor.role)) return forbidden(`${action} is for ${roles.join(', ')}; not for ${actor.role}`, 'role');
  if (isApproval(action) && state.investigators.includes(actor.userId)) {
    return forbidden('an officer who investigated the case may not approve it (separation of duties)', 'investigated_case');
  }
  if (action === 'approve_filing' && actor.userId === state.filedBy) {
    return forbidden('the officer who filed the case may not approve its filing', 'own_filing');
  }
  return null;
}
