import { SafetyCertificateFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

interface BrandLogoProps {
  /** `light` sits on the dark header; `dark` on white cards. */
  tone?: 'light' | 'dark';
  size?: 'default' | 'large';
  showName?: boolean;
}

export function BrandLogo({ tone = 'light', size = 'default', showName = true }: BrandLogoProps) {
  const { t } = useTranslation();
  const badge = size === 'large' ? 44 : 32;
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 10, minWidth: 0 }}>
      <span
        aria-hidden
        style={{
          width: badge,
          height: badge,
          flex: 'none',
          borderRadius: 8,
          display: 'inline-flex',
          alignItems: 'center',
          justifyContent: 'center',
          background: 'linear-gradient(160deg, #3b8bff 0%, #1459c7 55%, #0b3d91 100%)',
          boxShadow: tone === 'light' ? '0 0 0 1px rgba(255,255,255,0.25)' : '0 4px 12px rgba(20,89,199,0.3)',
          color: '#fff',
          fontSize: badge * 0.58,
        }}
      >
        <SafetyCertificateFilled />
      </span>
      {showName && (
        <span
          style={{
            color: tone === 'light' ? '#fff' : 'rgba(0,0,0,0.88)',
            fontSize: size === 'large' ? 22 : 17,
            fontWeight: 600,
            letterSpacing: 0.5,
            whiteSpace: 'nowrap',
            overflow: 'hidden',
            textOverflow: 'ellipsis',
          }}
        >
          {t('app.name')}
        </span>
      )}
    </span>
  );
}
