import { LineChart } from 'echarts/charts';
import { DataZoomComponent, MarkLineComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { Typography } from 'antd';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart, type EChartOption } from '../../app/echart.tsx';
import { formatCityTime } from '../hazards/hazard-time.ts';
import { chartYAxis, LEVEL_COLORS, type AlarmLevelLine, type SensorChartSeries } from './sensor-chart-data.ts';
import './sensor-admin.texts.ts';

// The shared EChart registers bar charts only; the monitoring chart adds lines, mark lines and zoom.
echarts.use([LineChart, MarkLineComponent, DataZoomComponent]);

interface SensorChartProps {
  series: SensorChartSeries;
  levels: readonly AlarmLevelLine[];
  unit: string;
  from: number;
  to: number;
  'aria-label': string;
}

/** 24 h of 1-minute roll-ups (average line over a min–max band), the last hour raw and live, alarm levels as lines. */
export function SensorChart({ series, levels, unit, from, to, 'aria-label': ariaLabel }: SensorChartProps) {
  const { t } = useTranslation();
  // Scaled to the readings: levels far from them are named under the chart instead of flattening the curve.
  const axis = useMemo(() => chartYAxis([...series.raw.map((p) => p[1]), ...series.minuteRange.flatMap((p) => [p[1], p[2]])], levels), [series, levels]);
  const levelText = useCallback(
    (level: AlarmLevelLine) => (level.label ? `${level.label} ${level.direction === 'high' ? '≥' : '≤'} ${level.value}` : t(`monitoring.sensor.levels.${level.severity}`, { value: level.value })),
    [t],
  );
  const option = useMemo<EChartOption>(() => {
    const markLine = {
      silent: true,
      symbol: 'none',
      // Neighbouring lines (H 85 and HH 90) put their labels at opposite ends, so the labels do not overlap.
      data: axis.shown.map((level, i) => ({
        yAxis: level.value,
        lineStyle: { color: LEVEL_COLORS[level.severity], type: level.severity === 'restore' ? 'dotted' : 'dashed', width: 1.5 },
        label: {
          formatter: levelText(level),
          position: i % 2 === 0 ? 'insideStartTop' : 'insideEndTop',
          color: LEVEL_COLORS[level.severity],
          fontSize: 11,
        },
      })),
    };
    return {
      animation: false,
      grid: { left: 56, right: 24, top: 36, bottom: 64 },
      legend: { top: 0, data: [t('monitoring.sensor.series.avg'), t('monitoring.sensor.series.raw')] },
      tooltip: {
        trigger: 'axis',
        valueFormatter: (v: number) => (typeof v === 'number' ? `${Number(v.toFixed(3))} ${unit}` : ''),
        axisPointer: { label: { formatter: (p: { value: number }) => formatCityTime(new Date(p.value).toISOString(), true) } },
      },
      xAxis: { type: 'time', min: from, max: to, axisLabel: { formatter: (v: number) => formatCityTime(new Date(v).toISOString()).slice(11) } },
      yAxis: { type: 'value', name: unit, min: axis.min, max: axis.max, splitLine: { lineStyle: { color: '#f0f0f0' } } },
      dataZoom: [{ type: 'inside' }, { type: 'slider', height: 20, bottom: 12 }],
      series: [
        // The min–max band: an invisible lower line and the span stacked on it.
        { name: 'min', type: 'line', data: series.minuteRange.map(([ts, lo]) => [ts, lo]), stack: 'band', symbol: 'none', lineStyle: { opacity: 0 }, tooltip: { show: false }, silent: true },
        {
          name: t('monitoring.sensor.series.range'),
          type: 'line',
          data: series.minuteRange.map(([ts, lo, hi]) => [ts, hi - lo]),
          stack: 'band',
          symbol: 'none',
          lineStyle: { opacity: 0 },
          areaStyle: { color: 'rgba(22,119,255,0.12)' },
          tooltip: { show: false },
          silent: true,
        },
        { name: t('monitoring.sensor.series.avg'), type: 'line', data: series.minuteAvg, symbol: 'none', lineStyle: { width: 1.5, color: '#1677ff' }, itemStyle: { color: '#1677ff' }, markLine },
        { name: t('monitoring.sensor.series.raw'), type: 'line', data: series.raw, symbol: 'none', lineStyle: { width: 1.5, color: '#13c2c2' }, itemStyle: { color: '#13c2c2' }, markLine: series.minuteAvg.length === 0 ? markLine : undefined },
      ],
    };
  }, [series, axis, levelText, unit, from, to, t]);
  return (
    <>
      <EChart option={option} style={{ height: 380 }} aria-label={ariaLabel} />
      {axis.offChart.length > 0 && (
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }} data-testid="off-chart-levels">
          {t('sensorAdmin.chart.offChart', { levels: axis.offChart.map((level) => `${levelText(level)} ${unit}`).join(t('sensorAdmin.chart.separator')) })}
        </Typography.Text>
      )}
    </>
  );
}
