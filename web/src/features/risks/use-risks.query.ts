import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest, isApiError, type Page } from '../../app/api-client.ts';
import type {
  RiskDistribution,
  RiskEvaluation,
  RiskEvaluationInput,
  RiskLevel,
  RiskPoint,
  RiskPointCreate,
  RiskPointHistoryEntry,
  RiskPointUpdate,
  RiskReview,
  RiskReviewCreate,
} from './risk.types.ts';

export interface RiskPointListParams {
  enterpriseId?: string;
  level?: RiskLevel;
  reviewOverdue?: boolean;
  /** false: the deactivated points. */
  active?: boolean;
  page: number;
}

export const riskKeys = {
  all: ['risk-points'] as const,
  list: (p: RiskPointListParams) => ['risk-points', 'list', p] as const,
  distribution: (enterpriseId?: string) => ['risk-points', 'distribution', enterpriseId ?? null] as const,
  evaluation: (input: RiskEvaluationInput | undefined) => ['risk-evaluation', input] as const,
  detail: (id: string) => ['risk-points', 'detail', id] as const,
  reviews: (id: string, page: number) => ['risk-points', 'reviews', id, page] as const,
  history: (id: string, page: number) => ['risk-points', 'history', id, page] as const,
};

export const REVIEWS_PAGE_SIZE = 10;
export const HISTORY_PAGE_SIZE = 10;

export function useRiskPoints(p: RiskPointListParams) {
  return useQuery({
    queryKey: riskKeys.list(p),
    queryFn: ({ signal }) =>
      apiRequest<Page<RiskPoint>>('/risk-points', { query: { enterpriseId: p.enterpriseId, level: p.level, reviewOverdue: p.reviewOverdue, active: p.active === false ? 'false' : undefined, page: p.page, pageSize: 20 }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useRiskDistribution(enterpriseId?: string) {
  return useQuery({
    queryKey: riskKeys.distribution(enterpriseId),
    queryFn: ({ signal }) => apiRequest<RiskDistribution>('/risk-points/distribution', { query: { enterpriseId }, signal }),
  });
}

/** The live grade of the scores on the form, by the server's (configured) mapping; none until every score is set. */
export function useRiskEvaluation(input: RiskEvaluationInput | undefined) {
  return useQuery({
    queryKey: riskKeys.evaluation(input),
    queryFn: ({ signal }) => apiRequest<RiskEvaluation>('/risks/evaluate', { method: 'POST', body: input, signal }),
    enabled: input !== undefined,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  });
}

export function useCreateRiskPoint() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RiskPointCreate) => apiRequest<RiskPoint>('/risk-points', { method: 'POST', body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: riskKeys.all }),
  });
}

export function useCreateRiskChecklist() {
  return useMutation({
    mutationFn: (enterpriseId: string) => apiRequest<{ id: string; name: string; items: unknown[] }>('/risk-points/checklists', { method: 'POST', body: { enterpriseId } }),
  });
}

export function useRiskPoint(id: string) {
  return useQuery({
    queryKey: riskKeys.detail(id),
    queryFn: ({ signal }) => apiRequest<RiskPoint>(`/risk-points/${id}`, { signal }),
    retry: (count, error) => !isApiError(error, 'NOT_FOUND') && !isApiError(error, 'VALIDATION_FAILED') && count < 2,
  });
}

export function useRiskReviews(id: string, page: number) {
  return useQuery({
    queryKey: riskKeys.reviews(id, page),
    queryFn: ({ signal }) => apiRequest<Page<RiskReview>>(`/risk-points/${id}/reviews`, { query: { page, pageSize: REVIEWS_PAGE_SIZE }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useRiskHistory(id: string, page: number) {
  return useQuery({
    queryKey: riskKeys.history(id, page),
    queryFn: ({ signal }) => apiRequest<Page<RiskPointHistoryEntry>>(`/risk-points/${id}/history`, { query: { page, pageSize: HISTORY_PAGE_SIZE }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** After any change of one point: its detail, reviews, history and every list and distribution. */
function useRefreshRisks() {
  const queryClient = useQueryClient();
  return (point?: RiskPoint) => {
    if (point) queryClient.setQueryData(riskKeys.detail(point.id), point);
    void queryClient.invalidateQueries({ queryKey: riskKeys.all });
  };
}

export function useUpdateRiskPoint(id: string) {
  const refresh = useRefreshRisks();
  return useMutation({
    mutationFn: (body: RiskPointUpdate) => apiRequest<RiskPoint>(`/risk-points/${id}`, { method: 'PATCH', body }),
    onSuccess: (point) => refresh(point),
  });
}

export function useRecordReview(id: string) {
  const refresh = useRefreshRisks();
  return useMutation({
    mutationFn: (body: RiskReviewCreate) => apiRequest<{ review: RiskReview; point: RiskPoint }>(`/risk-points/${id}/reviews`, { method: 'POST', body }),
    onSuccess: ({ point }) => refresh(point),
  });
}

export function useDeactivateRiskPoint(id: string) {
  const refresh = useRefreshRisks();
  return useMutation({
    mutationFn: (reason: string) => apiRequest<RiskPoint>(`/risk-points/${id}/deactivate`, { method: 'POST', body: { reason } }),
    onSuccess: (point) => refresh(point),
  });
}

export function useReactivateRiskPoint(id: string) {
  const refresh = useRefreshRisks();
  return useMutation({
    mutationFn: () => apiRequest<RiskPoint>(`/risk-points/${id}/reactivate`, { method: 'POST' }),
    onSuccess: (point) => refresh(point),
  });
}

export function useDeleteRiskPoint(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest<void>(`/risk-points/${id}`, { method: 'DELETE' }),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: riskKeys.detail(id) });
      void queryClient.invalidateQueries({ queryKey: riskKeys.all });
    },
  });
}
