import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { LEVEL_HEX, type RiskLevel } from './risk.types.ts';

/** A risk level in its colour (重大 red, 较大 orange, 一般 yellow, 低 blue). */
export function RiskLevelTag({ level }: { level: RiskLevel }) {
  const { t } = useTranslation();
  return (
    <Tag color={LEVEL_HEX[level]} style={{ color: level === 'general' ? '#000' : '#fff', fontWeight: 600 }} data-level={level}>
      {t(`risks.level.${level}`)}
    </Tag>
  );
}
