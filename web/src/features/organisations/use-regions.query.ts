import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../app/api-client.ts';

export type RegionLevel = 'province' | 'city' | 'district' | 'street';

export interface Region {
  code: string;
  name: string;
  level: RegionLevel;
  children?: Region[];
}

/** The region tree changes with administrative reforms, not during a session. */
export function useRegions() {
  return useQuery({
    queryKey: ['regions'],
    queryFn: async () => (await apiRequest<{ items: Region[] }>('/regions')).items,
    staleTime: Infinity,
  });
}
