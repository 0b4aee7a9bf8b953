import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest, type Page } from '../../app/api-client.ts';
import type { Law, LawDetail, LawImportReport, LawLevel, LawStatus } from '../../../../core/laws/law.schema.ts';

/** Where the library is read from: the signed-in API, or its public door (法规宣传, no sign-in). */
export type LibraryDoor = 'internal' | 'public';

export interface LawListParams {
  q?: string;
  level?: LawLevel;
  status?: LawStatus;
  page: number;
}

export interface LawChanges {
  lawId: string;
  replacedBy: string | null;
  amendments: Array<{
    effectiveOn: string;
    amendingAct: string;
    summary: string;
    changes: Array<{ kind: 'added' | 'amended' | 'deleted' | 'renumbered'; article: number | string | null; previousArticle: number | string | null; note: string }>;
  }>;
}

const base = (door: LibraryDoor) => (door === 'public' ? '/public/laws' : '/laws');

export const lawKeys = {
  all: ['laws'] as const,
  list: (door: LibraryDoor, p: LawListParams) => ['laws', door, 'list', p] as const,
  detail: (door: LibraryDoor, id: string) => ['laws', door, 'detail', id] as const,
  changes: (door: LibraryDoor, id: string) => ['laws', door, 'changes', id] as const,
};

export function useLaws(door: LibraryDoor, params: LawListParams) {
  return useQuery({
    queryKey: lawKeys.list(door, params),
    queryFn: ({ signal }) => apiRequest<Page<Law>>(base(door), { query: { ...params, pageSize: 20 }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useLaw(door: LibraryDoor, id: string | undefined) {
  return useQuery({
    queryKey: lawKeys.detail(door, id ?? ''),
    queryFn: ({ signal }) => apiRequest<LawDetail>(`${base(door)}/${encodeURIComponent(id ?? '')}`, { signal }),
    enabled: Boolean(id),
  });
}

export function useLawChanges(door: LibraryDoor, id: string | undefined) {
  return useQuery({
    queryKey: lawKeys.changes(door, id ?? ''),
    queryFn: ({ signal }) => apiRequest<LawChanges>(`${base(door)}/${encodeURIComponent(id ?? '')}/changes`, { signal }),
    enabled: Boolean(id),
  });
}

/** POST /laws/import: a dry run first, then the import; the library's lists are refreshed after an import. */
export function useLawImport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ laws, dryRun }: { laws: unknown[]; dryRun: boolean }) =>
      apiRequest<LawImportReport>('/laws/import', { method: 'POST', query: { dryRun }, body: { laws } }),
    onSuccess: (report) => {
      if (!report.dryRun) void client.invalidateQueries({ queryKey: lawKeys.all });
    },
  });
}
