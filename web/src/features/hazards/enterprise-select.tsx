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
  /** The name of an enterprise chosen before this field showed (e.g. from a link), so it never shows as an id. */
  known?: { value: string; label: string } | undefined;
  /** Only enterprises of this key industry. */
  keyIndustry?: KeyIndustry;
}

const OPTION_COUNT = 20;

/** Picks an enterprise in the user's scope, searching the server by name or credit code as one types. */
export function EnterpriseSelect({ id, value, onChange, disabled, known, keyIndustry }: EnterpriseSelectProps) {
  const { t } = useTranslation();
  const { setInput, found, fetching } = useEnterpriseOptions(OPTION_COUNT, keyIndustry ? { keyIndustry } : {});

  // Keep the chosen enterprise's name once a later search no longer lists it.
  const [chosen, setChosen] = useState<{ value: string; label: string } | undefined>();
  const options = useMemo(() => {
    const list = [...found];
    const keep = chosen?.value === value ? chosen : known?.value === value ? known : undefined;
    if (keep && !list.some((option) => option.value === keep.value)) list.unshift(keep);
    return list;
  }, [found, chosen, known, value]);

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
