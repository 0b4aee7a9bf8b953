import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../app/api-client.ts';
import type { Enterprise, EnterpriseInput } from './enterprise.types.ts';
import { enterpriseKeys } from './use-enterprises.query.ts';

export function useCreateEnterprise() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: EnterpriseInput) => apiRequest<Enterprise>('/enterprises', { method: 'POST', body: input }),
    onSuccess: (created) => {
      queryClient.setQueryData(enterpriseKeys.detail(created.id), created);
      void queryClient.invalidateQueries({ queryKey: enterpriseKeys.all });
    },
  });
}

export function useUpdateEnterprise(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: Partial<EnterpriseInput>) =>
      apiRequest<Enterprise>(`/enterprises/${encodeURIComponent(id)}`, { method: 'PATCH', body: changes }),
    onSuccess: (updated) => {
      queryClient.setQueryData(enterpriseKeys.detail(updated.id), updated);
      void queryClient.invalidateQueries({ queryKey: enterpriseKeys.all });
    },
  });
}
