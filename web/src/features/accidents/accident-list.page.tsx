import { BarChartOutlined, DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Empty, Flex, Input, Select, Table, type TableProps } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { can } from '../../app/permissions.ts';
import { useSessionUser } from '../../app/auth-context.tsx';
import { LinkButton } from '../../app/link-button.tsx';
import { PageContainer } from '../../app/page-container.tsx';
import { QueryErrorAlert } from '../../app/query-error-alert.tsx';
import { formatCityTime } from '../hazards/hazard-time.ts';
import { RegionTreeSelect } from '../organisations/classification-selects.tsx';
import { useDistrictName } from '../organisations/use-regions.query.ts';
import { formatWanYuan } from '../../../../core/shared/money.ts';
import './accident-screens.texts.ts';
import { ACCIDENT_CATEGORIES, ACCIDENT_GRADES, parseAccidentListParams, toSearchParams, type Accident, type AccidentListParams } from './accident.types.ts';
import { AccidentFlagTags, AccidentGradeTag } from './accident-tags.tsx';
import { accidentListXlsxUrl, useAccidents } from './use-accidents.query.ts';

export function AccidentListPage() {
  const { t, i18n } = useTranslation();
  const user = useSessionUser();
  const [search, setSearch] = useSearchParams();
  const params = parseAccidentListParams(search);
  const accidents = useAccidents(params);
  const districtName = useDistrictName();
  const update = (changes: Partial<AccidentListParams>) => setSearch(toSearchParams({ ...params, page: 1, ...changes }));
  const { page: _page, pageSize: _size, ...filters } = params;

  const columns: TableProps<Accident>['columns'] = [
    { title: t('accidentScreens.number'), dataIndex: 'number', width: 130, render: (v: string, row) => <Link to={`/accidents/${row.id}`}>{v}</Link> },
    { title: t('accidents.fields.occurredAt'), dataIndex: 'occurredAt', width: 140, render: (v: string) => formatCityTime(v) },
    { title: t('accidents.fields.enterprise'), dataIndex: 'enterpriseName', ellipsis: true, render: (v: string | null, row) => v ?? <span style={{ color: '#888' }}>{row.description}</span> },
    { title: t('accidents.fields.region'), dataIndex: 'districtCode', width: 110, render: (v: string) => districtName(v) ?? v },
    { title: t('accidents.fields.category'), dataIndex: 'category', width: 120, render: (v: string) => t(`accidents.category.${v as '01'}`) },
    { title: t('accidents.fields.grade'), dataIndex: 'grade', width: 110, render: (v: Accident['grade'], row) => <Flex gap={4} wrap><AccidentGradeTag grade={v} /><AccidentFlagTags late={row.lateReport} concealed={!!row.concealed} falseReport={!!row.falseReport} /></Flex> },
    { title: t('accidents.fields.deaths'), dataIndex: 'deaths', width: 70, align: 'right' },
    { title: t('accidents.fields.seriousInjuries'), dataIndex: 'seriousInjuries', width: 70, align: 'right' },
    { title: t('accidents.fields.directLossYuan'), dataIndex: 'directLossYuan', width: 170, align: 'right', render: (v: number) => formatWanYuan(v, i18n.language) },
  ];

  return (
    <PageContainer
      title={t('accidents.title')}
      extra={
        <>
          <LinkButton to="/accidents/statistics" icon={<BarChartOutlined />}>{t('accidents.statistics')}</LinkButton>
          <Button icon={<DownloadOutlined />} href={accidentListXlsxUrl(filters)} download>{t('accidents.export')}</Button>
          {can(user, 'accidents.import') && <LinkButton to="/accidents/import" icon={<UploadOutlined />}>{t('accidentScreens.import.button')}</LinkButton>}
          {can(user, 'accidents.report') && <LinkButton to="/accidents/new" type="primary" icon={<PlusOutlined />}>{t('accidents.report')}</LinkButton>}
        </>
      }
    >
      <Card size="small">
        <Flex gap={8} wrap>
          <Select allowClear placeholder={t('accidents.filters.grade')} style={{ width: 120 }} value={params.grade} onChange={(grade) => update({ grade })}
            options={ACCIDENT_GRADES.map((g) => ({ value: g, label: t(`accidents.grade.${g}`) }))} aria-label={t('accidents.filters.grade')} />
          <Select allowClear placeholder={t('accidents.filters.category')} style={{ width: 150 }} value={params.category} onChange={(category) => update({ category })}
            options={ACCIDENT_CATEGORIES.map((c) => ({ value: c, label: `${c} ${t(`accidents.category.${c}`)}` }))} aria-label={t('accidents.filters.category')} />
          <RegionTreeSelect allowClear placeholder={t('accidents.filters.region')} style={{ width: 180 }} value={params.regionCode} onChange={(regionCode) => update({ regionCode })} aria-label={t('accidents.filters.region')} />
          <DatePicker.RangePicker
            value={params.from && params.to ? [dayjs(params.from), dayjs(params.to)] : null}
            onChange={(range) => update({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })}
            placeholder={[t('accidents.filters.from'), t('accidents.filters.to')]}
          />
          <Input.Search allowClear placeholder={t('accidents.filters.q')} style={{ width: 200 }} defaultValue={params.q} onSearch={(q) => update({ q })} />
          <Button onClick={() => setSearch(new URLSearchParams())}>{t('accidents.filters.reset')}</Button>
        </Flex>
      </Card>
      {accidents.isError ? (
        <QueryErrorAlert error={accidents.error} onRetry={() => void accidents.refetch()} />
      ) : (
        <Card size="small">
          <Table<Accident>
            rowKey="id"
            size="middle"
            loading={accidents.isFetching}
            columns={columns}
            dataSource={accidents.data?.items}
            scroll={{ x: 1050 }}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('accidentScreens.listEmpty')} /> }}
            pagination={{
              current: params.page,
              pageSize: params.pageSize,
              total: accidents.data?.total ?? 0,
              showSizeChanger: true,
              onChange: (page, pageSize) => setSearch(toSearchParams({ ...params, page, pageSize })),
            }}
          />
        </Card>
      )}
    </PageContainer>
  );
}
