import { z } from 'zod';
import { regionCodeSchema } from '../organisations/regions.ts';

/** `GET /api/v1/hazards/statistics` (hazards issue "Supervision and accountability"). */

const dateFilter = z.iso.datetime({ offset: true }).or(z.iso.date());

export const hazardStatisticsQuerySchema = z.object({
  groupBy: z.enum(['enterprise', 'region', 'industry', 'department']),
  from: dateFilter.optional().describe('start of the period (a bare date: its start in Asia/Shanghai); default 1 January of the current year'),
  to: dateFilter.optional().describe('end of the period (a bare date: its end in Asia/Shanghai); default today'),
  regionCode: regionCodeSchema.optional().describe('only this district or street'),
});
export type HazardStatisticsQuery = z.output<typeof hazardStatisticsQuerySchema>;

const count = z.number().int();
const rate = z.number().nullable().describe('0–1; null when the denominator is 0');

export const hazardStatisticsRowSchema = z.object({
  key: z.string(),
  name: z.string(),
  tasksDue: count,
  tasksDone: count,
  completionRate: rate,
  hazardsFound: count,
  hazardsClosed: count,
  closedOnTime: count,
  onTimeRate: rate,
  overdueNow: count,
  openMajor: count,
  overdueMajor: count,
  repeatHazards: count,
  /** 排查不力 */
  flagged: z.boolean(),
  reasons: z.array(
    z.object({ code: z.enum(['low_completion', 'low_on_time', 'major_overdue']), message: z.string(), thresholdPercent: z.number().optional() }),
  ),
  rank: count.describe('1 = worst'),
});
export type HazardStatisticsRow = z.infer<typeof hazardStatisticsRowSchema>;

export const hazardStatisticsSchema = z.object({
  groupBy: z.string(),
  from: z.string(),
  to: z.string(),
  rows: z.array(hazardStatisticsRowSchema).describe('ranked: flagged and worst units first'),
});
