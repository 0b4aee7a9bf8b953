import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../app/api-client.ts';

/** GET /api/v1/regions/map/report (server/organisations/district-map.routes.ts). */
export interface DistrictMapReport {
  cityCode: string;
  featureCount: number;
  usable: boolean;
  problems: string[];
  matched: { code: string; name: string }[];
  missing: { code: string; name: string }[];
  extra: { code: string | null; name: string }[];
  invalid: { index: number; code: string | null; name: string; reason: string }[];
  renamed: { code: string; mapName: string; name: string }[];
}

export interface CityMapStatus {
  cityCode: string;
  cityName: string;
  source: 'uploaded' | 'shipped' | 'none';
  fileName: string | null;
  uploadedAt: string | null;
  uploadedBy: string | null;
  report: DistrictMapReport | null;
}

const reportKey = ['city-map', 'report'] as const;

export function useCityMapStatus() {
  return useQuery({ queryKey: reportKey, queryFn: () => apiRequest<CityMapStatus>('/regions/map/report') });
}

/** Upload (a File) or remove (null) the city's map; the drawn map is reloaded afterwards. */
export function useChangeCityMap() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File | null) =>
      file
        ? apiRequest<CityMapStatus>('/regions/map', { method: 'PUT', query: { fileName: file.name }, rawBody: new Blob([file], { type: 'application/json' }) })
        : apiRequest<CityMapStatus>('/regions/map', { method: 'DELETE' }),
    onSuccess: (status) => {
      queryClient.setQueryData(reportKey, status);
      void queryClient.invalidateQueries({ queryKey: ['regions', 'map'] });
    },
  });
}
