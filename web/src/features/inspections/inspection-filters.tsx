import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Flex, Grid, Input, Select, type SelectProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { RegionTreeSelect } from '../organisations/classification-selects.tsx';
import { INSPECTION_KINDS, INSPECTION_STATUSES, type InspectionKind, type InspectionStatus } from './inspection.types.ts';
import type { InspectionListParams } from './inspection-list-params.ts';
import './inspections.texts.ts';

const DATE = 'YYYY-MM-DD';
const toDay = (value: string | undefined): Dayjs | null => (value ? dayjs(value, DATE) : null);
const fromDay = (value: Dayjs | null | undefined): string | undefined => (value ? value.format(DATE) : undefined);

/** The inspection list's filters; every change goes to the address bar (the list reads it from there). */
export function InspectionFilters({ params, onChange, onReset }: { params: InspectionListParams; onChange: (changes: Partial<InspectionListParams>) => void; onReset: () => void }) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const [query, setQuery] = useState(params.q ?? '');
  const [officer, setOfficer] = useState(params.officer ?? '');
  // Back/forward and "reset" change the URL; the text boxes follow it.
  useEffect(() => setQuery(params.q ?? ''), [params.q]);
  useEffect(() => setOfficer(params.officer ?? ''), [params.officer]);

  const narrow = !screens.sm;
  const width = (desktop: number, phone: 'full' | 'half'): CSSProperties => ({ width: narrow ? (phone === 'full' ? '100%' : 'calc(50% - 6px)') : desktop });
  const select = (placeholder: string): SelectProps => ({ placeholder, 'aria-label': placeholder, allowClear: true });

  return (
    <Card styles={{ body: { padding: narrow ? 12 : 16 } }} data-testid="inspection-filters">
      <Flex gap={12} wrap align="center">
        <Input.Search
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onSearch={(value) => onChange({ q: value.trim() || undefined })}
          placeholder={t('inspections.list.searchPlaceholder')}
          aria-label={t('inspections.list.searchPlaceholder')}
          enterButton={t('common.search')}
          allowClear
          style={width(260, 'full')}
        />
        <Select
          {...select(t('inspections.list.statusPlaceholder'))}
          value={params.status}
          onChange={(value: InspectionStatus | undefined) => onChange({ status: value })}
          options={INSPECTION_STATUSES.map((value) => ({ value, label: t(`inspections.statuses.${value}`) }))}
          popupMatchSelectWidth={false}
          style={width(130, 'half')}
        />
        <Select
          {...select(t('inspections.list.kindPlaceholder'))}
          value={params.kind}
          onChange={(value: InspectionKind | undefined) => onChange({ kind: value })}
          options={INSPECTION_KINDS.map((value) => ({ value, label: t(`inspections.kinds.${value}`) }))}
          style={width(110, 'half')}
        />
        <RegionTreeSelect
          districtOrStreet
          value={params.regionCode}
          onChange={(regionCode) => onChange({ regionCode })}
          placeholder={t('inspections.list.regionPlaceholder')}
          aria-label={t('inspections.list.regionPlaceholder')}
          allowClear
          style={width(130, 'half')}
        />
        <Input.Search
          value={officer}
          onChange={(e) => setOfficer(e.target.value)}
          onSearch={(value) => onChange({ officer: value.trim() || undefined })}
          placeholder={t('inspections.list.officerPlaceholder')}
          aria-label={t('inspections.list.officerPlaceholder')}
          allowClear
          style={width(140, 'half')}
        />
        {narrow ? (
          <>
            <DatePicker value={toDay(params.from)} onChange={(v) => onChange({ from: fromDay(v) })} placeholder={t('inspections.list.from')} aria-label={t('inspections.list.from')} inputReadOnly style={width(0, 'half')} />
            <DatePicker value={toDay(params.to)} onChange={(v) => onChange({ to: fromDay(v) })} placeholder={t('inspections.list.to')} aria-label={t('inspections.list.to')} inputReadOnly style={width(0, 'half')} />
          </>
        ) : (
          <DatePicker.RangePicker
            value={[toDay(params.from), toDay(params.to)]}
            onChange={(range) => onChange({ from: fromDay(range?.[0]), to: fromDay(range?.[1]) })}
            placeholder={[t('inspections.list.from'), t('inspections.list.to')]}
            aria-label={t('inspections.list.from')}
            allowEmpty={[true, true]}
            style={{ width: 240 }}
          />
        )}
        <Button icon={<ReloadOutlined />} onClick={onReset} style={{ marginInlineStart: narrow ? undefined : 'auto' }}>
          {t('common.reset')}
        </Button>
      </Flex>
    </Card>
  );
}
