import { z } from 'zod';
import { cityDayStart } from '../shared/city-time.ts';
import type { StatisticalPeriod } from './investigation-periods.ts';

/**
 * The enterprise's quarterly or annual hazard investigation and governance statistical table (16号令 Art. 14,
 * domain-rules §2.1 [M]): what it counts, and the period as written in a request (`2026-Q3`, `2026`).
 */

/** A period as written: a year (`2026`) or a quarter (`2026-Q3`). */
export const reportPeriodTextSchema = z.string().regex(/^\d{4}(-Q[1-4])?$/, 'must be a year (2026) or a quarter (2026-Q3)');

export const reportPeriodSchema = reportPeriodTextSchema.transform((s): StatisticalPeriod => (s.includes('-Q') ? { kind: 'quarter', year: Number(s.slice(0, 4)), quarter: Number(s.slice(6)) } : { kind: 'year', year: Number(s) }));

/** [start, end) of a period in Asia/Shanghai. */
export function periodBounds(p: StatisticalPeriod): { start: Date; end: Date } {
  if (p.kind === 'year') return { start: cityDayStart({ year: p.year, month: 1, day: 1 }), end: cityDayStart({ year: p.year + 1, month: 1, day: 1 }) };
  const month = (p.quarter - 1) * 3 + 1;
  const end = p.quarter === 4 ? { year: p.year + 1, month: 1, day: 1 } : { year: p.year, month: month + 3, day: 1 };
  return { start: cityDayStart({ year: p.year, month, day: 1 }), end: cityDayStart(end) };
}

export const periodLabel = (p: StatisticalPeriod) => (p.kind === 'year' ? `${p.year}年度` : `${p.year}年第${p.quarter}季度`);

export const statisticalReportSchema = z.object({
  enterpriseId: z.uuid(),
  enterpriseName: z.string(),
  creditCode: z.string(),
  period: z.string(),
  periodLabel: z.string(),
  from: z.string(),
  to: z.string(),
  dueAt: z.string().describe('when the signed table is due (16号令 Art. 14)'),
  tasksDue: z.number().int(),
  tasksDone: z.number().int(),
  generalFound: z.number().int(),
  majorFound: z.number().int(),
  generalClosed: z.number().int(),
  majorClosed: z.number().int(),
  closedOnTime: z.number().int(),
  rectificationFundsYuan: z.number().int().describe('funds of the rectifications closed in the period'),
  majorListedForSupervision: z.number().int(),
  openAtEnd: z.number().int().describe('found by the end of the period and not closed by then'),
});
export type StatisticalReport = z.infer<typeof statisticalReportSchema>;
