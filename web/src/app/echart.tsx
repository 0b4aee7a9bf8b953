import { BarChart, EffectScatterChart, LineChart, MapChart, PieChart, ScatterChart } from 'echarts/charts';
import {
  DataZoomComponent,
  GeoComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  MarkPointComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef, type CSSProperties } from 'react';

// Only what the charts use, so the bundle carries a fraction of echarts.
echarts.use([
  BarChart,
  LineChart,
  PieChart,
  MapChart,
  ScatterChart,
  EffectScatterChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  TitleComponent,
  GeoComponent,
  VisualMapComponent,
  MarkLineComponent,
  MarkAreaComponent,
  MarkPointComponent,
  DataZoomComponent,
  CanvasRenderer,
]);

export { echarts };
export type EChartOption = echarts.EChartsCoreOption;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type EChartEventHandler = (params: any) => void;

interface EChartProps {
  option: EChartOption;
  style?: CSSProperties;
  'aria-label'?: string;
  /** echarts events by name (e.g. `click`); handlers may change between renders. */
  onEvents?: Record<string, EChartEventHandler>;
  /** Merge the option into the chart instead of replacing it (live charts that append data). */
  merge?: boolean;
}

/** One echarts instance per element: resized with its box, disposed on unmount. */
export function EChart({ option, style, 'aria-label': ariaLabel, onEvents, merge = false }: EChartProps) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const handlers = useRef(onEvents);
  handlers.current = onEvents;
  const eventNames = Object.keys(onEvents ?? {}).sort().join(',');

  useEffect(() => {
    const node = element.current;
    if (!node) return undefined;
    const instance = echarts.init(node);
    chart.current = instance;
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(() => instance.resize());
    observer?.observe(node);
    return () => {
      observer?.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const instance = chart.current;
    if (!instance || !eventNames) return undefined;
    const names = eventNames.split(',');
    for (const name of names) instance.on(name, (params) => handlers.current?.[name]?.(params));
    return () => {
      for (const name of names) instance.off(name);
    };
  }, [eventNames]);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: !merge });
  }, [option, merge]);

  return <div ref={element} role="img" aria-label={ariaLabel} style={{ width: '100%', height: 320, ...style }} />;
}
