import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest, type Page } from '../../app/api-client.ts';
import type { Checklist, ChecklistCreate } from './investigation.types.ts';
import { investigationKeys } from './use-investigations.query.ts';

/** The library's filters as the URL carries them; names follow `checklistListQuerySchema`. */
export interface ChecklistListParams {
  q?: string;
  kind?: 'built_in' | 'custom';
  industryCode?: string;
  retired?: boolean;
  page: number;
  pageSize: number;
}

export function useChecklistLibrary(params: ChecklistListParams) {
  return useQuery({
    queryKey: [...investigationKeys.checklists, 'library', params] as const,
    queryFn: ({ signal }) =>
      apiRequest<Page<Checklist>>('/checklists', {
        query: { q: params.q, kind: params.kind, industryCode: params.industryCode, retired: params.retired ? 'true' : undefined, page: params.page, pageSize: params.pageSize },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useChecklist(id: string | undefined) {
  return useQuery({
    queryKey: [...investigationKeys.checklists, 'detail', id ?? ''] as const,
    queryFn: ({ signal }) => apiRequest<Checklist>(`/checklists/${encodeURIComponent(id ?? '')}`, { signal }),
    enabled: Boolean(id),
  });
}

/** Writes a new list (no id) or rewrites one; every checklist query is stale after it. */
export function useSaveChecklist(id: string | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ChecklistCreate) =>
      id ? apiRequest<Checklist>(`/checklists/${encodeURIComponent(id)}`, { method: 'PUT', body }) : apiRequest<Checklist>('/checklists', { method: 'POST', body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: investigationKeys.checklists }),
  });
}

export function useRetireChecklist(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest<Checklist>(`/checklists/${encodeURIComponent(id)}/retire`, { method: 'POST' }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: investigationKeys.checklists }),
  });
}
