import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
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

const SEARCH_DELAY_MS = 300;

/**
 * Enterprises for a searchable select: the typed text, debounced, searched on the server by name or credit
 * code within the user's scope. `setInput` goes to the select's onSearch.
 */
export function useEnterpriseOptions(pageSize: number, filter: Pick<EnterpriseListParams, 'keyIndustry'> = {}) {
  const [input, setInput] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQ(input.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [input]);
  const enterprises = useQuery({
    queryKey: ['enterprises', 'options', q, pageSize, filter.keyIndustry ?? null],
    queryFn: ({ signal }) => fetchEnterprises({ q: q || undefined, keyIndustry: filter.keyIndustry, page: 1, pageSize }, signal),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
  const found = useMemo(() => (enterprises.data?.items ?? []).map((e) => ({ value: e.id, label: e.name })), [enterprises.data]);
  return { input, setInput, found, fetching: enterprises.isFetching };
}
