import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { RegionNode } from '../../../../core/organisations/regions.ts';
import { apiRequest } from '../../app/api-client.ts';

export type Region = RegionNode;

/** The region tree changes with administrative reforms, not during a session. */
export function useRegions() {
  return useQuery({
    queryKey: ['regions'],
    queryFn: async () => (await apiRequest<{ items: Region[] }>('/regions')).items,
    staleTime: Infinity,
  });
}

/**
 * The name of a region's district (区/县/县级市), for list columns: a street code's first 6 digits are its
 * district (GB/T 2260 layout). Undefined until the tree has loaded or for a code outside it.
 */
export function useDistrictName(): (regionCode: string) => string | undefined {
  const regions = useRegions();
  const names = useMemo(() => {
    const map = new Map<string, string>();
    const visit = (nodes: readonly Region[]) => {
      for (const node of nodes) {
        map.set(node.code, node.name);
        if (node.children) visit(node.children);
      }
    };
    visit(regions.data ?? []);
    return map;
  }, [regions.data]);
  return (regionCode) => names.get(regionCode.slice(0, 6));
}
