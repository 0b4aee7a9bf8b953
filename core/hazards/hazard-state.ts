import type { Role } from '../organisations/roles.ts';
import type { GovernancePlan } from './governance-plan.ts';
import type { HazardGrade, HazardStatus } from './hazard.schema.ts';
import type { HazardAction, Rectification, SupervisionLevel, TransitionBody } from './hazard-transition.schema.ts';

/** The shapes the lifecycle works on (hazard-lifecycle.ts); the server maps its rows to and from `HazardState`. */

export interface ActorInfo {
  userId: string;
  role: Role;
}

export interface Supervision {
  level: SupervisionLevel;
  authority: string;
  documentNo?: string | undefined;
  /** The deadline as listed; the hazard's effective deadline is `HazardState.deadline`. */
  deadline: Date;
  listedAt: Date;
  listedBy: string;
}

export interface ExtensionRecord {
  /** 1, 2, 3 … within the hazard: `decide_extension` names the request by this number. */
  id: number;
  requestedBy: string;
  requestedAt: Date;
  requestedDeadline: Date;
  previousDeadline: Date;
  reason: string;
  decision?: { by: string; at: Date; granted: boolean; comment?: string | undefined } | undefined;
}

export interface HazardState {
  status: HazardStatus;
  grade: HazardGrade;
  foundAt: Date;
  /** The effective deadline, the last allowed instant (see `isOverdue`); undefined until one is set. */
  deadline?: Date | undefined;
  rectification?: (Rectification & { deadline: Date }) | undefined;
  governancePlan?: GovernancePlan | undefined;
  /** Who submitted the rectification for review: that user may not review it. */
  submittedBy?: string | undefined;
  supervision?: Supervision | undefined;
  extensions: readonly ExtensionRecord[];
  closedAt?: Date | undefined;
  closedBy?: string | undefined;
}

/** What happened, for the audit trail and the timeline: the body as validated, and any deadline change. */
export interface HazardEvent {
  action: HazardAction;
  from: HazardStatus;
  to: HazardStatus;
  at: Date;
  actor: ActorInfo;
  body: TransitionBody;
  deadlineChange?: { from: Date | undefined; to: Date } | undefined;
}

export type LifecycleErrorCode = 'INVALID_TRANSITION' | 'FORBIDDEN' | 'VALIDATION_FAILED';
export interface LifecycleError {
  code: LifecycleErrorCode;
  message: string;
  /** A 400's fields; for a refusal, one detail with its `reason` (and `params`) for clients to translate. */
  details?: { path: string; message: string; reason?: string; params?: Record<string, string | number> }[];
}

/** A newly reported hazard (hazards issue: every hazard starts `reported`). */
export function newHazardState(hazard: { grade: HazardGrade; foundAt: Date }): HazardState {
  return { status: 'reported', grade: hazard.grade, foundAt: hazard.foundAt, extensions: [] };
}

/** The open extension request, if any: only one may be pending at a time. */
export function pendingExtension(state: HazardState): ExtensionRecord | undefined {
  return state.extensions.find((e) => e.decision === undefined);
}

