import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../app/api-client.ts';
import type { HazardCreateInput, HazardDetail } from './hazard.types.ts';
import { hazardKeys } from './use-hazards.query.ts';

export function useReportHazard() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: HazardCreateInput) => apiRequest<HazardDetail>('/hazards', { method: 'POST', body: input }),
    onSuccess: (created) => {
      queryClient.setQueryData(hazardKeys.detail(created.id), created);
      void queryClient.invalidateQueries({ queryKey: hazardKeys.lists });
    },
  });
}
