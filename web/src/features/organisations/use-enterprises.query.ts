import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest, type Page } from '../../app/api-client.ts';
import type { Enterprise, EnterpriseListParams } from './enterprise.types.ts';

export const enterpriseKeys = {
  all: ['enterprises'] as const,
  list: (params: EnterpriseListParams) => ['enterprises', 'list', params] as const,
  detail: (id: string) => ['enterprises', 'detail', id] as const,
  audit: (id: string, page: number) => ['enterprises', 'audit', id, page] as const,
};

export function fetchEnterprises(params: EnterpriseListParams, signal?: AbortSignal) {
  return apiRequest<Page<Enterprise>>('/enterprises', { query: { ...params }, signal });
}

/** One page of enterprises; the previous page stays on screen while the next one loads. */
export function useEnterprises(params: EnterpriseListParams, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: enterpriseKeys.list(params),
    queryFn: ({ signal }) => fetchEnterprises(params, signal),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}
