import { useQuery } from '@tanstack/react-query';
import { apiRequest } from './api-client.ts';
import { echarts } from './echart.tsx';

export interface DistrictFeature {
  type: 'Feature';
  properties: { adcode: number | string; name: string; center?: [number, number]; centroid?: [number, number] };
  geometry: unknown;
}
export interface DistrictGeoJson {
  type: 'FeatureCollection';
  features: DistrictFeature[];
}

/** The map name the city's districts are registered under in echarts. */
export const CITY_MAP = 'anquan-city';

export interface CityMap {
  /** District code → name as on the map (the features' names). */
  nameByCode: Map<string, string>;
  codeByName: Map<string, string>;
}

/** Loads the district boundaries once per session and registers them with echarts. */
export function useDistrictMap() {
  return useQuery({
    queryKey: ['regions', 'map'],
    staleTime: Infinity,
    queryFn: async (): Promise<CityMap> => {
      const geo = await apiRequest<DistrictGeoJson>('/regions/map');
      echarts.registerMap(CITY_MAP, geo as unknown as Parameters<typeof echarts.registerMap>[1]);
      const nameByCode = new Map<string, string>();
      const codeByName = new Map<string, string>();
      for (const feature of geo.features) {
        const code = String(feature.properties.adcode);
        nameByCode.set(code, feature.properties.name);
        codeByName.set(feature.properties.name, code);
      }
      return { nameByCode, codeByName };
    },
  });
}
