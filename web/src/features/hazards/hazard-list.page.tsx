import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Grid, Table, Typography, type TableProps } from 'antd';
import type { SortOrder } from 'antd/es/table/interface';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { can } from '../../app/permissions.ts';
import { useSessionUser } from '../../app/auth-context.tsx';
import { LinkButton } from '../../app/link-button.tsx';
import { PageContainer } from '../../app/page-container.tsx';
import { QueryErrorAlert } from '../../app/query-error-alert.tsx';
import type { Hazard, HazardListParams, HazardSort } from './hazard.types.ts';
import { HazardCardList } from './hazard-card-list.tsx';
import { HazardFilters } from './hazard-filters.tsx';
import { ExportButton } from '../transfer/export-button.tsx';
import { hasHazardFilters, PAGE_SIZES, parseHazardListParams, toHazardApiQuery, toHazardSearchParams } from './hazard-list-params.ts';
import { HazardDeadline, HazardGradeTag, HazardStatusTag, SupervisedTag } from './hazard-tags.tsx';
import { formatCityTime } from './hazard-time.ts';
import { useHazards } from './use-hazards.query.ts';

/** The table's sort state for a column, from the `sort` parameter (`-foundAt` is newest first). */
function sortOrderOf(sort: HazardSort, field: 'foundAt' | 'deadline'): SortOrder {
  if (sort === field) return 'ascend';
  if (sort === `-${field}`) return 'descend';
  return null;
}

function sortFrom(field: unknown, order: SortOrder | undefined): HazardSort {
  if (field === 'deadline' && order) return order === 'ascend' ? 'deadline' : '-deadline';
  if (field === 'foundAt' && order === 'ascend') return 'foundAt';
  return '-foundAt';
}

export function HazardListPage() {
  const { t } = useTranslation();
  const user = useSessionUser();
  const screens = Grid.useBreakpoint();
  const [searchParams, setSearchParams] = useSearchParams();
  const params = parseHazardListParams(searchParams);
  const hazards = useHazards(params);

  const update = (changes: Partial<HazardListParams>) => {
    const filterChanged = Object.keys(changes).some((key) => key !== 'page' && key !== 'pageSize');
    setSearchParams(toHazardSearchParams({ ...params, ...changes, ...(filterChanged ? { page: 1 } : {}) }));
  };
  const reset = () => setSearchParams(new URLSearchParams());

  // An enterprise sees only its own hazards: no enterprise column, no district filter.
  const ownEnterprise = user.role === 'enterprise';
  const columns: TableProps<Hazard>['columns'] = [
    {
      title: t('hazard.fields.title'),
      dataIndex: 'title',
      render: (title: string, row) => (
        <span style={{ display: 'inline-flex', flexWrap: 'wrap', alignItems: 'center', gap: 6 }}>
          <Link to={`/hazards/${row.id}`} style={{ fontWeight: 500 }}>
            {title}
          </Link>
          {row.supervised && <SupervisedTag />}
        </span>
      ),
    },
    ...(ownEnterprise
      ? []
      : [
          {
            title: t('hazard.fields.enterprise'),
            dataIndex: 'enterpriseName',
            width: 220,
            ellipsis: true,
          },
        ]),
    {
      title: t('hazard.fields.grade'),
      dataIndex: 'grade',
      width: 100,
      render: (grade: Hazard['grade']) => <HazardGradeTag grade={grade} />,
    },
    {
      title: t('hazard.fields.status'),
      dataIndex: 'status',
      width: 124,
      render: (status: Hazard['status']) => <HazardStatusTag status={status} />,
    },
    {
      title: t('hazard.fields.deadline'),
      dataIndex: 'deadline',
      key: 'deadline',
      width: 160,
      sorter: true,
      sortOrder: sortOrderOf(params.sort, 'deadline'),
      sortDirections: ['ascend', 'descend'],
      render: (deadline: string | null, row) => (
        <HazardDeadline deadline={deadline} overdue={row.overdue} closed={row.status === 'closed'} />
      ),
    },
    {
      title: t('hazard.fields.foundAt'),
      dataIndex: 'foundAt',
      key: 'foundAt',
      width: 160,
      sorter: true,
      sortOrder: sortOrderOf(params.sort, 'foundAt'),
      sortDirections: ['descend', 'ascend'],
      render: (foundAt: string) => (
        <span style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>{formatCityTime(foundAt)}</span>
      ),
    },
  ];

  const filtered = hasHazardFilters(params);
  const empty = (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={filtered ? t('hazard.list.emptyFiltered') : t('hazard.list.empty')}>
      {filtered && <Button onClick={reset}>{t('hazard.list.clearFilters')}</Button>}
    </Empty>
  );
  const pagination = {
    current: params.page,
    pageSize: params.pageSize,
    total: hazards.data?.total ?? 0,
    showSizeChanger: true,
    pageSizeOptions: PAGE_SIZES.map(String),
    showTotal: (total: number) => t('hazard.list.total', { total }),
    onChange: (page: number, pageSize: number) =>
      update(pageSize !== params.pageSize ? { page: 1, pageSize } : { page, pageSize }),
  };

  return (
    <PageContainer
      title={t('hazard.list.title')}
      subtitle={t('hazard.list.subtitle')}
      extra={
        <>
          <ExportButton path="/hazards/export.xlsx" filters={toHazardApiQuery(params)} />
          {can(user, 'hazards.report') && (
            <LinkButton to="/hazards/new" type="primary" icon={<PlusOutlined />}>
              {t('hazard.list.report')}
            </LinkButton>
          )}
        </>
      }
    >
      <HazardFilters params={params} onChange={update} onReset={reset} hideRegion={ownEnterprise} />
      {hazards.isError && <QueryErrorAlert error={hazards.error} onRetry={() => void hazards.refetch()} />}
      {screens.md ? (
        <Card styles={{ body: { padding: '8px 16px 0' } }}>
          <Table<Hazard>
            rowKey="id"
            columns={columns}
            dataSource={hazards.data?.items ?? []}
            loading={hazards.isFetching}
            locale={{ emptyText: hazards.isPending ? ' ' : empty }}
            scroll={{ x: 1000 }}
            onChange={(_pagination, _filters, sorter) => {
              const one = Array.isArray(sorter) ? sorter[0] : sorter;
              const sort = sortFrom(one?.columnKey, one?.order);
              if (sort !== params.sort) update({ sort });
            }}
            pagination={pagination}
          />
        </Card>
      ) : (
        <HazardCardList
          items={hazards.data?.items ?? []}
          loading={hazards.isFetching}
          pending={hazards.isPending}
          empty={empty}
          pagination={pagination}
          hideEnterprise={ownEnterprise}
        />
      )}
      {hazards.data && !screens.md && hazards.data.total > 0 && (
        <Typography.Text type="secondary" style={{ textAlign: 'center' }}>
          {t('hazard.list.total', { total: hazards.data.total })}
        </Typography.Text>
      )}
    </PageContainer>
  );
}
