import { LineChart } from 'echarts/charts';
import * as echarts from 'echarts/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../app/echart.tsx';
import type { CockpitPanel } from './use-cockpit.query.ts';

echarts.use([LineChart]);

/** This year's monthly series (up to the current `month`, 1–12) of every panel, each beside last year's as a dashed line. */
export function CockpitTrend({ panels, month }: { panels: Record<string, CockpitPanel>; month: number }) {
  const { t, i18n } = useTranslation();
  const option = useMemo(() => {
    const series = Object.values(panels).flatMap((p) => p.monthly);
    const months = Array.from({ length: 12 }, (_, i) => (i18n.language === 'en' ? String(i + 1) : `${i + 1}月`));
    const name = (key: string) => t(`cockpit.series.${key as 'accidents'}`, key);
    return {
      textStyle: { color: '#cfe3ff' },
      tooltip: { trigger: 'axis' },
      legend: { top: 0, textStyle: { color: '#cfe3ff' }, type: 'scroll' },
      grid: { left: 36, right: 40, top: 40, bottom: 24 },
      xAxis: { type: 'category', data: months, axisLine: { lineStyle: { color: '#4d6b8f' } } },
      // Hazards are counted in hundreds, accidents in units: hazards read on the right-hand axis.
      yAxis: [
        { type: 'value', minInterval: 1, splitLine: { lineStyle: { color: 'rgba(80,160,255,0.12)' } } },
        { type: 'value', minInterval: 1, splitLine: { show: false } },
      ],
      series: series.flatMap((s) => {
        const yAxisIndex = s.key.startsWith('hazard') ? 1 : 0;
        return [
          { name: name(s.key), type: 'line', smooth: true, yAxisIndex, data: s.values.map((v, i) => (i < month ? v : null)) },
          { name: `${name(s.key)} (${t('cockpit.series.previous')})`, type: 'line', smooth: true, yAxisIndex, data: s.previous, lineStyle: { type: 'dashed', opacity: 0.6 }, symbol: 'none' },
        ];
      }),
    };
  }, [panels, month, t, i18n.language]);
  return <EChart option={option} style={{ height: 260 }} aria-label={t('cockpit.trend')} />;
}
