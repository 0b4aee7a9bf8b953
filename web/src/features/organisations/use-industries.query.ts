import { useQuery } from '@tanstack/react-query';
import type { IndustryRow } from '../../../../core/organisations/industries.ts';
import { apiRequest } from '../../app/api-client.ts';

/** One row of GB/T 4754-2017: sections A–T (level 1) and divisions, groups, classes (levels 2–4). */
export type Industry = IndustryRow;

export function useIndustries() {
  return useQuery({
    queryKey: ['industries'],
    queryFn: async () => (await apiRequest<{ items: Industry[] }>('/industries')).items,
    staleTime: Infinity,
  });
}
