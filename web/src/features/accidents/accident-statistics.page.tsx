import { DownloadOutlined, SettingOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Flex, Segmented, Table, type TableProps } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EChart } from '../../app/echart.tsx';
import { PageContainer } from '../../app/page-container.tsx';
import { QueryErrorAlert } from '../../app/query-error-alert.tsx';
import { RegionTreeSelect } from '../organisations/classification-selects.tsx';
import { formatWanYuan } from '../../../../core/shared/money.ts';
import { LinkButton } from '../../app/link-button.tsx';
import { useIndustryName } from '../organisations/industry-name.tsx';
import './accident-screens.texts.ts';
import { useDistrictName } from '../organisations/use-regions.query.ts';
import { GROUP_BYS, type AccidentGroupBy, type StatisticsRow } from './accident.types.ts';
import { accidentStatisticsXlsxUrl, useAccidentStatistics, type StatisticsQuery } from './use-accidents.query.ts';
import { YoyChange } from './yoy-change.tsx';

const defaultFrom = () => `${dayjs().year()}-01-01`;
const defaultTo = () => dayjs().format('YYYY-MM-DD');

export function AccidentStatisticsPage() {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const query: StatisticsQuery = {
    from: search.get('from') ?? defaultFrom(),
    to: search.get('to') ?? defaultTo(),
    groupBy: (search.get('groupBy') as AccidentGroupBy | null) ?? 'month',
    ...(search.get('regionCode') ? { regionCode: search.get('regionCode')! } : {}),
  };
  const stats = useAccidentStatistics(query);
  const districtName = useDistrictName();
  const industryName = useIndustryName();
  const set = (changes: Partial<StatisticsQuery>) => {
    const next = new URLSearchParams({ ...query, ...changes } as Record<string, string>);
    for (const [k, v] of [...next]) if (!v || v === 'undefined') next.delete(k);
    setSearch(next);
  };
  const labelOf = (key: string) => {
    if (key === 'total') return t('accidents.stats.total');
    switch (query.groupBy) {
      case 'region':
        return districtName(key) ?? key;
      case 'industry':
        return industryName(key) ?? key;
      case 'grade':
        return t(`accidents.grade.${key as 'general'}`);
      case 'category':
        return `${key} ${t(`accidents.category.${key as '01'}`)}`;
      default:
        return key;
    }
  };
  const rows = stats.data ? [...stats.data.rows, stats.data.total] : [];
  const hasRates = rows.some((r) => r.rates);

  const columns: TableProps<StatisticsRow>['columns'] = [
    { title: t('accidents.stats.key'), dataIndex: 'key', render: (k: string) => (k === 'total' ? <strong>{labelOf(k)}</strong> : labelOf(k)) },
    { title: t('accidents.stats.accidents'), dataIndex: 'accidents', align: 'right' },
    { title: t('accidents.stats.previous'), key: 'pa', align: 'right', render: (_, r) => r.previous.accidents },
    { title: t('accidents.stats.change'), key: 'ca', align: 'right', render: (_, r) => <YoyChange percent={r.change.accidents} /> },
    { title: t('accidents.stats.deaths'), dataIndex: 'deaths', align: 'right' },
    { title: t('accidents.stats.previous'), key: 'pd', align: 'right', render: (_, r) => r.previous.deaths },
    { title: t('accidents.stats.change'), key: 'cd', align: 'right', render: (_, r) => <YoyChange percent={r.change.deaths} /> },
    { title: t('accidents.stats.seriousInjuries'), dataIndex: 'seriousInjuries', align: 'right' },
    { title: t('accidents.stats.directLossYuan'), dataIndex: 'directLossYuan', align: 'right', render: (v: number) => formatWanYuan(v, i18n.language) },
    ...(hasRates
      ? [
          { title: t('accidents.stats.gdpRate'), key: 'gdp', align: 'right' as const, render: (_: unknown, r: StatisticsRow) => r.rates?.deathsPer100MillionYuanGdp ?? '—' },
          { title: t('accidents.stats.workerRate'), key: 'wk', align: 'right' as const, render: (_: unknown, r: StatisticsRow) => r.rates?.deathsPer100kWorkers ?? '—' },
        ]
      : []),
  ];

  const option = useMemo(() => {
    const data = stats.data?.rows ?? [];
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 40, right: 40, top: 36, bottom: 60 },
      xAxis: { type: 'category', data: data.map((r) => labelOf(r.key)), axisLabel: { rotate: data.length > 8 ? 30 : 0 } },
      yAxis: [{ type: 'value', minInterval: 1 }, { type: 'value', minInterval: 1 }],
      series: [
        { name: t('accidents.stats.accidents'), type: 'bar', data: data.map((r) => r.accidents), itemStyle: { color: '#1677ff' } },
        { name: `${t('accidents.stats.accidents')} (${t('accidents.stats.previous')})`, type: 'bar', data: data.map((r) => r.previous.accidents), itemStyle: { color: '#bfbfbf' } },
        { name: t('accidents.stats.deaths'), type: 'bar', yAxisIndex: 1, data: data.map((r) => r.deaths), itemStyle: { color: '#cf1322' } },
      ],
    };
  }, [stats.data, t, query.groupBy, industryName, districtName]);

  return (
    <PageContainer
      title={t('accidents.stats.title')}
      extra={
        <>
          <LinkButton to="/accidents/statistics/denominators" icon={<SettingOutlined />}>{t('accidentScreens.denominators.button')}</LinkButton>
          <Button icon={<DownloadOutlined />} href={accidentStatisticsXlsxUrl(query)} download>{t('accidents.stats.export')}</Button>
        </>
      }
    >
      <Card size="small">
        <Flex gap={12} wrap align="center">
          <Segmented<AccidentGroupBy> value={query.groupBy as AccidentGroupBy} onChange={(groupBy) => set({ groupBy })} options={GROUP_BYS.map((g) => ({ value: g, label: t(`accidents.stats.by.${g}`) }))} />
          <DatePicker.RangePicker
            allowClear={false}
            value={[dayjs(query.from), dayjs(query.to)]}
            onChange={(range) => range?.[0] && range[1] && set({ from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD') })}
            aria-label={t('accidents.stats.period')}
          />
          <RegionTreeSelect allowClear placeholder={t('accidents.filters.region')} style={{ width: 180 }} value={query.regionCode} onChange={(regionCode) => set({ regionCode })} aria-label={t('accidents.filters.region')} />
        </Flex>
      </Card>
      {stats.isError ? (
        <QueryErrorAlert error={stats.error} onRetry={() => void stats.refetch()} />
      ) : (
        <>
          <Card size="small" title={t('accidents.stats.chartTitle')}>
            <EChart option={option} style={{ height: 300 }} aria-label={t('accidents.stats.chartTitle')} />
          </Card>
          <Card size="small">
            <Table<StatisticsRow> rowKey="key" size="small" loading={stats.isFetching} columns={columns} dataSource={rows} pagination={false} scroll={{ x: 1000 }} />
          </Card>
        </>
      )}
    </PageContainer>
  );
}
