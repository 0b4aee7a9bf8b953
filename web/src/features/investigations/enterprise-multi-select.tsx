import { Select } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEnterpriseOptions } from '../organisations/use-enterprises.query.ts';

interface EnterpriseMultiSelectProps {
  id?: string;
  value?: string[];
  onChange?: (value: string[]) => void;
}

const OPTION_COUNT = 30;

/** Picks enterprises in the user's scope, searching the server by name or credit code; keeps the chosen names. */
export function EnterpriseMultiSelect({ id, value, onChange }: EnterpriseMultiSelectProps) {
  const { t } = useTranslation();
  const { input, setInput, found, fetching } = useEnterpriseOptions(OPTION_COUNT);
  const [names, setNames] = useState<Record<string, string>>({});
  const options = useMemo(() => {
    const list = [...found];
    for (const chosen of value ?? []) {
      const label = names[chosen];
      if (label && !list.some((option) => option.value === chosen)) list.unshift({ value: chosen, label });
    }
    return list;
  }, [found, names, value]);

  return (
    <Select
      id={id}
      mode="multiple"
      value={value}
      showSearch={{ filterOption: false, onSearch: setInput, searchValue: input }}
      onChange={(next: string[], chosen) => {
        const labels = { ...names };
        for (const option of Array.isArray(chosen) ? chosen : []) {
          if (option?.value) labels[String(option.value)] = String(option.label);
        }
        setNames(labels);
        setInput('');
        onChange?.(next);
      }}
      options={options}
      loading={fetching}
      placeholder={t('investigation.planForm.enterprisesPlaceholder')}
      notFoundContent={fetching ? undefined : t('hazard.report.enterpriseNotFound')}
      allowClear
    />
  );
}
