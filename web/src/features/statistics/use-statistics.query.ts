import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { hazardStatisticsSchema } from '../../../../core/hazards/hazard-statistics.schema.ts';
import { apiRequest } from '../../app/api-client.ts';
import type { GroupBy, StatisticalReport } from './statistics.types.ts';

export interface StatisticsParams {
  groupBy: GroupBy;
  /** City dates `YYYY-MM-DD`, both ends included (the server reads a bare date as the whole city day). */
  from: string;
  to: string;
}

export function useHazardStatistics(params: StatisticsParams) {
  return useQuery({
    queryKey: ['hazards', 'statistics', params],
    queryFn: ({ signal }) =>
      apiRequest<z.infer<typeof hazardStatisticsSchema>>('/hazards/statistics', { query: { ...params }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useStatisticalReport(enterpriseId: string, period: string, enabled: boolean) {
  return useQuery({
    queryKey: ['hazards', 'statistical-report', enterpriseId, period],
    queryFn: ({ signal }) =>
      apiRequest<StatisticalReport>(`/enterprises/${encodeURIComponent(enterpriseId)}/hazard-statistical-report`, {
        query: { period },
        signal,
      }),
    enabled,
  });
}

export function statisticalReportXlsxUrl(enterpriseId: string, period: string): string {
  return `/api/v1/enterprises/${encodeURIComponent(enterpriseId)}/hazard-statistical-report.xlsx?period=${encodeURIComponent(period)}`;
}
