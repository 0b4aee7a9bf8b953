import { z } from 'zod';

/** The four grades of 493号令 Art. 3, highest first (API values; labels come from the web's locale files). */
export const accidentGradeSchema = z.enum(['extraordinary', 'major', 'larger', 'general']);
export type AccidentGrade = z.infer<typeof accidentGradeSchema>;

/** Ascending severity, for comparisons: general 0 … extraordinary 3. */
export const GRADE_RANK: Readonly<Record<AccidentGrade, number>> = { general: 0, larger: 1, major: 2, extraordinary: 3 };

export interface GradeBand {
  grade: Exclude<AccidentGrade, 'general'>;
  /** Lower bounds ("以上" includes the number). */
  deaths: number;
  seriousInjuries: number;
  directLossYuan: number;
}

/**
 * 493号令 Art. 3 (domain-rules §1.1 [H]), highest band first. Each band is [lower, next band's lower):
 * "以上" includes the number, "以下" excludes it. Data, not code: Art. 3 para 2 lets the State Council's safety
 * department issue supplementary grading rules, so a city may pass its own table to `gradeOf`.
 */
export const ART3_BANDS: readonly GradeBand[] = [
  { grade: 'extraordinary', deaths: 30, seriousInjuries: 100, directLossYuan: 100_000_000 },
  { grade: 'major', deaths: 10, seriousInjuries: 50, directLossYuan: 50_000_000 },
  { grade: 'larger', deaths: 3, seriousInjuries: 10, directLossYuan: 10_000_000 },
];

export interface Casualties {
  deaths: number;
  /** 重伤, including acute industrial poisoning (包括急性工业中毒). */
  seriousInjuries: number;
  /** Integer yuan (GB 6721-1986 direct loss; indirect losses are not graded). */
  directLossYuan: number;
}

/**
 * The grade of an accident: 493号令 Art. 3 joins deaths, serious injuries and direct loss with "或者", so the
 * grade is the highest one that any of the three reaches (2 deaths + 60 serious injuries → major).
 */
export function gradeOf(c: Casualties, bands: readonly GradeBand[] = ART3_BANDS): AccidentGrade {
  for (const band of bands) {
    if (c.deaths >= band.deaths || c.seriousInjuries >= band.seriousInjuries || c.directLossYuan >= band.directLossYuan) return band.grade;
  }
  return 'general';
}

export const isHigherGrade = (a: AccidentGrade, b: AccidentGrade) => GRADE_RANK[a] > GRADE_RANK[b];
