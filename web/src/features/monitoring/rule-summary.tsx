import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SensorRule } from './monitoring.types.ts';
import { describeRules } from './rule-text.ts';

/** The sensor's rules as short tags: "≥ 1 报警", "断电 ≥ 1.5，复电 < 1", … */
export function RuleSummary({ rules, unit }: { rules: readonly SensorRule[]; unit: string }) {
  const { t } = useTranslation();
  const parts = describeRules(rules);
  if (parts.length === 0) return <>—</>;
  return (
    <span style={{ display: 'inline-flex', flexWrap: 'wrap', gap: 6 }}>
      {parts.map((p, i) => (
        <Tag key={i} style={{ marginInlineEnd: 0 }}>
          {t(`monitoring.rules.${p.key}`, {
            ...p.values,
            label: p.values.label || (p.values.severity ? t(`monitoring.severities.${p.values.severity as 'alarm'}`) : ''),
            unit,
          })}
        </Tag>
      ))}
    </span>
  );
}
