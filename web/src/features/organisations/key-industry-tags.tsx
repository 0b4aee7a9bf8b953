import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isKeyIndustry, type KeyIndustry } from './enterprise.types.ts';

const TAG_COLORS: Record<KeyIndustry, string> = {
  coal_mine: 'volcano',
  non_coal_mine: 'orange',
  hazardous_chemicals: 'red',
  fireworks: 'magenta',
  civil_explosives: 'pink',
  metal_smelting: 'gold',
  construction: 'blue',
  transport: 'cyan',
  industry_trade: 'geekblue',
  gas: 'purple',
};

interface KeyIndustryTagsProps {
  values: readonly string[];
  highRisk?: boolean;
  emptyText?: string;
}

export function KeyIndustryTags({ values, highRisk = false, emptyText }: KeyIndustryTagsProps) {
  const { t } = useTranslation();
  if (values.length === 0 && !highRisk) {
    return <Typography.Text type="secondary">{emptyText ?? t('common.none')}</Typography.Text>;
  }
  return (
    <span style={{ display: 'inline-flex', flexWrap: 'wrap', gap: 4 }}>
      {highRisk && (
        <Tag color="error" variant="solid" style={{ marginInlineEnd: 0 }}>
          {t('enterprise.highRiskTag')}
        </Tag>
      )}
      {values.map((value) => (
        <Tag key={value} color={isKeyIndustry(value) ? TAG_COLORS[value] : undefined} style={{ marginInlineEnd: 0 }}>
          {isKeyIndustry(value) ? t(`keyIndustries.${value}`) : value}
        </Tag>
      ))}
    </span>
  );
}
