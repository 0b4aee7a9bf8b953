import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IndustryTreeSelect, RegionTreeSelect } from './classification-selects.tsx';
import { isKeyIndustry, KEY_INDUSTRIES, type EnterpriseListParams } from './enterprise.types.ts';

interface EnterpriseFiltersProps {
  params: EnterpriseListParams;
  onChange: (changes: Partial<EnterpriseListParams>) => void;
  onReset: () => void;
}

export function EnterpriseFilters({ params, onChange, onReset }: EnterpriseFiltersProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState(params.q ?? '');
  // Back/forward and "reset" change the URL; the search box follows it.
  useEffect(() => setQuery(params.q ?? ''), [params.q]);

  return (
    <Card styles={{ body: { padding: 16 } }}>
      <Flex gap={12} wrap align="center">
        <Input.Search
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onSearch={(value) => onChange({ q: value.trim() || undefined })}
          placeholder={t('enterprise.list.searchPlaceholder')}
          aria-label={t('enterprise.list.searchPlaceholder')}
          enterButton={t('common.search')}
          allowClear
          style={{ width: 290 }}
        />
        <RegionTreeSelect
          districtOrStreet
          value={params.regionCode}
          onChange={(regionCode) => onChange({ regionCode })}
          placeholder={t('enterprise.list.regionPlaceholder')}
          aria-label={t('enterprise.list.regionPlaceholder')}
          allowClear
          style={{ width: 170 }}
        />
        <IndustryTreeSelect
          value={params.industryCode}
          onChange={(industryCode) => onChange({ industryCode })}
          placeholder={t('enterprise.list.industryPlaceholder')}
          aria-label={t('enterprise.list.industryPlaceholder')}
          allowClear
          style={{ width: 210 }}
        />
        <Select
          value={params.keyIndustry}
          onChange={(value: string | undefined) => onChange({ keyIndustry: isKeyIndustry(value) ? value : undefined })}
          placeholder={t('enterprise.list.keyIndustryPlaceholder')}
          aria-label={t('enterprise.list.keyIndustryPlaceholder')}
          options={KEY_INDUSTRIES.map((value) => ({ value, label: t(`keyIndustries.${value}`) }))}
          allowClear
          style={{ width: 150 }}
        />
        <Button icon={<ReloadOutlined />} onClick={onReset}>
          {t('common.reset')}
        </Button>
      </Flex>
    </Card>
  );
}
