import { useTranslation } from 'react-i18next';
import { LEVEL_HEX, type RiskLevel } from './risk.types.ts';

/** A coloured badge: a solid fill that reads as the level's colour on screen and in print. */
export function ColorBadge({ color, dark, children, ...rest }: { color: string; dark: boolean; children: React.ReactNode; 'data-level'?: string | number }) {
  return (
    <span
      {...rest}
      style={{ display: 'inline-block', background: color, color: dark ? '#000' : '#fff', fontWeight: 600, fontSize: 12, lineHeight: '20px', padding: '0 8px', borderRadius: 4, whiteSpace: 'nowrap' }}
    >
      {children}
    </span>
  );
}

/** A risk level in its colour (重大 red, 较大 orange, 一般 yellow, 低 blue). */
export function RiskLevelTag({ level }: { level: RiskLevel }) {
  const { t } = useTranslation();
  return (
    <ColorBadge color={LEVEL_HEX[level]} dark={level === 'general'} data-level={level}>
      {t(`risks.level.${level}`)}
    </ColorBadge>
  );
}
