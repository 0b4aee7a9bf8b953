import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest, type Page } from '../../app/api-client.ts';
import type { CaseAction, CaseStatus } from '../../../../core/enforcement/case.schema.ts';
import type { BenchmarkSet, CaseDetail, CaseSummary } from '../../../../core/enforcement/case-view.schema.ts';

export type { CaseAction, CaseDetail, CaseStatus, CaseSummary };

export interface CaseListParams {
  status?: CaseStatus | undefined;
  page: number;
  pageSize: number;
}

export const caseKeys = {
  all: ['penalty-cases'] as const,
  list: (params: CaseListParams) => ['penalty-cases', 'list', params] as const,
  detail: (id: string) => ['penalty-cases', 'detail', id] as const,
};

export function usePenaltyCases(params: CaseListParams) {
  return useQuery({
    queryKey: caseKeys.list(params),
    queryFn: ({ signal }) => apiRequest<Page<CaseSummary>>('/penalty-cases', { query: { ...params }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function usePenaltyCase(id: string) {
  return useQuery({ queryKey: caseKeys.detail(id), queryFn: ({ signal }) => apiRequest<CaseDetail>(`/penalty-cases/${id}`, { signal }) });
}

/** One step of the procedure: POST /penalty-cases/{id}/actions/{action}; the answer is the case after it. */
export function useCaseAction(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ action, body }: { action: CaseAction; body: Record<string, unknown> }) => apiRequest<CaseDetail>(`/penalty-cases/${id}/actions/${action}`, { method: 'POST', body }),
    onSuccess: (detail) => {
      queryClient.setQueryData(caseKeys.detail(id), detail);
      void queryClient.invalidateQueries({ queryKey: [...caseKeys.all, 'list'] });
    },
  });
}

/** The benchmarks an enterprise's cases are checked against: its violation types, for filing. */
export function useEnterpriseBenchmarks(enterpriseId: string | undefined) {
  return useQuery({
    queryKey: ['discretion-benchmarks', 'enterprise', enterpriseId],
    queryFn: ({ signal }) => apiRequest<BenchmarkSet>('/discretion-benchmarks', { query: { enterpriseId }, signal }),
    enabled: Boolean(enterpriseId),
  });
}

export function useFileCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Record<string, unknown>) => apiRequest<CaseDetail>('/penalty-cases', { method: 'POST', body }),
    onSuccess: (created) => {
      queryClient.setQueryData(caseKeys.detail(created.id), created);
      void queryClient.invalidateQueries({ queryKey: [...caseKeys.all, 'list'] });
    },
  });
}

export const caseDocumentUrl = (caseId: string, documentId: string) => `/api/v1/penalty-cases/${caseId}/documents/${documentId}.pdf`;

/** Whole fen as yuan with two decimals, exactly (integer arithmetic). */
export const yuanOfFen = (fen: number) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;

/** "1234.5" / "1234.56" / "1234" yuan → fen, exactly; undefined when not such a number. */
export function fenOfYuan(text: string): number | undefined {
  const m = /^(\d{1,12})(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!m) return undefined;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}
