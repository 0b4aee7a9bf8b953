import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../app/api-client.ts';
import type { Enterprise } from './enterprise.types.ts';
import { enterpriseKeys } from './use-enterprises.query.ts';

export function useEnterprise(id: string | undefined) {
  return useQuery({
    queryKey: enterpriseKeys.detail(id ?? ''),
    queryFn: ({ signal }) => apiRequest<Enterprise>(`/enterprises/${encodeURIComponent(id ?? '')}`, { signal }),
    enabled: Boolean(id),
  });
}
