import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest, type Page } from '../../app/api-client.ts';
import { hazardKeys } from '../hazards/use-hazards.query.ts';
import type {
  ExpertCampaign,
  ExpertCampaignCreate,
  ExpertCampaignStatus,
  ExpertCampaignSummary,
  ExpertReport,
  ExpertReportBody,
  FindingHazardBody,
  FindingMeasureBody,
} from '../../../../core/inspections/expert-assessment.ts';
import type { KeyIndustry } from '../organisations/enterprise.types.ts';

export type { ExpertCampaign, ExpertCampaignCreate, ExpertCampaignStatus, ExpertCampaignSummary, ExpertReport, ExpertReportBody };

/** The list's filters as the URL carries them; names follow `expertCampaignListQuerySchema`. */
export interface ExpertCampaignListParams {
  q?: string;
  keyIndustry?: KeyIndustry;
  status?: ExpertCampaignStatus;
  page: number;
  pageSize: number;
}

export const expertKeys = {
  all: ['expert-campaigns'] as const,
  list: (p: ExpertCampaignListParams) => ['expert-campaigns', 'list', p] as const,
  campaign: (id: string) => ['expert-campaigns', 'detail', id] as const,
  report: (assignmentId: string) => ['expert-campaigns', 'report', assignmentId] as const,
  experts: ['experts'] as const,
};

export function useExpertCampaigns(p: ExpertCampaignListParams) {
  return useQuery({
    queryKey: expertKeys.list(p),
    queryFn: ({ signal }) => apiRequest<Page<ExpertCampaignSummary>>('/expert-campaigns', { query: { ...p }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useExpertCampaign(id: string | undefined) {
  return useQuery({
    queryKey: expertKeys.campaign(id ?? ''),
    queryFn: ({ signal }) => apiRequest<ExpertCampaign>(`/expert-campaigns/${encodeURIComponent(id ?? '')}`, { signal }),
    enabled: Boolean(id),
  });
}

export function useCreateExpertCampaign() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Omit<ExpertCampaignCreate, 'checklist'> & { checklist?: string }) => apiRequest<ExpertCampaign>('/expert-campaigns', { method: 'POST', body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: expertKeys.all }),
  });
}

/** Active expert accounts (a few dozen in a city). */
export function useExperts(enabled: boolean) {
  return useQuery({
    queryKey: expertKeys.experts,
    queryFn: ({ signal }) => apiRequest<Page<{ id: string; name: string }>>('/experts', { query: { pageSize: 200 }, signal }),
    staleTime: 5 * 60_000,
    enabled,
  });
}

export function useExpertReport(assignmentId: string | undefined) {
  return useQuery({
    queryKey: expertKeys.report(assignmentId ?? ''),
    queryFn: ({ signal }) => apiRequest<ExpertReport>(`/expert-assignments/${encodeURIComponent(assignmentId ?? '')}/report`, { signal }),
    enabled: Boolean(assignmentId),
  });
}

/** A report changed (submitted, or a finding converted): it, its campaign and the lists are stale. */
function useReportMutation<B>(path: (target: string) => string, alsoStale: readonly (readonly unknown[])[] = []) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ target, body }: { target: string; body: B }) => apiRequest<ExpertReport>(path(target), { method: 'POST', body }),
    onSuccess: (report) => {
      queryClient.setQueryData(expertKeys.report(report.id), report);
      void queryClient.invalidateQueries({ queryKey: expertKeys.all });
      for (const key of alsoStale) void queryClient.invalidateQueries({ queryKey: key });
    },
  });
}

export const useSubmitExpertReport = () => useReportMutation<ExpertReportBody>((assignmentId) => `/expert-assignments/${encodeURIComponent(assignmentId)}/report`);
export const useFindingToHazard = () =>
  useReportMutation<Omit<FindingHazardBody, 'category'> & { category?: FindingHazardBody['category'] }>((findingId) => `/expert-findings/${encodeURIComponent(findingId)}/hazard`, [hazardKeys.all]);
export const useFindingToMeasure = () =>
  useReportMutation<FindingMeasureBody>((findingId) => `/expert-findings/${encodeURIComponent(findingId)}/control-measure`, [['risk-points']]);
