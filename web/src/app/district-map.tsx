import { Alert, Skeleton } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart, type EChartOption } from './echart.tsx';
import { CITY_MAP, useDistrictMap, type CityMap } from './use-district-map.query.ts';

export interface DistrictValue {
  /** District code (6 digits); a longer code (a street) counts for its district. */
  regionCode: string;
  value: number;
}

/** A band of the colour scale: min inclusive, max exclusive (echarts piecewise semantics: lte for max). */
export interface MapPiece {
  min?: number;
  max?: number;
  color: string;
  label: string;
}

export interface MapPoint {
  id: string;
  name: string;
  lng: number;
  lat: number;
  color: string;
  /** Shown in the tooltip under the name. */
  detail?: string;
  /** A ripple effect for points that need attention (active alarms). */
  pulse?: boolean;
}

export interface DistrictMapProps {
  values?: DistrictValue[];
  /** Colour bands for `values`; default: a continuous blue scale from 0 to the maximum. */
  pieces?: MapPiece[];
  /** What a value means, for the tooltip (e.g. "重大隐患"). */
  valueLabel?: string;
  points?: MapPoint[];
  selectedRegion?: string;
  onSelectRegion?: (regionCode: string) => void;
  onSelectPoint?: (id: string) => void;
  height?: number | string;
  'aria-label'?: string;
}

/** Sums values per district (a street code counts for its district). */
export function valuesByDistrict(values: readonly DistrictValue[]): Map<string, number> {
  const sums = new Map<string, number>();
  for (const { regionCode, value } of values) {
    const district = regionCode.slice(0, 6);
    sums.set(district, (sums.get(district) ?? 0) + value);
  }
  return sums;
}

export function districtMapOption(map: CityMap, props: DistrictMapProps): EChartOption {
  const { values = [], pieces, valueLabel = '', points = [], selectedRegion } = props;
  const sums = valuesByDistrict(values);
  const data = [...map.nameByCode].map(([code, name]) => ({
    name,
    value: sums.get(code) ?? 0,
    selected: code === selectedRegion,
  }));
  const max = Math.max(1, ...data.map((d) => d.value));
  return {
    tooltip: {
      trigger: 'item',
      formatter: (params: { seriesType: string; name: string; value: unknown; data?: { detail?: string } }) =>
        params.seriesType === 'map'
          ? `${params.name}<br/>${valueLabel ? `${valueLabel}: ` : ''}${Number(params.value) || 0}`
          : `${params.name}${params.data?.detail ? `<br/>${params.data.detail}` : ''}`,
    },
    visualMap: pieces
      ? { type: 'piecewise', pieces, left: 8, bottom: 8, seriesIndex: 0, itemWidth: 14, itemHeight: 10 }
      : { type: 'continuous', min: 0, max, text: [String(max), '0'], left: 8, bottom: 8, seriesIndex: 0, inRange: { color: ['#e6f4ff', '#1677ff'] }, calculable: false },
    geo: {
      map: CITY_MAP,
      roam: true,
      // Fill the box: the city is taller than wide, so the height decides.
      layoutCenter: ['50%', '50%'],
      layoutSize: '96%',
      label: { show: true, fontSize: 10, color: '#333' },
      itemStyle: { borderColor: '#fff', borderWidth: 1 },
      emphasis: { label: { show: true } },
    },
    series: [
      {
        type: 'map',
        map: CITY_MAP,
        geoIndex: 0,
        selectedMode: 'single',
        data,
      },
      {
        type: 'scatter',
        coordinateSystem: 'geo',
        symbolSize: 7,
        z: 3,
        data: points.filter((p) => !p.pulse).map((p) => ({ id: p.id, name: p.name, detail: p.detail, value: [p.lng, p.lat], itemStyle: { color: p.color } })),
      },
      {
        type: 'effectScatter',
        coordinateSystem: 'geo',
        symbolSize: 10,
        z: 4,
        rippleEffect: { scale: 3, brushType: 'stroke' },
        data: points.filter((p) => p.pulse).map((p) => ({ id: p.id, name: p.name, detail: p.detail, value: [p.lng, p.lat], itemStyle: { color: p.color } })),
      },
    ],
  };
}

/**
 * The demo city's districts (GET /api/v1/regions/map) as an echarts map: a choropleth of `values`, with
 * enterprises or sensors as `points`. Clicking a district or a point calls back with its code or id.
 */
export function DistrictMap(props: DistrictMapProps) {
  const { t } = useTranslation();
  const cityMap = useDistrictMap();
  const { onSelectRegion, onSelectPoint, height = 420 } = props;
  const option = useMemo(() => (cityMap.data ? districtMapOption(cityMap.data, props) : undefined), [cityMap.data, props]);
  const onEvents = useMemo(
    () => ({
      click: (params: { seriesType: string; name: string; data?: { id?: string } }) => {
        if (params.seriesType === 'map') {
          const code = cityMap.data?.codeByName.get(params.name);
          if (code) onSelectRegion?.(code);
        } else if (params.data?.id) {
          onSelectPoint?.(params.data.id);
        }
      },
    }),
    [cityMap.data, onSelectRegion, onSelectPoint],
  );
  if (cityMap.isError) return <Alert type="error" showIcon message={t('map.loadFailed')} />;
  if (cityMap.data && cityMap.data.nameByCode.size === 0) return <Alert type="info" showIcon title={t('map.none')} />;
  if (!option) return <Skeleton.Node active style={{ width: '100%', height }} />;
  return <EChart option={option} onEvents={onEvents} style={{ height }} aria-label={props['aria-label'] ?? t('map.label')} />;
}
