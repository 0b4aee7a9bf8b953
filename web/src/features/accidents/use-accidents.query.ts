import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest, buildQueryString, type Page } from '../../app/api-client.ts';
import type { Accident, AccidentDetail, AccidentImportReport, AccidentListParams, AccidentStatistics, Denominator } from './accident.types.ts';

export const accidentKeys = {
  all: ['accidents'] as const,
  list: (params: AccidentListParams) => ['accidents', 'list', params] as const,
  detail: (id: string) => ['accidents', 'detail', id] as const,
  statistics: (query: StatisticsQuery) => ['accidents', 'statistics', query] as const,
  denominators: ['accidents', 'denominators'] as const,
  denominatorHistory: (regionCode: string, year: number) => ['accidents', 'denominators', 'history', regionCode, year] as const,
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

/** The printed record: opened in a new tab, the browser shows the PDF. */
export const accidentRecordPdfUrl = (id: string) => `/api/v1/accidents/${encodeURIComponent(id)}/record.pdf`;

export function useRecordChainReport(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { to: string; at: string }) => apiRequest<AccidentDetail>(`/accidents/${id}/reporting`, { method: 'POST', body: input }),
    onSuccess: (next) => {
      queryClient.setQueryData(accidentKeys.detail(id), next);
      void queryClient.invalidateQueries({ queryKey: accidentKeys.all });
    },
  });
}

export interface ImportRequest {
  file: { format: 'csv' | 'xlsx'; content: string; mapping?: Record<string, unknown> };
  dryRun: boolean;
  mode: 'all-or-nothing' | 'valid-only';
}

/** POST /accidents/import: a check (dryRun) first, then the import the user confirmed. */
export function useImportAccidents() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, dryRun, mode }: ImportRequest) =>
      apiRequest<AccidentImportReport>('/accidents/import', { method: 'POST', query: { dryRun, mode }, body: file }),
    onSuccess: (report) => {
      if (report.imported > 0) {
        void queryClient.invalidateQueries({ queryKey: accidentKeys.all });
        void queryClient.invalidateQueries({ queryKey: ['cockpit'] });
      }
    },
  });
}

export function useDenominators() {
  return useQuery({
    queryKey: accidentKeys.denominators,
    queryFn: async ({ signal }) => (await apiRequest<{ items: Denominator[] }>('/statistics/accident-denominators', { signal })).items,
  });
}

export function usePutDenominator() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { regionCode: string; year: number; gdpYuan: number | null; workers: number | null }) =>
      apiRequest<Denominator>('/statistics/accident-denominators', { method: 'PUT', body: input }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['accidents'] }),
  });
}

export interface DenominatorChange {
  id: number;
  at: string;
  actorName: string;
  before: { gdpYuan: number | null; workers: number | null } | null;
  after: { gdpYuan: number | null; workers: number | null };
}

/** The audit trail of one denominator (administrators read the audit log). */
export function useDenominatorHistory(regionCode: string, year: number, enabled: boolean) {
  return useQuery({
    queryKey: accidentKeys.denominatorHistory(regionCode, year),
    queryFn: async ({ signal }) =>
      (await apiRequest<Page<DenominatorChange>>('/audit', { query: { entity: 'accident_rate_denominator', entityId: `${regionCode}/${year}`, pageSize: 20 }, signal })).items,
    enabled,
  });
}
