import { Card, DatePicker, Empty, Flex, Grid, Input, Segmented, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DistrictMap } from '../../app/district-map.tsx';
import { PageContainer } from '../../app/page-container.tsx';
import { ExportButton } from '../transfer/export-button.tsx';
import { QueryErrorAlert } from '../../app/query-error-alert.tsx';
import { cityWallClock } from '../hazards/hazard-time.ts';
import { GROUP_BYS, isGroupBy, type GroupBy } from './statistics.types.ts';
import { StatisticsChart } from './statistics-chart.tsx';
import { StatisticsTable } from './statistics-table.tsx';
import { useHazardStatistics } from './use-statistics.query.ts';

const DATE = 'YYYY-MM-DD';
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** Defaults to this year up to today in the city; the URL carries the choice. */
function paramsFrom(search: URLSearchParams) {
  const today = cityWallClock();
  const from = search.get('from');
  const to = search.get('to');
  const groupBy = search.get('groupBy');
  return {
    groupBy: isGroupBy(groupBy) ? groupBy : ('enterprise' as GroupBy),
    from: from && DATE_PATTERN.test(from) ? from : today.startOf('year').format(DATE),
    to: to && DATE_PATTERN.test(to) ? to : today.format(DATE),
  };
}

export function StatisticsPage() {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const [search, setSearch] = useSearchParams();
  const params = paramsFrom(search);
  const statistics = useHazardStatistics(params);
  const [name, setName] = useState('');

  const update = (changes: Partial<typeof params>) => setSearch({ ...params, ...changes });
  const narrow = !screens.sm;
  const rows = statistics.data?.rows ?? [];
  const flagged = rows.filter((row) => row.flagged).length;
  const shown = name.trim() ? rows.filter((row) => row.name.includes(name.trim())) : rows;
  const setDate = (key: 'from' | 'to') => (value: Dayjs | null) => value && update({ [key]: value.format(DATE) });

  return (
    <PageContainer title={t('statistics.title')} subtitle={t('statistics.subtitle')} extra={<ExportButton path="/hazards/statistics/export.xlsx" filters={{ ...params }} />}>
      <Card styles={{ body: { padding: narrow ? 12 : 16 } }}>
        <Flex gap={12} wrap align="center">
          {narrow ? (
            <>
              <DatePicker
                value={dayjs(params.from, DATE)}
                onChange={setDate('from')}
                allowClear={false}
                inputReadOnly
                aria-label={t('statistics.from')}
                style={{ width: 'calc(50% - 6px)' }}
              />
              <DatePicker
                value={dayjs(params.to, DATE)}
                onChange={setDate('to')}
                allowClear={false}
                inputReadOnly
                aria-label={t('statistics.to')}
                style={{ width: 'calc(50% - 6px)' }}
              />
            </>
          ) : (
            <DatePicker.RangePicker
              value={[dayjs(params.from, DATE), dayjs(params.to, DATE)]}
              onChange={(range) => range?.[0] && range[1] && update({ from: range[0].format(DATE), to: range[1].format(DATE) })}
              allowClear={false}
              aria-label={t('statistics.period')}
            />
          )}
          {narrow ? (
            // Four segments do not fit 360 px in English; a select does.
            <Select<GroupBy>
              value={params.groupBy}
              onChange={(groupBy) => update({ groupBy })}
              options={GROUP_BYS.map((value) => ({ value, label: t(`statistics.groupBy.${value}`) }))}
              aria-label={t('statistics.groupByLabel')}
              style={{ width: '100%' }}
            />
          ) : (
            <Segmented<GroupBy>
              value={params.groupBy}
              onChange={(groupBy) => update({ groupBy })}
              options={GROUP_BYS.map((value) => ({ value, label: t(`statistics.groupBy.${value}`) }))}
            />
          )}
          <Input.Search
            allowClear
            value={name}
            onChange={(event) => setName(event.target.value)}
            placeholder={t('statistics.namePlaceholder')}
            aria-label={t('statistics.namePlaceholder')}
            style={{ width: narrow ? '100%' : 220 }}
          />
          {statistics.data && (
            <Typography.Text type={flagged > 0 ? 'danger' : 'secondary'} style={{ marginInlineStart: narrow ? 0 : 'auto' }}>
              {t('statistics.summary', { total: rows.length, flagged })}
            </Typography.Text>
          )}
        </Flex>
      </Card>
      {statistics.isError && <QueryErrorAlert error={statistics.error} onRetry={() => void statistics.refetch()} />}
      {params.groupBy === 'region' && rows.length > 0 && (
        <Card title={t('statistics.mapTitle')} size={narrow ? 'small' : undefined}>
          <DistrictMap
            values={rows.map((row) => ({ regionCode: row.key, value: row.openMajor + row.overdueNow }))}
            valueLabel={t('statistics.mapValue')}
            height={narrow ? 320 : 440}
          />
        </Card>
      )}
      {rows.length > 0 && (
        <Card title={t('statistics.chartTitle')} size={narrow ? 'small' : undefined}>
          <StatisticsChart rows={rows} narrow={narrow} />
        </Card>
      )}
      <Card title={t('statistics.tableTitle')} size={narrow ? 'small' : undefined} styles={{ body: { padding: narrow ? 8 : '8px 16px 0' } }}>
        {shown.length === 0 && !statistics.isFetching ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('statistics.empty')} />
        ) : (
          <StatisticsTable rows={shown} groupBy={params.groupBy} loading={statistics.isFetching} />
        )}
      </Card>
    </PageContainer>
  );
}
