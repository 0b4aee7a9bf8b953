import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest, isApiError, type Page } from '../../app/api-client.ts';
import type {
  AssessInput,
  Assessment,
  GuarantorCheckInput,
  GuarantorCheckRecord,
  GuarantorRole,
  MajorHazardSource,
  MajorHazardSourceCreate,
  MajorHazardSourceUpdate,
} from './major-hazard.types.ts';

export const majorHazardKeys = {
  all: ['major-hazard-sources'] as const,
  list: (enterpriseId: string | undefined, page: number) => ['major-hazard-sources', 'list', enterpriseId ?? null, page] as const,
  assessment: (input: AssessInput | undefined) => ['major-hazard-assessment', input] as const,
  detail: (id: string) => ['major-hazard-sources', 'detail', id] as const,
  checks: (id: string, role: GuarantorRole | undefined, page: number) => ['major-hazard-sources', 'checks', id, role ?? null, page] as const,
};

export const CHECKS_PAGE_SIZE = 10;

export function useMajorHazardSources(enterpriseId: string | undefined, page: number) {
  return useQuery({
    queryKey: majorHazardKeys.list(enterpriseId, page),
    queryFn: ({ signal }) => apiRequest<Page<MajorHazardSource>>('/major-hazard-sources', { query: { enterpriseId, page, pageSize: 20 }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** The assessment of what is on the form, step by step; a 400 (unknown substance, shared CAS) is the query's error. */
export function useAssessment(input: AssessInput | undefined) {
  return useQuery({
    queryKey: majorHazardKeys.assessment(input),
    queryFn: ({ signal }) => apiRequest<Assessment>('/major-hazard-sources/assess', { method: 'POST', body: input, signal }),
    enabled: input !== undefined,
    retry: false,
    staleTime: Infinity,
  });
}

export function useCreateMajorHazardSource() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MajorHazardSourceCreate) => apiRequest<MajorHazardSource>('/major-hazard-sources', { method: 'POST', body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: majorHazardKeys.all }),
  });
}

export function useMajorHazardSource(id: string) {
  return useQuery({
    queryKey: majorHazardKeys.detail(id),
    queryFn: ({ signal }) => apiRequest<MajorHazardSource>(`/major-hazard-sources/${id}`, { signal }),
    retry: (count, error) => !isApiError(error, 'NOT_FOUND') && !isApiError(error, 'VALIDATION_FAILED') && count < 2,
  });
}

export function useGuarantorChecks(id: string, role: GuarantorRole | undefined, page: number) {
  return useQuery({
    queryKey: majorHazardKeys.checks(id, role, page),
    queryFn: ({ signal }) =>
      apiRequest<Page<GuarantorCheckRecord>>(`/major-hazard-sources/${id}/checks`, { query: { role, page, pageSize: CHECKS_PAGE_SIZE }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useGuarantorCheck(sourceId: string, checkId: string) {
  return useQuery({
    queryKey: ['major-hazard-sources', 'check', sourceId, checkId] as const,
    queryFn: ({ signal }) => apiRequest<GuarantorCheckRecord>(`/major-hazard-sources/${sourceId}/checks/${checkId}`, { signal }),
    retry: (count, error) => !isApiError(error, 'NOT_FOUND') && !isApiError(error, 'VALIDATION_FAILED') && count < 2,
  });
}

export function useUpdateMajorHazardSource(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MajorHazardSourceUpdate) => apiRequest<MajorHazardSource>(`/major-hazard-sources/${id}`, { method: 'PATCH', body }),
    onSuccess: (source) => {
      queryClient.setQueryData(majorHazardKeys.detail(id), source);
      void queryClient.invalidateQueries({ queryKey: majorHazardKeys.all });
    },
  });
}

export function useRecordGuarantorCheck(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: GuarantorCheckInput) =>
      apiRequest<{ check: GuarantorCheckRecord; source: MajorHazardSource }>(`/major-hazard-sources/${id}/checks`, { method: 'POST', body }),
    onSuccess: ({ source }) => {
      queryClient.setQueryData(majorHazardKeys.detail(id), source);
      void queryClient.invalidateQueries({ queryKey: majorHazardKeys.all });
    },
  });
}

export function useLinkCheckHazard(sourceId: string, checkId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (hazardId: string) =>
      apiRequest<GuarantorCheckRecord>(`/major-hazard-sources/${sourceId}/checks/${checkId}/hazard`, { method: 'POST', body: { hazardId } }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: majorHazardKeys.all }),
  });
}
