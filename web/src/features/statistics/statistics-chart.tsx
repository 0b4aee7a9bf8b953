import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart, type EChartOption } from '../../app/echart.tsx';
import type { HazardStatisticsRow } from './statistics.types.ts';

const TOP = 10;

/** The ten worst-ranked units as horizontal bars: names are long Chinese strings, so they read down the side. */
export function StatisticsChart({ rows, narrow }: { rows: HazardStatisticsRow[]; narrow: boolean }) {
  const { t } = useTranslation();
  const option = useMemo<EChartOption>(() => {
    const top = rows.slice(0, TOP).reverse();
    const shorten = (name: string) => (name.length > (narrow ? 6 : 14) ? `${name.slice(0, narrow ? 6 : 14)}…` : name);
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0, itemWidth: 12, itemHeight: 10 },
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: top.map((row) => row.name), axisLabel: { formatter: shorten } },
      series: [
        { name: t('statistics.columns.hazardsFound'), type: 'bar', data: top.map((row) => row.hazardsFound), itemStyle: { color: '#1459c7' } },
        { name: t('statistics.columns.overdueNow'), type: 'bar', data: top.map((row) => row.overdueNow), itemStyle: { color: '#fa8c16' } },
        { name: t('statistics.columns.openMajor'), type: 'bar', data: top.map((row) => row.openMajor), itemStyle: { color: '#cf1322' } },
      ],
    };
  }, [rows, narrow, t]);
  return <EChart option={option} aria-label={t('statistics.chartTitle')} style={{ height: Math.max(260, Math.min(rows.length, TOP) * 44 + 60) }} />;
}
