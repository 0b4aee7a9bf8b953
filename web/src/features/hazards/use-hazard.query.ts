import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../app/api-client.ts';
import type { HazardDetail } from './hazard.types.ts';
import { hazardKeys } from './use-hazards.query.ts';

/** One hazard with its timeline, photos and the actions the signed-in user may take now. */
export function useHazard(id: string | undefined) {
  return useQuery({
    queryKey: hazardKeys.detail(id ?? ''),
    queryFn: ({ signal }) => apiRequest<HazardDetail>(`/hazards/${encodeURIComponent(id ?? '')}`, { signal }),
    enabled: Boolean(id),
  });
}
