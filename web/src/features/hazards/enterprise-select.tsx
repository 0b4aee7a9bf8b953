import { Select } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyIndustry } from '../organisations/enterprise.types.ts';
import { useEnterpriseOptions } from '../organisations/use-enterprises.query.ts';

interface EnterpriseSelectProps {
  id?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  disabled?: boolean;
  /** Only enterprises of this key industry. */
  keyIndustry?: KeyIndustry;
}

const OPTION_COUNT = 20;

/** Picks an enterprise in the user's scope, searching the server by name or credit code as one types. */
export function EnterpriseSelect({ id, value, onChange, disabled, keyIndustry }: EnterpriseSelectProps) {
  const { t } = useTranslation();
  const { setInput, found, fetching } = useEnterpriseOptions(OPTION_COUNT, keyIndustry ? { keyIndustry } : {});

  // Keep the chosen enterprise's name once a later search no longer lists it.
  const [chosen, setChosen] = useState<{ value: string; label: string } | undefined>();
  const options = useMemo(() => {
    const list = [...found];
    if (chosen && chosen.value === value && !list.some((option) => option.value === chosen.value)) list.unshift(chosen);
    return list;
  }, [found, chosen, value]);

  return (
    <Select
      id={id}
      value={value}
      disabled={disabled}
      showSearch={{ filterOption: false, onSearch: setInput }}
      onChange={(next: string | undefined, option) => {
        const label = option && !Array.isArray(option) ? String(option.label) : undefined;
        setChosen(next && label ? { value: next, label } : undefined);
        onChange?.(next);
      }}
      options={options}
      loading={fetching}
      placeholder={t('hazard.report.enterprisePlaceholder')}
      notFoundContent={fetching ? undefined : t('hazard.report.enterpriseNotFound')}
      allowClear
    />
  );
}
