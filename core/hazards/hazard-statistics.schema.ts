import { z } from 'zod';

/** `GET /api/v1/hazards/statistics` (hazards issue "Supervision and accountability"). */

const dateFilter = z.iso.datetime({ offset: true }).or(z.iso.date());

export const hazardStatisticsQuerySchema = z.object({
  groupBy: z.enum(['enterprise', 'region', 'industry', 'department']),
  from: dateFilter.describe('start of the period (a bare date: its start in Asia/Shanghai)'),
  to: dateFilter.describe('end of the period (a bare date: its end in Asia/Shanghai)'),
  regionCode: z.string().regex(/^\d{6}(\d{3})?$/).optional().describe('only this district or street'),
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
