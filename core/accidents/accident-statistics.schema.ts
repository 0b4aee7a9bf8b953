import { z } from 'zod';
import { regionCodeSchema } from '../organisations/regions.ts';
import type { CivilDate } from '../shared/city-time.ts';
import { industryCodeSchema } from './accident.schema.ts';

const dateText = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date (YYYY-MM-DD)');

export const accidentGroupBySchema = z.enum(['region', 'industry', 'grade', 'category', 'month']);
export type AccidentGroupBy = z.infer<typeof accidentGroupBySchema>;

/** Five years of months is the widest table the statistics serve in one answer (plus the year before). */
export const MAX_STATISTICS_DAYS = 366 * 10;

export const accidentStatisticsQuerySchema = z
  .object({
    from: dateText,
    to: dateText,
    groupBy: accidentGroupBySchema,
    regionCode: regionCodeSchema.optional(),
    industryCode: industryCodeSchema.optional(),
  })
  .refine((q) => q.from <= q.to, { message: 'must not be before from', path: ['to'] });
export type AccidentStatisticsQuery = z.infer<typeof accidentStatisticsQuerySchema>;

export const figuresRowSchema = z.object({
  accidents: z.number().int(),
  deaths: z.number().int(),
  seriousInjuries: z.number().int(),
  directLossYuan: z.number().int(),
});
export type FiguresRow = z.infer<typeof figuresRowSchema>;

const change = z.number().nullable().describe('percent change from the same period a year earlier; null when that was 0');

export const statisticsRowSchema = figuresRowSchema.extend({
  key: z.string(),
  /** Year-on-year: the same period one year earlier (for `month`, the same month). */
  previous: figuresRowSchema,
  change: z.object({ accidents: change, deaths: change }),
  /** Present where the denominators are configured for every year of the period (region rows and the total). */
  rates: z
    .object({
      deathsPer100MillionYuanGdp: z.number().nullable(),
      deathsPer100kWorkers: z.number().nullable(),
    })
    .optional(),
});
export type StatisticsRow = z.infer<typeof statisticsRowSchema>;

export const accidentStatisticsSchema = z.object({
  groupBy: accidentGroupBySchema,
  from: z.string(),
  to: z.string(),
  previousFrom: z.string(),
  previousTo: z.string(),
  rows: z.array(statisticsRowSchema),
  total: statisticsRowSchema,
});
export type AccidentStatistics = z.infer<typeof accidentStatisticsSchema>;

const ZERO: FiguresRow = { accidents: 0, deaths: 0, seriousInjuries: 0, directLossYuan: 0 };
export const zeroFigures = (): FiguresRow => ({ ...ZERO });

/** Percent change, one decimal; null when there is nothing to compare with. */
export function percentChange(current: number, previous: number): number | null {
  if (previous === 0) return null;
  return Math.round(((current - previous) / previous) * 1000) / 10;
}

/** The same civil date a year earlier (29 February → 28 February). */
export function yearEarlier(date: CivilDate): CivilDate {
  const candidate = { year: date.year - 1, month: date.month, day: date.day };
  return date.month === 2 && date.day === 29 ? { ...candidate, day: 28 } : candidate;
}

/** 'YYYY-MM' one year later: how a month of the previous period lines up with this period's row. */
export const monthKeyYearLater = (key: string) => `${Number(key.slice(0, 4)) + 1}${key.slice(4)}`;

/**
 * Regional rates (domain-rules §1.7 [M]): 亿元GDP生产安全事故死亡率 = deaths / (GDP in yuan / 10⁸), and deaths per
 * 100,000 employed persons. Over several years GDP adds up and the workforce is averaged per year.
 */
export function ratesOf(deaths: number, denominators: Array<{ gdpYuan: number | null; workers: number | null }>, years: number) {
  const complete = <K extends 'gdpYuan' | 'workers'>(k: K) => denominators.length === years && denominators.every((d) => d[k] !== null);
  const round = (n: number) => Math.round(n * 10_000) / 10_000;
  const gdp = complete('gdpYuan') ? denominators.reduce((s, d) => s + d.gdpYuan!, 0) : null;
  const workerYears = complete('workers') ? denominators.reduce((s, d) => s + d.workers!, 0) : null;
  return {
    deathsPer100MillionYuanGdp: gdp ? round(deaths / (gdp / 1e8)) : null,
    deathsPer100kWorkers: workerYears ? round((deaths / (workerYears / years)) * 1e5) : null,
  };
}
