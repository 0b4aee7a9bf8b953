import { Card, Empty, Flex, Grid, Pagination, Select, Skeleton, Spin, Table, Typography, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useSessionUser } from '../../app/auth-context.tsx';
import { PageContainer } from '../../app/page-container.tsx';
import { QueryErrorAlert } from '../../app/query-error-alert.tsx';
import { seesManyEnterprises } from './investigation.policy.ts';
import { isTaskStatus, TASK_STATUSES, type Task, type TaskListParams } from './investigation.types.ts';
import { parseTaskListParams, TASK_PAGE_SIZES, toTaskSearchParams } from './task-list-params.ts';
import { TaskDue, taskPeriodText, TaskStatusTag } from './task-tags.tsx';
import { usePlans, useTasks } from './use-investigations.query.ts';

/** Open tasks lead the page (the server orders by due date, newest first). */
function openFirst(tasks: readonly Task[]): Task[] {
  return [...tasks].sort((a, b) => Number(b.status === 'open') - Number(a.status === 'open'));
}

function TaskCards({ items }: { items: Task[] }) {
  const { t } = useTranslation();
  const user = useSessionUser();
  return (
    <Flex vertical gap={8} data-testid="task-cards">
      {items.map((task) => (
        <Link key={task.id} to={`/investigation-tasks/${task.id}`} style={{ color: 'inherit' }}>
          <Card size="small" hoverable styles={{ body: { padding: 12 } }}>
            <Flex vertical gap={6}>
              <Flex justify="space-between" align="flex-start" gap={8}>
                <Typography.Text strong style={{ fontSize: 15, color: '#1459c7' }}>
                  {task.planName}
                </Typography.Text>
                <TaskStatusTag status={task.status} />
              </Flex>
              {seesManyEnterprises(user) && (
                <Typography.Text type="secondary" ellipsis>
                  {task.enterpriseName}
                </Typography.Text>
              )}
              <Flex justify="space-between" gap={8} wrap style={{ fontSize: 13 }}>
                <Typography.Text type="secondary">{taskPeriodText(task.periodStart, task.dueAt)}</Typography.Text>
                <span>
                  <Typography.Text type="secondary">{t('investigation.fields.dueAt')}{t('common.colon')}</Typography.Text>
                  <TaskDue dueAt={task.dueAt} status={task.status} />
                </span>
              </Flex>
            </Flex>
          </Card>
        </Link>
      ))}
    </Flex>
  );
}

export function TaskListPage() {
  const { t } = useTranslation();
  const user = useSessionUser();
  const screens = Grid.useBreakpoint();
  const [searchParams, setSearchParams] = useSearchParams();
  const params = parseTaskListParams(searchParams);
  const tasks = useTasks(params);
  const many = seesManyEnterprises(user);
  const plans = usePlans(1);

  const update = (changes: Partial<TaskListParams>) => {
    const filterChanged = Object.keys(changes).some((key) => key !== 'page' && key !== 'pageSize');
    setSearchParams(toTaskSearchParams({ ...params, ...changes, ...(filterChanged ? { page: 1 } : {}) }));
  };

  const columns: TableProps<Task>['columns'] = [
    {
      title: t('investigation.fields.plan'),
      dataIndex: 'planName',
      render: (name: string, row) => (
        <Link to={`/investigation-tasks/${row.id}`} style={{ fontWeight: 500 }}>
          {name}
        </Link>
      ),
    },
    ...(many ? [{ title: t('investigation.fields.enterprise'), dataIndex: 'enterpriseName', width: 240, ellipsis: true }] : []),
    {
      title: t('investigation.fields.period'),
      key: 'period',
      width: 220,
      render: (_: unknown, row: Task) => (
        <span style={{ fontVariantNumeric: 'tabular-nums' }}>{taskPeriodText(row.periodStart, row.dueAt)}</span>
      ),
    },
    {
      title: t('investigation.fields.dueAt'),
      dataIndex: 'dueAt',
      width: 160,
      render: (dueAt: string, row) => <TaskDue dueAt={dueAt} status={row.status} />,
    },
    {
      title: t('investigation.fields.status'),
      dataIndex: 'status',
      width: 140,
      render: (status: Task['status']) => <TaskStatusTag status={status} />,
    },
  ];

  const items = openFirst(tasks.data?.items ?? []);
  const filtered = Boolean(params.planId || params.status);
  const empty = (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={filtered ? t('investigation.tasks.emptyFiltered') : t('investigation.tasks.empty')}
    />
  );
  const pagination = {
    current: params.page,
    pageSize: params.pageSize,
    total: tasks.data?.total ?? 0,
    showSizeChanger: true,
    pageSizeOptions: TASK_PAGE_SIZES.map(String),
    showTotal: (total: number) => t('investigation.tasks.total', { total }),
    onChange: (page: number, pageSize: number) =>
      update(pageSize !== params.pageSize ? { page: 1, pageSize } : { page, pageSize }),
  };
  const narrow = !screens.sm;

  return (
    <PageContainer
      title={many ? t('investigation.tasks.title') : t('investigation.tasks.myTitle')}
      subtitle={many ? t('investigation.tasks.subtitle') : t('investigation.tasks.mySubtitle')}
    >
      <Card styles={{ body: { padding: narrow ? 12 : 16 } }}>
        <Flex gap={12} wrap>
          <Select
            allowClear
            placeholder={t('investigation.tasks.planPlaceholder')}
            aria-label={t('investigation.tasks.planPlaceholder')}
            value={params.planId}
            onChange={(planId: string | undefined) => update({ planId })}
            options={(plans.data?.items ?? []).map((plan) => ({ value: plan.id, label: plan.name }))}
            loading={plans.isPending}
            style={{ width: narrow ? '100%' : 280 }}
          />
          <Select
            allowClear
            placeholder={t('investigation.tasks.statusPlaceholder')}
            aria-label={t('investigation.tasks.statusPlaceholder')}
            value={params.status}
            onChange={(value: string | undefined) => update({ status: isTaskStatus(value) ? value : undefined })}
            options={TASK_STATUSES.map((value) => ({ value, label: t(`investigation.taskStatuses.${value}`) }))}
            style={{ width: narrow ? '100%' : 160 }}
          />
        </Flex>
      </Card>
      {tasks.isError && <QueryErrorAlert error={tasks.error} onRetry={() => void tasks.refetch()} />}
      {screens.md ? (
        <Card styles={{ body: { padding: '8px 16px 0' } }}>
          <Table<Task>
            rowKey="id"
            columns={columns}
            dataSource={items}
            loading={tasks.isFetching}
            locale={{ emptyText: tasks.isPending ? ' ' : empty }}
            pagination={pagination}
          />
        </Card>
      ) : tasks.isPending ? (
        <Card>
          <Skeleton active paragraph={{ rows: 4 }} />
        </Card>
      ) : items.length === 0 ? (
        <Card>{empty}</Card>
      ) : (
        <Spin spinning={tasks.isFetching}>
          <TaskCards items={items} />
          <Pagination
            size="small"
            align="center"
            simple
            current={pagination.current}
            pageSize={pagination.pageSize}
            total={pagination.total}
            onChange={pagination.onChange}
            style={{ marginTop: 16 }}
          />
        </Spin>
      )}
    </PageContainer>
  );
}
