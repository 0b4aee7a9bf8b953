import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Flex, Grid, Input, Select, Switch, Typography, type SelectProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useId, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { RegionTreeSelect } from '../organisations/classification-selects.tsx';
import {
  HAZARD_GRADES,
  HAZARD_SOURCES,
  HAZARD_STATUSES,
  isHazardGrade,
  isHazardSource,
  isHazardStatus,
  type HazardListParams,
} from './hazard.types.ts';

interface HazardFiltersProps {
  params: HazardListParams;
  onChange: (changes: Partial<HazardListParams>) => void;
  onReset: () => void;
  /** An enterprise's own list has no districts to choose from (it lies in one). */
  hideRegion?: boolean;
}

const DATE = 'YYYY-MM-DD';
const toDay = (value: string | undefined): Dayjs | null => (value ? dayjs(value, DATE) : null);
const fromDay = (value: Dayjs | null | undefined): string | undefined => (value ? value.format(DATE) : undefined);

export function HazardFilters({ params, onChange, onReset, hideRegion = false }: HazardFiltersProps) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const overdueId = useId();
  const [query, setQuery] = useState(params.q ?? '');
  // Back/forward and "reset" change the URL; the search box follows it.
  useEffect(() => setQuery(params.q ?? ''), [params.q]);

  // On a phone every control takes a full or half row; on larger screens they sit side by side.
  const narrow = !screens.sm;
  const width = (desktop: number, phone: 'full' | 'half'): CSSProperties => ({
    width: narrow ? (phone === 'full' ? '100%' : 'calc(50% - 6px)') : desktop,
  });
  const select = (placeholder: string): SelectProps => ({ placeholder, 'aria-label': placeholder, allowClear: true });

  return (
    <Card styles={{ body: { padding: narrow ? 12 : 16 } }}>
      <Flex gap={12} wrap align="center">
        <Input.Search
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onSearch={(value) => onChange({ q: value.trim() || undefined })}
          placeholder={t('hazard.list.searchPlaceholder')}
          aria-label={t('hazard.list.searchPlaceholder')}
          enterButton={t('common.search')}
          allowClear
          style={width(220, 'full')}
        />
        <Select
          {...select(t('hazard.list.statusPlaceholder'))}
          value={params.status}
          onChange={(value: string | undefined) => onChange({ status: isHazardStatus(value) ? value : undefined })}
          options={HAZARD_STATUSES.map((value) => ({ value, label: t(`hazard.statuses.${value}`) }))}
          style={width(112, 'half')}
        />
        <Select
          {...select(t('hazard.list.gradePlaceholder'))}
          value={params.grade}
          onChange={(value: string | undefined) => onChange({ grade: isHazardGrade(value) ? value : undefined })}
          options={HAZARD_GRADES.map((value) => ({ value, label: t(`hazard.grades.${value}`) }))}
          style={width(100, 'half')}
        />
        <Select
          {...select(t('hazard.list.sourcePlaceholder'))}
          value={params.source}
          onChange={(value: string | undefined) => onChange({ source: isHazardSource(value) ? value : undefined })}
          options={HAZARD_SOURCES.map((value) => ({ value, label: t(`hazard.sources.${value}`) }))}
          style={width(120, 'half')}
          popupMatchSelectWidth={false}
        />
        {!hideRegion && (
          <RegionTreeSelect
            districtOrStreet
            value={params.regionCode}
            onChange={(regionCode) => onChange({ regionCode })}
            placeholder={t('hazard.list.regionPlaceholder')}
            aria-label={t('hazard.list.regionPlaceholder')}
            allowClear
            style={width(130, 'half')}
          />
        )}
        {narrow ? (
          <>
            <DatePicker
              value={toDay(params.foundFrom)}
              onChange={(value) => onChange({ foundFrom: fromDay(value) })}
              placeholder={t('hazard.list.foundFrom')}
              aria-label={t('hazard.list.foundFrom')}
              inputReadOnly
              style={width(0, 'half')}
            />
            <DatePicker
              value={toDay(params.foundTo)}
              onChange={(value) => onChange({ foundTo: fromDay(value) })}
              placeholder={t('hazard.list.foundTo')}
              aria-label={t('hazard.list.foundTo')}
              inputReadOnly
              style={width(0, 'half')}
            />
          </>
        ) : (
          <DatePicker.RangePicker
            value={[toDay(params.foundFrom), toDay(params.foundTo)]}
            onChange={(range) => onChange({ foundFrom: fromDay(range?.[0]), foundTo: fromDay(range?.[1]) })}
            placeholder={[t('hazard.list.foundFrom'), t('hazard.list.foundTo')]}
            aria-label={t('hazard.list.foundFrom')}
            allowEmpty={[true, true]}
            style={{ width: 240 }}
          />
        )}
        <Flex align="center" gap={12} style={{ marginInlineStart: 'auto', ...(narrow ? { width: '100%' } : {}) }}>
          <Flex align="center" gap={8} style={narrow ? { flex: 1 } : undefined}>
            <Switch
              id={overdueId}
              size="small"
              checked={params.overdue === true}
              onChange={(checked) => onChange({ overdue: checked || undefined })}
            />
            <Typography.Text>
              <label htmlFor={overdueId} style={{ cursor: 'pointer', whiteSpace: 'nowrap' }}>
                {t('hazard.list.overdueOnly')}
              </label>
            </Typography.Text>
          </Flex>
          <Button icon={<ReloadOutlined />} onClick={onReset}>
            {t('common.reset')}
          </Button>
        </Flex>
      </Flex>
    </Card>
  );
}
