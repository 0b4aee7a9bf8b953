import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest, type Page } from '../../app/api-client.ts';
import type { RiskDistribution, RiskEvaluation, RiskEvaluationInput, RiskLevel, RiskPoint, RiskPointCreate } from './risk.types.ts';

export interface RiskPointListParams {
  enterpriseId?: string;
  level?: RiskLevel;
  reviewOverdue?: boolean;
  page: number;
}

export const riskKeys = {
  all: ['risk-points'] as const,
  list: (p: RiskPointListParams) => ['risk-points', 'list', p] as const,
  distribution: (enterpriseId?: string) => ['risk-points', 'distribution', enterpriseId ?? null] as const,
  evaluation: (input: RiskEvaluationInput | undefined) => ['risk-evaluation', input] as const,
};

export function useRiskPoints(p: RiskPointListParams) {
  return useQuery({
    queryKey: riskKeys.list(p),
    queryFn: ({ signal }) =>
      apiRequest<Page<RiskPoint>>('/risk-points', { query: { enterpriseId: p.enterpriseId, level: p.level, reviewOverdue: p.reviewOverdue, page: p.page, pageSize: 20 }, signal }),
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
