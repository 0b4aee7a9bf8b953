import { z } from 'zod';
import { GRADE_RANK, type AccidentGrade } from './accident-grade.ts';

const HOUR_MS = 3_600_000;

/** The levels of 应急管理部门 an accident report climbs (493号令 Arts. 9–11). */
export const reportingLevelSchema = z.enum(['county', 'city', 'province', 'ministry']);
export type ReportingLevel = z.infer<typeof reportingLevelSchema>;
const LEVELS = reportingLevelSchema.options;

export interface ReportingRules {
  /** Art. 9: the unit head reports to the county-level department within 1 hour of learning of it. */
  unitHours: number;
  /** Art. 11: each level reports to the next within 2 hours. */
  hopHours: number;
  /** Art. 10: the highest level each grade must reach. */
  finalLevel: Readonly<Record<AccidentGrade, ReportingLevel>>;
}

/** 493号令 Arts. 9–11 (domain-rules §1.2 [H]; the grade → level mapping of Art. 10 is [M]). */
export const ART9_11_RULES: ReportingRules = {
  unitHours: 1,
  hopHours: 2,
  finalLevel: { general: 'city', larger: 'province', major: 'ministry', extraordinary: 'ministry' },
};

const isoTime = z.iso.datetime({ offset: true });

/** A step as stored (accidents.reporting_chain): its planned deadline and, once made, the report. */
export const reportingStepSchema = z.object({
  /** Who reports: the unit, or the level below. */
  from: z.enum(['unit', 'county', 'city', 'province']),
  to: reportingLevelSchema,
  /** The latest instant the report may arrive if every level before takes its full time. */
  dueAt: isoTime,
  /** A hop added when the grade rose (Art. 13 → Art. 10): the level learned of the new grade then. */
  since: isoTime.optional(),
  /** When the report of this step was made: the unit's is the platform's receipt; a level's is recorded. */
  reportedAt: isoTime.optional(),
  recordedBy: z.string().optional(),
});
export type ReportingStep = z.infer<typeof reportingStepSchema>;

/**
 * A step as the API shows it: `reported` (on time), `late` (迟报: after its deadline), `overdue` (not reported and
 * past its deadline), `pending` (not reported, deadline ahead), `unknown` (a historical record whose report
 * times the platform never saw).
 */
export const reportingStepStateSchema = z.enum(['reported', 'late', 'overdue', 'pending', 'unknown']);
export type ReportingStepState = z.infer<typeof reportingStepStateSchema>;

export const reportingStepViewSchema = z.object({
  from: reportingStepSchema.shape.from,
  to: reportingLevelSchema,
  /** The deadline under the rule of the step (Art. 9 for the unit, Art. 11 for a level), see `reportingProgress`. */
  dueAt: isoTime,
  reportedAt: isoTime.nullable(),
  recordedBy: z.string().nullable(),
  state: reportingStepStateSchema,
});
export type ReportingStepView = z.infer<typeof reportingStepViewSchema>;

/**
 * The reporting chain of a new accident: the unit to the county within 1 hour of `knownAt` (Art. 9), then each
 * level to the next within 2 hours of its own deadline (Art. 11), up to the level the grade requires (Art. 10).
 * Deadlines are the latest instant each report may arrive if every level takes its full time.
 */
export function reportingChain(grade: AccidentGrade, knownAt: Date, rules: ReportingRules = ART9_11_RULES): ReportingStep[] {
  const steps: ReportingStep[] = [{ from: 'unit', to: 'county', dueAt: new Date(knownAt.getTime() + rules.unitHours * HOUR_MS).toISOString() }];
  return addHops(steps, grade, knownAt, rules, false);
}

/**
 * Adds the hops a higher grade needs (Art. 13 supplementary report → re-routing): the level that was the top
 * of the chain learns of the new grade at `at` (or at its own deadline, if later) and forwards within 2 hours.
 * Existing steps are kept; a chain never shrinks when a grade falls.
 */
export function extendReportingChain(steps: readonly ReportingStep[], grade: AccidentGrade, at: Date, rules: ReportingRules = ART9_11_RULES): ReportingStep[] {
  return addHops(steps, grade, at, rules, true);
}

function addHops(steps: readonly ReportingStep[], grade: AccidentGrade, at: Date, rules: ReportingRules, rerouted: boolean): ReportingStep[] {
  const out = [...steps];
  const target = LEVELS.indexOf(rules.finalLevel[grade]);
  let last = out[out.length - 1]!;
  let start = Math.max(at.getTime(), new Date(last.dueAt).getTime());
  for (let i = LEVELS.indexOf(last.to) + 1; i <= target; i++) {
    const from = last.to as ReportingStep['from'];
    start += rules.hopHours * HOUR_MS;
    last = { from, to: LEVELS[i]!, dueAt: new Date(start).toISOString(), ...(rerouted ? { since: at.toISOString() } : {}) };
    out.push(last);
  }
  return out;
}

/** 迟报: the platform received the unit's report after its Art. 9 deadline (one hour after `knownAt`). */
export function isLateReport(knownAt: Date, reportedAt: Date, rules: ReportingRules = ART9_11_RULES): boolean {
  return reportedAt.getTime() > knownAt.getTime() + rules.unitHours * HOUR_MS;
}

/**
 * Each step's deadline, report and state at `now`. The unit's deadline is 1 hour after its head learned of the
 * accident (Art. 9). A level reports within 2 hours (Art. 11) of receiving the report from below — of learning of
 * a higher grade, for a hop a revision added — so once the step below is reported its real time replaces the
 * planned one: a county that received the report at 10:05 is due at 12:05, and one that received it late is not
 * late for the unit's delay. `known` is false for a historical record whose report times were never seen.
 */
export function reportingProgress(steps: readonly ReportingStep[], now: Date, known: boolean, rules: ReportingRules = ART9_11_RULES): ReportingStepView[] {
  const out: ReportingStepView[] = [];
  let previous: ReportingStepView | undefined;
  for (const step of steps) {
    let due = new Date(step.dueAt).getTime();
    if (previous?.reportedAt) {
      const received = new Date(previous.reportedAt).getTime();
      due = Math.max(received, step.since ? new Date(step.since).getTime() : received) + rules.hopHours * HOUR_MS;
    }
    const reportedAt = step.reportedAt ?? null;
    const state: ReportingStepState = reportedAt
      ? new Date(reportedAt).getTime() > due ? 'late' : 'reported'
      : !known ? 'unknown' : now.getTime() > due ? 'overdue' : 'pending';
    previous = { from: step.from, to: step.to, dueAt: new Date(due).toISOString(), reportedAt, recordedBy: step.recordedBy ?? null, state };
    out.push(previous);
  }
  return out;
}

export type RecordReportDecision =
  | { ok: true; steps: ReportingStep[] }
  | { ok: false; code: 'CONFLICT' | 'INVALID_TRANSITION' | 'VALIDATION_FAILED'; path?: 'to' | 'at'; message: string };

/**
 * Records that the level below `to` reported to it at `at` (Art. 11). The steps go up in order: a level reports
 * after it received the report, never in the future, and each report is recorded once.
 */
export function recordLevelReport(steps: readonly ReportingStep[], to: ReportingLevel, at: Date, by: string, now: Date): RecordReportDecision {
  const index = steps.findIndex((s) => s.to === to);
  if (index < 0) return { ok: false, code: 'VALIDATION_FAILED', path: 'to', message: `is not a level the accident's reporting chain reaches (${steps.map((s) => s.to).join(', ')})` };
  if (index === 0) return { ok: false, code: 'VALIDATION_FAILED', path: 'to', message: 'is the unit’s step: its report is the accident report itself' };
  const step = steps[index]!;
  const below = steps[index - 1]!;
  if (step.reportedAt) return { ok: false, code: 'CONFLICT', message: `the report to ${to} was already recorded` };
  if (!below.reportedAt) return { ok: false, code: 'INVALID_TRANSITION', message: `${below.to} has not received the report yet` };
  if (at.getTime() > now.getTime()) return { ok: false, code: 'VALIDATION_FAILED', path: 'at', message: 'must not be in the future' };
  if (at.getTime() < new Date(below.reportedAt).getTime()) return { ok: false, code: 'VALIDATION_FAILED', path: 'at', message: `must not be before ${below.to} received the report` };
  const out = steps.map((s) => ({ ...s }));
  out[index] = { ...step, reportedAt: at.toISOString(), recordedBy: by };
  return { ok: true, steps: out };
}

export const reachesLevel = (grade: AccidentGrade, level: ReportingLevel, rules = ART9_11_RULES) =>
  LEVELS.indexOf(rules.finalLevel[grade]) >= LEVELS.indexOf(level);

export { GRADE_RANK };
