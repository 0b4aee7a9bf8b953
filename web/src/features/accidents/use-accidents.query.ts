import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest, buildQueryString, type Page } from '../../app/api-client.ts';
import type { Accident, AccidentDetail, AccidentListParams, AccidentStatistics } from './accident.types.ts';

export const accidentKeys = {
  all: ['accidents'] as const,
  list: (params: AccidentListParams) => ['accidents', 'list', params] as const,
  detail: (id: string) => ['accidents', 'detail', id] as const,
  statistics: (query: StatisticsQuery) => ['accidents', 'statistics', query] as const,
};

export interface StatisticsQuery {
  from: string;
  to: string;
  groupBy: string;
  regionCode?: string;
}

export function useAccidents(params: AccidentListParams) {
  return useQuery({
    queryKey: accidentKeys.list(params),
    queryFn: ({ signal }) => apiRequest<Page<Accident>>('/accidents', { query: { ...params }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useAccident(id: string) {
  return useQuery({ queryKey: accidentKeys.detail(id), queryFn: ({ signal }) => apiRequest<AccidentDetail>(`/accidents/${id}`, { signal }) });
}

export function useAccidentStatistics(query: StatisticsQuery) {
  return useQuery({
    queryKey: accidentKeys.statistics(query),
    queryFn: ({ signal }) => apiRequest<AccidentStatistics>('/statistics/accidents', { query: { ...query }, signal }),
    placeholderData: keepPreviousData,
  });
}

export const accidentListXlsxUrl = (params: Omit<AccidentListParams, 'page' | 'pageSize'>) => `/api/v1/accidents/export.xlsx${buildQueryString({ ...params })}`;
export const accidentStatisticsXlsxUrl = (query: StatisticsQuery) => `/api/v1/statistics/accidents.xlsx${buildQueryString({ ...query })}`;

export function useReportAccident() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Record<string, unknown>) => apiRequest<AccidentDetail>('/accidents', { method: 'POST', body: input }),
    onSuccess: (created) => {
      queryClient.setQueryData(accidentKeys.detail(created.id), created);
      void queryClient.invalidateQueries({ queryKey: accidentKeys.all });
      void queryClient.invalidateQueries({ queryKey: ['cockpit'] });
    },
  });
}

export function useReviseAccident(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Record<string, unknown>) => apiRequest<AccidentDetail>(`/accidents/${id}/revisions`, { method: 'POST', body: input }),
    onSuccess: (revised) => {
      queryClient.setQueryData(accidentKeys.detail(id), revised);
      void queryClient.invalidateQueries({ queryKey: accidentKeys.all });
      void queryClient.invalidateQueries({ queryKey: ['cockpit'] });
    },
  });
}
