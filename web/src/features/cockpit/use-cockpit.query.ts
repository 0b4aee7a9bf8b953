import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../app/api-client.ts';
import type { Cockpit } from '../../../../core/cockpit/cockpit.schema.ts';

export type { Cockpit, CockpitPanel, Kpi, RecentItem } from '../../../../core/cockpit/cockpit.schema.ts';

/** The cockpit's panels; refreshed every minute and whenever the live stream reports a change. */
export function useCockpit(regionCode: string | undefined) {
  return useQuery({
    queryKey: ['cockpit', regionCode ?? 'city'],
    queryFn: ({ signal }) => apiRequest<Cockpit>('/cockpit', { query: { regionCode }, signal }),
    refetchInterval: 60_000,
  });
}
