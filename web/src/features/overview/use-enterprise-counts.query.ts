import { useQueries } from '@tanstack/react-query';
import { KEY_INDUSTRIES, type EnterpriseListParams, type KeyIndustry } from '../organisations/enterprise.types.ts';
import { enterpriseKeys, fetchEnterprises } from '../organisations/use-enterprises.query.ts';

export interface EnterpriseCounts {
  total: number | undefined;
  byKeyIndustry: { keyIndustry: KeyIndustry; count: number | undefined }[];
  isPending: boolean;
  error: unknown;
  refetch: () => void;
}

/** Counts come from the list endpoint's `total` with pageSize=1; no statistics endpoint exists yet. */
export function useEnterpriseCounts(): EnterpriseCounts {
  const filters: (KeyIndustry | undefined)[] = [undefined, ...KEY_INDUSTRIES];
  const results = useQueries({
    queries: filters.map((keyIndustry) => {
      const params: EnterpriseListParams = { keyIndustry, page: 1, pageSize: 1 };
      return {
        queryKey: enterpriseKeys.list(params),
        queryFn: ({ signal }: { signal: AbortSignal }) => fetchEnterprises(params, signal),
        select: (page: { total: number }) => page.total,
      };
    }),
  });
  const [all, ...perIndustry] = results;
  return {
    total: all?.data,
    byKeyIndustry: KEY_INDUSTRIES.map((keyIndustry, index) => ({ keyIndustry, count: perIndustry[index]?.data })),
    isPending: results.some((result) => result.isPending),
    error: results.find((result) => result.error)?.error ?? null,
    refetch: () => results.forEach((result) => void result.refetch()),
  };
}
