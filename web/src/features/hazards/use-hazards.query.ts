import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest, type Page } from '../../app/api-client.ts';
import type { Hazard, HazardListParams } from './hazard.types.ts';
import { toHazardApiQuery } from './hazard-list-params.ts';

export const hazardKeys = {
  all: ['hazards'] as const,
  lists: ['hazards', 'list'] as const,
  list: (params: HazardListParams) => ['hazards', 'list', params] as const,
  detail: (id: string) => ['hazards', 'detail', id] as const,
};

/** One page of hazards; the previous page stays on screen while the next one loads. */
export function useHazards(params: HazardListParams) {
  return useQuery({
    queryKey: hazardKeys.list(params),
    queryFn: ({ signal }) => apiRequest<Page<Hazard>>('/hazards', { query: toHazardApiQuery(params), signal }),
    placeholderData: keepPreviousData,
  });
}
