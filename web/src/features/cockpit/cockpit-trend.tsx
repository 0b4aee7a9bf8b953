import { LineChart } from 'echarts/charts';
import * as echarts from 'echarts/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../app/echart.tsx';
import type { CockpitPanel } from './use-cockpit.query.ts';

echarts.use([LineChart]);

/** One colour per series, this year solid and last year dashed (readable on the cockpit's dark blue). */
const PALETTE = ['#4096ff', '#ff7a45', '#36cfc9', '#ffc53d', '#f759ab', '#95de64'];

/** This year's monthly series (up to the current `month`, 1–12) of every panel, each beside last year's as a dashed line. */
export function CockpitTrend({ panels, month }: { panels: Record<string, CockpitPanel>; month: number }) {
  const { t, i18n } = useTranslation();
  const option = useMemo(() => {
    const series = Object.values(panels).flatMap((p) => p.monthly);
    const months = Array.from({ length: 12 }, (_, i) => (i18n.language === 'en' ? String(i + 1) : `${i + 1}月`));
    const name = (key: string) => t(`cockpit.series.${key as 'accidents'}`, key);
    const previous = t('cockpit.series.previous');
    // Last year's lines share one legend entry (one click hides them all) and their series' colours, dashed:
    // a legend of one entry per series and year did not fit the card and was cut.
    const names = series.flatMap((s) => [name(s.key), `${name(s.key)} (${previous})`]);
    return {
      textStyle: { color: '#cfe3ff' },
      color: PALETTE,
      tooltip: {
        trigger: 'axis',
        formatter: (params: Array<{ seriesIndex: number; marker: string; value: number | null; axisValue: string }>) =>
          [params[0]?.axisValue ?? '', ...params.filter((p) => p.value !== null && p.value !== undefined).map((p) => `${p.marker}${names[p.seriesIndex]}: ${p.value}`)].join('<br/>'),
      },
      legend: {
        top: 0,
        textStyle: { color: '#cfe3ff' },
        itemGap: 14,
        data: [...series.map((s) => name(s.key)), { name: previous, itemStyle: { color: '#8fb0d9' }, lineStyle: { color: '#8fb0d9', type: 'dashed' } }],
      },
      grid: { left: 36, right: 40, top: 40, bottom: 24 },
      xAxis: { type: 'category', data: months, axisLine: { lineStyle: { color: '#4d6b8f' } } },
      // Hazards and alarms are counted in hundreds, accidents in units: those read on the right-hand axis.
      yAxis: [
        { type: 'value', minInterval: 1, splitLine: { lineStyle: { color: 'rgba(80,160,255,0.12)' } } },
        { type: 'value', minInterval: 1, splitLine: { show: false } },
      ],
      series: series.flatMap((s, i) => {
        const yAxisIndex = s.key.startsWith('hazard') || s.key.startsWith('alarm') ? 1 : 0;
        const color = PALETTE[i % PALETTE.length];
        return [
          { name: name(s.key), type: 'line', smooth: true, yAxisIndex, data: s.values.map((v, m) => (m < month ? v : null)), itemStyle: { color }, lineStyle: { color } },
          { name: previous, type: 'line', smooth: true, yAxisIndex, data: s.previous, itemStyle: { color }, lineStyle: { color, type: 'dashed', opacity: 0.55 }, symbol: 'none' },
        ];
      }),
    };
  }, [panels, month, t, i18n.language]);
  return <EChart option={option} style={{ height: 260 }} aria-label={t('cockpit.trend')} />;
}
