import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchEnterprises } from '../organisations/use-enterprises.query.ts';

interface EnterpriseSelectProps {
  id?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  disabled?: boolean;
}

const SEARCH_DELAY_MS = 300;
const OPTION_COUNT = 20;

/** Picks an enterprise in the user's scope, searching the server by name or credit code as one types. */
export function EnterpriseSelect({ id, value, onChange, disabled }: EnterpriseSelectProps) {
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

  // Keep the chosen enterprise's name once a later search no longer lists it.
  const [chosen, setChosen] = useState<{ value: string; label: string } | undefined>();
  const options = useMemo(() => {
    const list = (enterprises.data?.items ?? []).map((enterprise) => ({ value: enterprise.id, label: enterprise.name }));
    if (chosen && chosen.value === value && !list.some((option) => option.value === chosen.value)) list.unshift(chosen);
    return list;
  }, [enterprises.data, chosen, value]);

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
      loading={enterprises.isFetching}
      placeholder={t('hazard.report.enterprisePlaceholder')}
      notFoundContent={enterprises.isFetching ? undefined : t('hazard.report.enterpriseNotFound')}
      allowClear
    />
  );
}
