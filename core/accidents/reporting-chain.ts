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

export const reportingStepSchema = z.object({
  /** Who reports: the unit, or the level below. */
  from: z.enum(['unit', 'county', 'city', 'province']),
  to: reportingLevelSchema,
  dueAt: z.iso.datetime({ offset: true }),
});
export type ReportingStep = z.infer<typeof reportingStepSchema>;

/**
 * The reporting chain of a new accident: the unit to the county within 1 hour of `knownAt` (Art. 9), then each
 * level to the next within 2 hours of its own deadline (Art. 11), up to the level the grade requires (Art. 10).
 * Deadlines are the latest instant each report may arrive if every level takes its full time.
 */
export function reportingChain(grade: AccidentGrade, knownAt: Date, rules: ReportingRules = ART9_11_RULES): ReportingStep[] {
  const steps: ReportingStep[] = [{ from: 'unit', to: 'county', dueAt: new Date(knownAt.getTime() + rules.unitHours * HOUR_MS).toISOString() }];
  return extendReportingChain(steps, grade, knownAt, rules);
}

/**
 * Adds the hops a higher grade needs (Art. 13 supplementary report → re-routing): the level that was the top
 * of the chain learns of the new grade at `at` (or at its own deadline, if later) and forwards within 2 hours.
 * Existing steps are kept; a chain never shrinks when a grade falls.
 */
export function extendReportingChain(steps: readonly ReportingStep[], grade: AccidentGrade, at: Date, rules: ReportingRules = ART9_11_RULES): ReportingStep[] {
  const out = [...steps];
  const target = LEVELS.indexOf(rules.finalLevel[grade]);
  let last = out[out.length - 1]!;
  let start = Math.max(at.getTime(), new Date(last.dueAt).getTime());
  for (let i = LEVELS.indexOf(last.to) + 1; i <= target; i++) {
    const from = last.to as ReportingStep['from'];
    start += rules.hopHours * HOUR_MS;
    last = { from, to: LEVELS[i]!, dueAt: new Date(start).toISOString() };
    out.push(last);
  }
  return out;
}

/** 迟报: the platform received the unit's report after its Art. 9 deadline (one hour after `knownAt`). */
export function isLateReport(knownAt: Date, reportedAt: Date, rules: ReportingRules = ART9_11_RULES): boolean {
  return reportedAt.getTime() > knownAt.getTime() + rules.unitHours * HOUR_MS;
}

export const reachesLevel = (grade: AccidentGrade, level: ReportingLevel, rules = ART9_11_RULES) =>
  LEVELS.indexOf(rules.finalLevel[grade]) >= LEVELS.indexOf(level);

export { GRADE_RANK };
