import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchEnterprises } from '../organisations/use-enterprises.query.ts';

interface EnterpriseMultiSelectProps {
  id?: string;
  value?: string[];
  onChange?: (value: string[]) => void;
}

const SEARCH_DELAY_MS = 300;
const OPTION_COUNT = 30;

/** Picks enterprises in the user's scope, searching the server by name or credit code; keeps the chosen names. */
export function EnterpriseMultiSelect({ id, value, onChange }: EnterpriseMultiSelectProps) {
  const { t } = useTranslation();
  const [input, setInput] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQ(input.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [input]);
  const enterprises = useQuery({
    queryKey: ['enterprises', 'options', q],
    queryFn: ({ signal }) => fetchEnterprises({ q: q || undefined, page: 1, pageSize: OPTION_COUNT }, signal),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
  const [names, setNames] = useState<Record<string, string>>({});
  const options = useMemo(() => {
    const list = (enterprises.data?.items ?? []).map((enterprise) => ({ value: enterprise.id, label: enterprise.name }));
    for (const chosen of value ?? []) {
      const label = names[chosen];
      if (label && !list.some((option) => option.value === chosen)) list.unshift({ value: chosen, label });
    }
    return list;
  }, [enterprises.data, names, value]);

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
      loading={enterprises.isFetching}
      placeholder={t('investigation.planForm.enterprisesPlaceholder')}
      notFoundContent={enterprises.isFetching ? undefined : t('hazard.report.enterpriseNotFound')}
      allowClear
    />
  );
}
