import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest, type Page } from '../../app/api-client.ts';
import type { AssessInput, Assessment, MajorHazardSource, MajorHazardSourceCreate } from './major-hazard.types.ts';

export const majorHazardKeys = {
  all: ['major-hazard-sources'] as const,
  list: (enterpriseId: string | undefined, page: number) => ['major-hazard-sources', 'list', enterpriseId ?? null, page] as const,
  assessment: (input: AssessInput | undefined) => ['major-hazard-assessment', input] as const,
};

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
