import { ACCIDENT_CATEGORIES } from '../../../../core/accidents/accident-categories.ts';
import { accidentGradeSchema } from '../../../../core/accidents/accident-grade.ts';
import { accidentGroupBySchema } from '../../../../core/accidents/accident-statistics.schema.ts';

/** Shapes and codes come from the core schemas shared with the server; the web only names them. */
export type { Accident, AccidentDetail, AccidentRevision } from '../../../../core/accidents/accident.schema.ts';
export type { AccidentGrade } from '../../../../core/accidents/accident-grade.ts';
export type { AccidentCategory } from '../../../../core/accidents/accident-categories.ts';
export type { AccidentStatistics, AccidentGroupBy, StatisticsRow } from '../../../../core/accidents/accident-statistics.schema.ts';
export type { AccidentImportReport, ImportedAccident } from '../../../../core/accidents/accident-import.ts';
export type { ReportingStepView, ReportingStepState } from '../../../../core/accidents/reporting-chain.ts';

/** GET /statistics/accident-denominators: GDP (yuan) and workers of a region (the city or a district) and year. */
export interface Denominator {
  regionCode: string;
  year: number;
  gdpYuan: number | null;
  workers: number | null;
  updatedAt: string;
}

export const ACCIDENT_GRADES = accidentGradeSchema.options;
export const GROUP_BYS = accidentGroupBySchema.options;
export { ACCIDENT_CATEGORIES };

export const GRADE_COLORS = { extraordinary: 'magenta', major: 'red', larger: 'orange', general: 'blue' } as const;

export interface AccidentListParams {
  grade?: string;
  category?: string;
  regionCode?: string;
  from?: string;
  to?: string;
  q?: string;
  page: number;
  pageSize: number;
}

export function parseAccidentListParams(search: URLSearchParams): AccidentListParams {
  const get = (k: string) => search.get(k) ?? undefined;
  return {
    grade: get('grade'),
    category: get('category'),
    regionCode: get('regionCode'),
    from: get('from'),
    to: get('to'),
    q: get('q'),
    page: Number(search.get('page') ?? 1) || 1,
    pageSize: Number(search.get('pageSize') ?? 20) || 20,
  };
}

export function toSearchParams(params: Partial<AccidentListParams>): URLSearchParams {
  const out = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '' && v !== null) out.set(k, String(v));
  return out;
}
