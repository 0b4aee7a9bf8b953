import { Card, Descriptions, Empty, Flex, Result, Skeleton, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../app/api-client.ts';
import { LinkButton } from '../../app/link-button.tsx';
import { PageContainer } from '../../app/page-container.tsx';
import { QueryErrorAlert } from '../../app/query-error-alert.tsx';
import { formatCityTime } from '../hazards/hazard-time.ts';
import { IndustryName } from '../organisations/industry-name.tsx';
import { KeyIndustryTags } from '../organisations/key-industry-tags.tsx';
import { useDistrictName } from '../organisations/use-regions.query.ts';
import type { Plan, Task } from './investigation.types.ts';
import { FrequencyTag, PlanActiveTag } from './plan-tags.tsx';
import { TaskDue, taskPeriodText, TaskStatusTag } from './task-tags.tsx';
import { usePlan, useTasks } from './use-investigations.query.ts';

function PlanDescriptions({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const filter = plan.filter;
  const districtName = useDistrictName();
  return (
    <Card title={t('investigation.plans.basic')}>
      <Descriptions
        column={{ xs: 1, md: 2 }}
        size="small"
        bordered
        items={[
          { key: 'checklist', label: t('investigation.fields.checklist'), children: plan.checklist.name, span: 2 },
          { key: 'frequency', label: t('investigation.fields.frequency'), children: <FrequencyTag frequency={plan.frequency} /> },
          { key: 'dates', label: t('investigation.fields.dates'), children: `${plan.startDate} – ${plan.endDate}` },
          {
            key: 'keyAreas',
            label: t('investigation.fields.keyAreas'),
            span: 2,
            children: (
              <Flex gap={4} wrap>
                {plan.keyAreas.map((area) => (
                  <Tag key={area} style={{ marginInlineEnd: 0 }}>
                    {area}
                  </Tag>
                ))}
              </Flex>
            ),
          },
          { key: 'count', label: t('investigation.fields.enterpriseCount'), children: plan.enterpriseCount },
          {
            key: 'filter',
            label: t('investigation.plans.chosenBy'),
            children: filter ? (
              <Flex gap={6} wrap align="center">
                {t('investigation.planForm.byFilter')}
                {filter.keyIndustry && <KeyIndustryTags values={[filter.keyIndustry]} />}
                {filter.regionCodes?.map((code) => (
                  <Tag key={code} style={{ marginInlineEnd: 0 }}>
                    {code.length === 6 ? (districtName(code) ?? code) : code}
                  </Tag>
                ))}
                {filter.industryCodes?.map((code) => (
                  <Tag key={code} style={{ marginInlineEnd: 0 }}>
                    <IndustryName code={code} />
                  </Tag>
                ))}
              </Flex>
            ) : (
              t('investigation.planForm.byList')
            ),
          },
          {
            key: 'createdBy',
            label: t('investigation.plans.createdBy'),
            span: 2,
            children: `${plan.createdBy.name} · ${formatCityTime(plan.createdAt)}`,
          },
        ]}
      />
    </Card>
  );
}

function PlanTasks({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const tasks = useTasks({ planId, page, pageSize: 20 });
  if (tasks.isError) return <QueryErrorAlert error={tasks.error} onRetry={() => void tasks.refetch()} />;
  const columns = [
    {
      title: t('investigation.fields.enterprise'),
      dataIndex: 'enterpriseName',
      render: (name: string, row: Task) => <Link to={`/investigation-tasks/${row.id}`}>{name}</Link>,
    },
    { title: t('investigation.fields.period'), key: 'period', width: 220, render: (_: unknown, row: Task) => taskPeriodText(row.periodStart, row.dueAt) },
    { title: t('investigation.fields.dueAt'), dataIndex: 'dueAt', width: 160, render: (dueAt: string, row: Task) => <TaskDue dueAt={dueAt} status={row.status} /> },
    { title: t('investigation.fields.status'), dataIndex: 'status', width: 140, render: (status: Task['status']) => <TaskStatusTag status={status} /> },
  ];
  return (
    <Card title={t('investigation.plans.tasks')} styles={{ body: { padding: '8px 16px 0' } }}>
      <Table<Task>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={tasks.data?.items ?? []}
        loading={tasks.isFetching}
        scroll={{ x: 640 }}
        locale={{ emptyText: tasks.isPending ? ' ' : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('investigation.tasks.empty')} /> }}
        pagination={{ current: page, pageSize: 20, total: tasks.data?.total ?? 0, showSizeChanger: false, onChange: setPage, size: 'small' }}
      />
    </Card>
  );
}

export function PlanDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const plan = usePlan(id);
  if (plan.isPending) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 6 }} />
      </Card>
    );
  }
  if (plan.isError) {
    if (isApiError(plan.error, 'NOT_FOUND') || isApiError(plan.error, 'VALIDATION_FAILED')) {
      return (
        <Card>
          <Result
            status="404"
            title={t('investigation.plans.notFound')}
            extra={
              <LinkButton to="/investigation-plans" type="primary">
                {t('investigation.plans.backToList')}
              </LinkButton>
            }
          />
        </Card>
      );
    }
    return <QueryErrorAlert error={plan.error} onRetry={() => void plan.refetch()} />;
  }
  return (
    <PageContainer title={plan.data.name} tags={<PlanActiveTag active={plan.data.active} />}>
      <PlanDescriptions plan={plan.data} />
      <PlanTasks planId={plan.data.id} />
    </PageContainer>
  );
}

