import type { Selectable } from 'kysely';
import { hazardGradeSchema, hazardStatusSchema } from '../../core/hazards/hazard.schema.ts';
import type { HazardState } from '../../core/hazards/hazard-state.ts';
import type { HazardsTable } from '../db/schema.ts';

/**
 * Between a `hazards` row and the lifecycle's `HazardState`. Status, grade, dates used by queries are columns;
 * the rest lives in the `lifecycle` jsonb, with its dates as ISO strings.
 */

type Lifecycle = Pick<HazardState, 'rectification' | 'governancePlan' | 'submittedBy' | 'supervision' | 'extensions' | 'closedBy'>;

const date = (v: unknown) => (typeof v === 'string' ? new Date(v) : undefined);

/** Dates inside the jsonb come back as strings: revive the ones the lifecycle types as Date. */
function revive(raw: Record<string, unknown>): Lifecycle {
  const r = raw as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  return {
    rectification: r.rectification ? { ...r.rectification, deadline: date(r.rectification.deadline)! } : undefined,
    governancePlan: r.governancePlan ?? undefined,
    submittedBy: r.submittedBy ?? undefined,
    supervision: r.supervision ? { ...r.supervision, deadline: date(r.supervision.deadline)!, listedAt: date(r.supervision.listedAt)! } : undefined,
    extensions: (r.extensions ?? []).map((e: Record<string, any>) => ({ // eslint-disable-line @typescript-eslint/no-explicit-any
      ...e,
      requestedAt: date(e.requestedAt)!,
      requestedDeadline: date(e.requestedDeadline)!,
      previousDeadline: date(e.previousDeadline)!,
      decision: e.decision ? { ...e.decision, at: date(e.decision.at)! } : undefined,
    })),
    closedBy: r.closedBy ?? undefined,
  };
}

export function stateOf(row: Selectable<HazardsTable>): HazardState {
  return {
    status: hazardStatusSchema.parse(row.status),
    grade: hazardGradeSchema.parse(row.grade),
    foundAt: row.found_at,
    deadline: row.deadline ?? undefined,
    closedAt: row.closed_at ?? undefined,
    ...revive((row.lifecycle ?? {}) as Record<string, unknown>),
  };
}

/** The columns a new state writes. JSON.stringify turns the Dates into ISO strings. */
export function columnsOf(state: HazardState) {
  const lifecycle: Lifecycle = {
    rectification: state.rectification,
    governancePlan: state.governancePlan,
    submittedBy: state.submittedBy,
    supervision: state.supervision,
    extensions: state.extensions,
    closedBy: state.closedBy,
  };
  return {
    status: state.status,
    deadline: state.deadline ?? null,
    closed_at: state.closedAt ?? null,
    supervised: state.supervision !== undefined,
    lifecycle: JSON.stringify(lifecycle),
  };
}
