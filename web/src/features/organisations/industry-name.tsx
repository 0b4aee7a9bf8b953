import { Tooltip } from 'antd';
import { useMemo } from 'react';
import { useIndustries } from './use-industries.query.ts';

/**
 * The name of a GB/T 4754-2017 code (a section letter, a division, group or class): "2614" → 有机化学原料制造.
 * Reads the industries list once per session (GET /industries, cached for good) and looks codes up in a map.
 * Undefined until the list has loaded, or for a code outside the table.
 */
export function useIndustryName(): (code: string) => string | undefined {
  const industries = useIndustries();
  const names = useMemo(() => new Map((industries.data ?? []).map((row) => [row.code, row.name])), [industries.data]);
  return (code) => names.get(code.trim().toUpperCase());
}

interface IndustryNameProps {
  code: string;
  /** Shows the code before the name (in a table of codes, where both matter); otherwise the code is a tooltip. */
  withCode?: boolean;
}

/** An industry by its name wherever a screen would show its code; the code itself while the list loads or if unknown. */
export function IndustryName({ code, withCode = false }: IndustryNameProps) {
  const nameOf = useIndustryName();
  const name = nameOf(code);
  if (!name) return <span data-industry-code={code}>{code}</span>;
  if (withCode) {
    return (
      <span data-industry-code={code}>
        <span style={{ color: 'rgba(0, 0, 0, 0.45)', marginInlineEnd: 4 }}>{code}</span>
        {name}
      </span>
    );
  }
  return (
    <Tooltip title={`GB/T 4754-2017 ${code}`}>
      <span data-industry-code={code}>{name}</span>
    </Tooltip>
  );
}
