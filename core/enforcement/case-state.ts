import type { Role } from '../organisations/roles.ts';
import type { CaseAction, CaseActionBody, CaseStatus, Penalty } from './case.schema.ts';

/** The shapes the case procedure works on (case-lifecycle.ts); the server keeps `CaseState` with the case row. */

export interface CaseActor {
  userId: string;
  role: Role;
}

export interface PaymentDue {
  dueOn: string;
  amountFen: number;
}

export interface CaseState {
  status: CaseStatus;
  filedBy: string;
  filedOn: string;
  filingApprovedBy?: string | undefined;
  /**
   * Everyone who took part in the investigation: the officers named on evidence (with an account) and the users who
   * recorded it. None of them may approve (立案/决定/结案 and the other approvals): separation of duties.
   */
  investigators: string[];
  evidenceCount: number;
  /** The day the latest evidence was taken: the notice cannot be served before it. */
  lastEvidenceOn?: string | undefined;
  notice?: { servedOn: string; facts: string; proposed: Penalty; hearingEligible: boolean; windowEndsOn: string } | undefined;
  hearing?: { requestedOn: string; heldOn?: string | undefined } | undefined;
  hearingWaivedOn?: string | undefined;
  decision?: { decidedOn: string; decidedBy: string; penalty: Penalty; totalFineYuan: number; flagged: boolean } | undefined;
  decisionServedOn?: string | undefined;
  /** What is due and when: one line 15 days after service, or the approved deferral or instalments. */
  schedule: PaymentDue[];
  paidFen: number;
  lastPaymentOn?: string | undefined;
  /** The closing or branching act: by whom, on which day, why. */
  ended?: { by: string; on: string; reason?: string | undefined; transferredTo?: string | undefined; outcome?: string | undefined } | undefined;
}

export interface CaseEvent {
  action: CaseAction;
  from: CaseStatus;
  to: CaseStatus;
  at: Date;
  actor: CaseActor;
  body: CaseActionBody;
  /** A fine outside its tier's range, accepted with a written reason: shown in the case review. */
  flagged?: boolean | undefined;
}

export type CaseErrorCode = 'INVALID_TRANSITION' | 'FORBIDDEN' | 'VALIDATION_FAILED';
export interface CaseError {
  code: CaseErrorCode;
  message: string;
  details?: { path: string; message: string; reason?: string; params?: Record<string, string | number> }[];
}

/** A newly filed case (立案): it waits for the filing approval. */
export function newCaseState(filedBy: string, filedOn: string): CaseState {
  return { status: 'registered', filedBy, filedOn, investigators: [], evidenceCount: 0, schedule: [], paidFen: 0 };
}

/** The total decided fine in fen, and what is still outstanding. */
export const totalFineFen = (state: CaseState) => (state.decision?.totalFineYuan ?? 0) * 100;
export const outstandingFen = (state: CaseState) => Math.max(totalFineFen(state) - state.paidFen, 0);
