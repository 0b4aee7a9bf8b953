import { Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useScopeNames } from './scope-fields.tsx';
import './sharing.texts.ts';

const MAX_SHOWN = 3;

/** "青白江区、锦江区 · 化学原料和化学制品制造业 · 某企业": empty dimensions say they do not restrict. */
export function ScopeSummary({ regionCodes, industryCodes, enterpriseName }: { regionCodes: string[]; industryCodes: string[]; enterpriseName?: string | null | undefined }) {
  const { t } = useTranslation();
  const names = useScopeNames();
  const list = (codes: string[], name: (code: string) => string, all: string) => {
    if (codes.length === 0) return <Typography.Text type="secondary">{all}</Typography.Text>;
    const shown = codes.slice(0, MAX_SHOWN).map(name).join('、');
    return codes.length > MAX_SHOWN ? `${shown} ${t('sharing.scope.more', { count: codes.length - MAX_SHOWN })}` : shown;
  };
  return (
    <Space orientation="vertical" size={0}>
      <span>{list(regionCodes, names.region, t('sharing.scope.wholeCity'))}</span>
      <span>{list(industryCodes, (c) => `${c} ${names.industry(c)}`, t('sharing.scope.allIndustries'))}</span>
      {enterpriseName !== undefined && enterpriseName !== null && <Tag>{enterpriseName}</Tag>}
    </Space>
  );
}
