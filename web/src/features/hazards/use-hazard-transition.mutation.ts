import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, isApiError } from '../../app/api-client.ts';
import type { HazardDetail, TransitionBodyInput } from './hazard.types.ts';
import { hazardKeys } from './use-hazards.query.ts';

/** One lifecycle step; the answer is the hazard as it now stands, and every list may have changed. */
export function useHazardTransition(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TransitionBodyInput) =>
      apiRequest<HazardDetail>(`/hazards/${encodeURIComponent(id)}/transitions`, { method: 'POST', body }),
    onSuccess: (updated) => {
      queryClient.setQueryData(hazardKeys.detail(updated.id), updated);
      void queryClient.invalidateQueries({ queryKey: hazardKeys.lists });
    },
    onError: (error) => {
      // Someone else moved the hazard first, or the rules changed under us: show the hazard as it is.
      if (isApiError(error, 'INVALID_TRANSITION') || isApiError(error, 'FORBIDDEN') || isApiError(error, 'CONFLICT')) {
        void queryClient.invalidateQueries({ queryKey: hazardKeys.detail(id) });
      }
    },
  });
}
