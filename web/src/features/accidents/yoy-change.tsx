import { ArrowDownOutlined, ArrowUpOutlined, MinusOutlined } from '@ant-design/icons';

/**
 * A year-on-year change: up is bad for accident figures, so it is red; down is green. null (nothing to compare
 * with) shows a dash.
 */
export function YoyChange({ percent, size = 14 }: { percent: number | null; size?: number }) {
  if (percent === null) return <span style={{ color: '#999', fontSize: size }}><MinusOutlined /></span>;
  const up = percent > 0;
  const color = percent === 0 ? '#999' : up ? '#cf1322' : '#389e0d';
  return (
    <span style={{ color, fontSize: size, whiteSpace: 'nowrap' }}>
      {percent === 0 ? <MinusOutlined /> : up ? <ArrowUpOutlined /> : <ArrowDownOutlined />} {Math.abs(percent)}%
    </span>
  );
}
