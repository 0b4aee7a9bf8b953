import { PlusOutlined } from '@ant-design/icons';
import { Card, Empty, Flex, Grid, Pagination, Skeleton, Table, Typography, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { can } from '../../app/permissions.ts';
import { useSessionUser } from '../../app/auth-context.tsx';
import { LinkButton } from '../../app/link-button.tsx';
import { PageContainer } from '../../app/page-container.tsx';
import { QueryErrorAlert } from '../../app/query-error-alert.tsx';
import type { Plan } from './investigation.types.ts';
import { FrequencyTag, PlanActiveTag } from './plan-tags.tsx';
import { usePlans } from './use-investigations.query.ts';

const dates = (plan: Plan) => `${plan.startDate} – ${plan.endDate}`;

export function PlanListPage() {
  const { t } = useTranslation();
  const user = useSessionUser();
  const screens = Grid.useBreakpoint();
  const [searchParams, setSearchParams] = useSearchParams();
  const page = Math.max(1, Number(searchParams.get('page')) || 1);
  const plans = usePlans(page);
  const setPage = (next: number) => setSearchParams(next > 1 ? { page: String(next) } : {});

  const columns: TableProps<Plan>['columns'] = [
    {
      title: t('investigation.fields.planName'),
      dataIndex: 'name',
      render: (name: string, row) => (
        <Link to={`/investigation-plans/${row.id}`} style={{ fontWeight: 500 }}>
          {name}
        </Link>
      ),
    },
    { title: t('investigation.fields.checklist'), dataIndex: ['checklist', 'name'], ellipsis: true, width: 280 },
    {
      title: t('investigation.fields.frequency'),
      dataIndex: 'frequency',
      width: 100,
      render: (frequency: Plan['frequency']) => <FrequencyTag frequency={frequency} />,
    },
    {
      title: t('investigation.fields.dates'),
      key: 'dates',
      width: 220,
      render: (_: unknown, row) => <span style={{ fontVariantNumeric: 'tabular-nums' }}>{dates(row)}</span>,
    },
    { title: t('investigation.fields.enterpriseCount'), dataIndex: 'enterpriseCount', width: 110, align: 'right' },
    { title: t('investigation.fields.status'), dataIndex: 'active', width: 100, render: (active: boolean) => <PlanActiveTag active={active} /> },
  ];
  const empty = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('investigation.plans.empty')} />;

  return (
    <PageContainer
      title={t('investigation.plans.title')}
      subtitle={t('investigation.plans.subtitle')}
      extra={
        can(user, 'investigations.plan') && (
          <LinkButton to="/investigation-plans/new" type="primary" icon={<PlusOutlined />}>
            {t('investigation.plans.create')}
          </LinkButton>
        )
      }
    >
      {plans.isError && <QueryErrorAlert error={plans.error} onRetry={() => void plans.refetch()} />}
      {screens.md ? (
        <Card styles={{ body: { padding: '8px 16px 0' } }}>
          <Table<Plan>
            rowKey="id"
            columns={columns}
            dataSource={plans.data?.items ?? []}
            loading={plans.isFetching}
            locale={{ emptyText: plans.isPending ? ' ' : empty }}
            pagination={{
              current: page,
              pageSize: 20,
              total: plans.data?.total ?? 0,
              showSizeChanger: false,
              showTotal: (total) => t('investigation.plans.total', { total }),
              onChange: setPage,
            }}
          />
        </Card>
      ) : plans.isPending ? (
        <Card>
          <Skeleton active />
        </Card>
      ) : (plans.data?.items.length ?? 0) === 0 ? (
        <Card>{empty}</Card>
      ) : (
        <Flex vertical gap={8}>
          {plans.data?.items.map((plan) => (
            <Link key={plan.id} to={`/investigation-plans/${plan.id}`} style={{ color: 'inherit' }}>
              <Card size="small" hoverable styles={{ body: { padding: 12 } }}>
                <Flex vertical gap={6}>
                  <Typography.Text strong style={{ fontSize: 15, color: '#1459c7' }}>
                    {plan.name}
                  </Typography.Text>
                  <Flex gap={6} wrap>
                    <FrequencyTag frequency={plan.frequency} />
                    <PlanActiveTag active={plan.active} />
                  </Flex>
                  <Typography.Text type="secondary" ellipsis>
                    {plan.checklist.name}
                  </Typography.Text>
                  <Flex justify="space-between" style={{ fontSize: 13 }}>
                    <Typography.Text type="secondary">{dates(plan)}</Typography.Text>
                    <Typography.Text type="secondary">
                      {t('investigation.plans.enterprises', { count: plan.enterpriseCount })}
                    </Typography.Text>
                  </Flex>
                </Flex>
              </Card>
            </Link>
          ))}
          <Pagination simple size="small" align="center" current={page} pageSize={20} total={plans.data?.total ?? 0} onChange={setPage} />
        </Flex>
      )}
    </PageContainer>
  );
}
