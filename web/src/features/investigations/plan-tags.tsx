import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { InvestigationFrequency } from './investigation.types.ts';

const TAG = { marginInlineEnd: 0 };

export function FrequencyTag({ frequency }: { frequency: InvestigationFrequency }) {
  const { t } = useTranslation();
  return (
    <Tag color="geekblue" style={TAG}>
      {t(`investigation.frequencies.${frequency}`)}
    </Tag>
  );
}

export function PlanActiveTag({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return active ? (
    <Tag color="success" style={TAG}>
      {t('investigation.plans.active')}
    </Tag>
  ) : (
    <Tag style={TAG}>{t('investigation.plans.ended')}</Tag>
  );
}
