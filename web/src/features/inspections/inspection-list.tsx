import { PlusOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Space, Table, Tag, Typography, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useSessionUser } from '../../app/auth-context.tsx';
import { LinkButton } from '../../app/link-button.tsx';
import { QueryErrorAlert } from '../../app/query-error-alert.tsx';
import { formatCityTime } from '../hazards/hazard-time.ts';
import { canEnforce } from './inspection.policy.ts';
import type { Inspection } from './inspection.types.ts';
import { InspectionFilters } from './inspection-filters.tsx';
import { hasInspectionFilters, PAGE_SIZES, parseInspectionListParams, toInspectionSearchParams, type InspectionListParams } from './inspection-list-params.ts';
import { InspectionStatusTag } from './inspection-status-tag.tsx';
import { useInspections } from './use-inspections.query.ts';
import './inspections.texts.ts';

/** Times of inspections are the city's (Asia/Shanghai), as everywhere in the app: `2026-03-31 17:00`. */
export const formatTime = (iso: string) => formatCityTime(iso);

/** What to do when the list is empty: clear the filters, or where inspections come from. */
function EmptyList({ filtered, onReset }: { filtered: boolean; onReset: () => void }) {
  const { t } = useTranslation();
  const user = useSessionUser();
  if (filtered) {
    return (
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={<><div>{t('inspections.list.noMatchTitle')}</div><Typography.Text type="secondary">{t('inspections.list.noMatchText')}</Typography.Text></>}>
        <Button onClick={onReset}>{t('inspections.list.clearFilters')}</Button>
      </Empty>
    );
  }
  const enforce = canEnforce(user);
  const text = enforce ? t('inspections.list.emptyEnforcer') : user.role === 'enterprise' ? t('inspections.list.emptyEnterprise') : t('inspections.list.emptyOther');
  return (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={<><div>{t('inspections.list.emptyTitle')}</div><Typography.Text type="secondary">{text}</Typography.Text></>} data-testid="inspections-empty">
      {enforce && (
        <Space wrap>
          <LinkButton to="/inspections?tab=draws" icon={<ThunderboltOutlined />}>{t('inspections.list.goDraw')}</LinkButton>
          <LinkButton to="/inspections/new" type="primary" icon={<PlusOutlined />}>{t('inspections.create')}</LinkButton>
        </Space>
      )}
    </Empty>
  );
}

export function InspectionList() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const params = parseInspectionListParams(searchParams);
  const inspections = useInspections(params);
  const update = (changes: Partial<InspectionListParams>) => {
    const filterChanged = Object.keys(changes).some((key) => key !== 'page' && key !== 'pageSize');
    setSearchParams(toInspectionSearchParams({ ...params, ...changes, ...(filterChanged ? { page: 1 } : {}) }));
  };
  const reset = () => setSearchParams(new URLSearchParams());
  const columns: TableProps<Inspection>['columns'] = [
    {
      title: t('inspections.fields.enterprise'),
      dataIndex: 'enterpriseName',
      render: (name: string, row) => (
        <Flex vertical gap={2}>
          <Link to={`/inspections/${row.id}`} style={{ fontWeight: 500 }}>{name}</Link>
          {row.drawNumber && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('inspections.fields.draw')}：{row.drawNumber}</Typography.Text>}
          {row.orderDocumentNumber && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('inspections.reinspection.order')}：{row.orderDocumentNumber}</Typography.Text>}
        </Flex>
      ),
    },
    {
      title: t('inspections.fields.kind'),
      dataIndex: 'kind',
      width: 104,
      render: (kind: Inspection['kind']) => <Tag color={kind === 're_inspection' ? 'cyan' : 'blue'}>{t(`inspections.kinds.${kind}`)}</Tag>,
    },
    { title: t('inspections.fields.status'), dataIndex: 'status', width: 128, render: (status: Inspection['status']) => <InspectionStatusTag status={status} /> },
    { title: t('inspections.fields.time'), dataIndex: 'startedAt', width: 150, render: formatTime },
    { title: t('inspections.fields.officers'), dataIndex: 'officerNames', width: 170, ellipsis: true, render: (names: string[]) => names.join('、') },
    { title: t('inspections.fields.department'), dataIndex: 'departmentName', width: 180, ellipsis: true },
  ];
  const filtered = hasInspectionFilters(params);
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <InspectionFilters params={params} onChange={update} onReset={reset} />
      {inspections.isError && <QueryErrorAlert error={inspections.error} onRetry={() => void inspections.refetch()} />}
      <Table<Inspection>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={inspections.data?.items ?? []}
        loading={inspections.isFetching}
        scroll={{ x: 900 }}
        locale={{ emptyText: inspections.isPending ? ' ' : <EmptyList filtered={filtered} onReset={reset} /> }}
        pagination={{
          current: params.page,
          pageSize: params.pageSize,
          total: inspections.data?.total ?? 0,
          pageSizeOptions: PAGE_SIZES.map(String),
          showSizeChanger: true,
          onChange: (page, pageSize) => update({ page, pageSize }),
          showTotal: (total) => t('inspections.total', { total }),
          hideOnSinglePage: false,
        }}
        style={{ background: '#fff', borderRadius: 8 }}
      />
    </Space>
  );
}
