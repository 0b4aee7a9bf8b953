import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Table, Tooltip, Typography, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';
import { can } from '../../app/permissions.ts';
import { useSessionUser } from '../../app/auth-context.tsx';
import { LinkButton } from '../../app/link-button.tsx';
import { PageContainer } from '../../app/page-container.tsx';
import { ExportButton } from '../transfer/export-button.tsx';
import { QueryErrorAlert } from '../../app/query-error-alert.tsx';
import type { Enterprise, EnterpriseListParams } from './enterprise.types.ts';
import { EnterpriseFilters } from './enterprise-filters.tsx';
import { hasFilters, PAGE_SIZES, parseListParams, toSearchParams } from './enterprise-list-params.ts';
import { KeyIndustryTags } from './key-industry-tags.tsx';
import { useEnterprises } from './use-enterprises.query.ts';
import { useDistrictName } from './use-regions.query.ts';

export function EnterpriseListPage() {
  const { t, i18n } = useTranslation();
  const user = useSessionUser();
  const [searchParams, setSearchParams] = useSearchParams();
  const params = parseListParams(searchParams);
  const allowed = can(user, 'enterprises.list');
  const enterprises = useEnterprises(params, { enabled: allowed });
  const districtName = useDistrictName();

  if (!allowed) {
    // Enterprise users have one enterprise: theirs.
    return <Navigate to={user.enterpriseId ? `/enterprises/${user.enterpriseId}` : '/'} replace />;
  }

  const update = (changes: Partial<EnterpriseListParams>) => {
    const filterChanged = Object.keys(changes).some((key) => key !== 'page' && key !== 'pageSize');
    setSearchParams(toSearchParams({ ...params, ...changes, ...(filterChanged ? { page: 1 } : {}) }));
  };
  const reset = () => setSearchParams(new URLSearchParams());
  const numberFormat = new Intl.NumberFormat(i18n.language);

  const columns: TableProps<Enterprise>['columns'] = [
    {
      title: t('enterprise.fields.name'),
      dataIndex: 'name',
      // Takes the width the fixed columns leave: names are what people scan.
      render: (name: string, row) => (
        <Link to={`/enterprises/${row.id}`} style={{ fontWeight: 500 }}>
          {name}
        </Link>
      ),
    },
    {
      title: t('enterprise.fields.creditCode'),
      dataIndex: 'creditCode',
      width: 205,
      render: (code: string) => (
        <Typography.Text
          style={{ fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', whiteSpace: 'nowrap' }}
          copyable
        >
          {code}
        </Typography.Text>
      ),
    },
    {
      title: t('enterprise.fields.industry'),
      dataIndex: 'industryName',
      ellipsis: { showTitle: false },
      width: 170,
      render: (name: string, row) => (
        <Tooltip title={`${row.industryCode} ${name}`} placement="topLeft">
          {name}
        </Tooltip>
      ),
    },
    {
      title: t('enterprise.fields.district'),
      dataIndex: 'regionName',
      width: 100,
      ellipsis: true,
      render: (regionName: string, row) => districtName(row.regionCode) ?? regionName,
    },
    {
      title: t('enterprise.fields.keyIndustries'),
      dataIndex: 'keyIndustries',
      width: 220,
      render: (values: string[], row) => <KeyIndustryTags values={values} highRisk={row.highRisk} />,
    },
    {
      title: t('enterprise.fields.employees'),
      dataIndex: 'employees',
      align: 'right',
      width: 110,
      render: (value: number) => numberFormat.format(value),
    },
  ];

  const filtered = hasFilters(params);
  const empty = (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={filtered ? t('enterprise.list.emptyFiltered') : t('enterprise.list.empty')}
    >
      {filtered && <Button onClick={reset}>{t('enterprise.list.clearFilters')}</Button>}
    </Empty>
  );

  return (
    <PageContainer
      title={t('enterprise.list.title')}
      subtitle={t('enterprise.list.subtitle')}
      extra={
        <>
          <ExportButton path="/enterprises/export.xlsx" filters={{ ...params }} />
          {can(user, 'enterprises.create') && (
            <LinkButton to="/enterprises/import" icon={<UploadOutlined />}>
              {t('nav.enterpriseImport')}
            </LinkButton>
          )}
          {can(user, 'enterprises.create') && (
            <LinkButton to="/enterprises/new" type="primary" icon={<PlusOutlined />}>
              {t('enterprise.list.create')}
            </LinkButton>
          )}
        </>
      }
    >
      <EnterpriseFilters params={params} onChange={update} onReset={reset} />
      {enterprises.isError && (
<QueryErrorAlert error={enterprises.error} onRetry={() => void enterprises.refetch()} />
      )}
      <Card styles={{ body: { padding: '8px 16px 0' } }}>
        <Table<Enterprise>
          rowKey="id"
          columns={columns}
          dataSource={enterprises.data?.items ?? []}
          loading={enterprises.isFetching}
          locale={{ emptyText: enterprises.isPending ? ' ' : empty }}
          scroll={{ x: 1040 }}
          pagination={{
            current: params.page,
            pageSize: params.pageSize,
            total: enterprises.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: PAGE_SIZES.map(String),
            showTotal: (total) => t('enterprise.list.total', { total }),
            onChange: (page, pageSize) =>
              update(pageSize !== params.pageSize ? { page: 1, pageSize } : { page, pageSize }),
          }}
        />
      </Card>
    </PageContainer>
  );
}

