/**
 * Where an inspection stands, for the clerk's list (issue 13): what, if anything, is still to be done about the
 * problems it concerns — its own findings, or for a re-inspection (整改复查) the findings of the order it checked.
 *
 * - `no_findings`: nothing was found (无问题);
 * - `order_pending`: problems were found and no 责令限期整改指令书 has been issued yet (待出具指令书);
 * - `rectifying`: an order is out (or this is a re-inspection) and a hazard is still open (整改中);
 * - `rectified`: every hazard concerned is closed (已整改).
 */
export const INSPECTION_STATUSES = ['no_findings', 'order_pending', 'rectifying', 'rectified'] as const;
export type InspectionStatus = (typeof INSPECTION_STATUSES)[number];

export interface InspectionStatusFacts {
  kind: 'inspection' | 're_inspection';
  /** Findings concerned: its own, or those of the re-inspected order. */
  hasFindings: boolean;
  /** Any of their hazards not closed. */
  hasOpenHazard: boolean;
  /** A rectification order issued from this inspection (corrections count too). */
  hasOrder: boolean;
}

export function inspectionStatus(f: InspectionStatusFacts): InspectionStatus {
  if (!f.hasFindings) return 'no_findings';
  if (!f.hasOpenHazard) return 'rectified';
  if (f.kind === 'inspection' && !f.hasOrder) return 'order_pending';
  return 'rectifying';
}
