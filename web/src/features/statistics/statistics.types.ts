import { hazardStatisticsQuerySchema } from '../../../../core/hazards/hazard-statistics.schema.ts';

export type { HazardStatisticsRow } from '../../../../core/hazards/hazard-statistics.schema.ts';
export type { StatisticalReport } from '../../../../core/hazards/statistical-report.ts';

export const GROUP_BYS = hazardStatisticsQuerySchema.shape.groupBy.options;
export type GroupBy = (typeof GROUP_BYS)[number];

export const isGroupBy = (value: unknown): value is GroupBy =>
  typeof value === 'string' && (GROUP_BYS as readonly string[]).includes(value);
