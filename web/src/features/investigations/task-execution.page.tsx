import { Alert, App, Card, Descriptions, Flex, Result, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../app/api-client.ts';
import { useSessionUser } from '../../app/auth-context.tsx';
import { LinkButton } from '../../app/link-button.tsx';
import { PageContainer } from '../../app/page-container.tsx';
import { QueryErrorAlert } from '../../app/query-error-alert.tsx';
import { formatCityTime } from '../hazards/hazard-time.ts';
import { canExecuteTask, seesManyEnterprises } from './investigation.policy.ts';
import type { TaskDetail } from './investigation.types.ts';
import { TaskChecklistForm } from './task-checklist-form.tsx';
import { TaskResultsCard } from './task-results-card.tsx';
import { taskPeriodText, TaskStatusTag } from './task-tags.tsx';
import { useExecuteTask, useTask } from './use-investigations.query.ts';
import { apiErrorText } from '../../app/api-error-text.ts';

function TaskSummaryCard({ task }: { task: TaskDetail }) {
  const { t } = useTranslation();
  const user = useSessionUser();
  return (
    <Card size="small">
      <Descriptions
        column={{ xs: 1, md: 2 }}
        size="small"
        items={[
          ...(seesManyEnterprises(user)
            ? [{ key: 'enterprise', label: t('investigation.fields.enterprise'), children: task.enterpriseName }]
            : []),
          { key: 'period', label: t('investigation.fields.period'), children: taskPeriodText(task.periodStart, task.dueAt) },
          { key: 'dueAt', label: t('investigation.fields.dueAt'), children: formatCityTime(task.dueAt) },
          { key: 'checklist', label: t('investigation.fields.checklist'), children: task.checklist.name },
          {
            key: 'keyAreas',
            label: t('investigation.fields.keyAreas'),
            children: (
              <Flex gap={4} wrap>
                {task.keyAreas.map((area) => (
                  <Tag key={area} style={{ marginInlineEnd: 0 }}>
                    {area}
                  </Tag>
                ))}
              </Flex>
            ),
          },
          ...(task.completedAt
            ? [
                {
                  key: 'completed',
                  label: t('investigation.fields.completedAt'),
                  children: `${formatCityTime(task.completedAt)} · ${task.completedBy?.name ?? ''}`,
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}

function CreatedHazards({ task }: { task: TaskDetail }) {
  const { t } = useTranslation();
  const created = task.results.filter((result) => result.hazardId);
  const items = new Map(task.items.map((item) => [item.code, item]));
  return (
    <Card data-testid="task-done">
      <Result
        status="success"
        style={{ padding: '16px 0' }}
        title={t('investigation.execution.doneTitle')}
        subTitle={
          created.length === 0
            ? t('investigation.execution.doneNoHazards')
            : t('investigation.execution.doneHazards', { count: created.length })
        }
      />
      {created.length > 0 && (
        <Flex vertical gap={8}>
          {created.map((result) => {
            const item = items.get(result.itemCode);
            return (
              <Flex key={result.itemCode} gap={8} align="center" wrap>
                {item?.isMajorCriterion ? (
                  <Tag color="error" variant="solid" style={{ marginInlineEnd: 0 }}>
                    {t('hazard.grades.major')}
                  </Tag>
                ) : (
                  <Tag color="blue" style={{ marginInlineEnd: 0 }}>
                    {t('hazard.grades.general')}
                  </Tag>
                )}
                <Link to={`/hazards/${result.hazardId ?? ''}`} data-testid="created-hazard" style={{ minWidth: 0 }}>
                  {item?.content ?? result.itemCode}
                </Link>
              </Flex>
            );
          })}
        </Flex>
      )}
    </Card>
  );
}

export function TaskExecutionPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const user = useSessionUser();
  const { message } = App.useApp();
  const task = useTask(id);
  const execute = useExecuteTask(id);
  const [justDone, setJustDone] = useState(false);

  if (task.isPending) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );
  }
  if (task.isError) {
    if (isApiError(task.error, 'NOT_FOUND') || isApiError(task.error, 'VALIDATION_FAILED')) {
      return (
        <Card>
          <Result
            status="404"
            title={t('investigation.execution.notFound')}
            extra={
              <LinkButton to="/investigation-tasks" type="primary">
                {t('investigation.execution.backToTasks')}
              </LinkButton>
            }
          />
        </Card>
      );
    }
    return <QueryErrorAlert error={task.error} onRetry={() => void task.refetch()} />;
  }

  const data = task.data;
  const executable = data.status === 'open' && canExecuteTask(user, data);
  return (
    <PageContainer
      title={data.planName}
      tags={<TaskStatusTag status={data.status} />}
      subtitle={seesManyEnterprises(user) ? data.enterpriseName : taskPeriodText(data.periodStart, data.dueAt)}
    >
      <TaskSummaryCard task={data} />
      {justDone && data.status === 'done' && <CreatedHazards task={data} />}
      {data.status === 'missed' && <Alert type="error" showIcon title={t('investigation.execution.missed')} />}
      {data.status === 'open' && !canExecuteTask(user, data) && (
        <Alert type="info" showIcon title={t('investigation.execution.waiting')} />
      )}
      {executable && data.items.length === 0 && (
        <Alert type="warning" showIcon title={t('investigation.execution.noItems')} />
      )}
      {executable && data.items.length > 0 && (
        <>
          <Typography.Text type="secondary">{t('investigation.execution.hint')}</Typography.Text>
          <TaskChecklistForm
            items={data.items}
            submitting={execute.isPending}
            onSubmit={(results) =>
              execute.mutate(results, {
                onSuccess: () => {
                  setJustDone(true);
                  window.scrollTo({ top: 0 });
                },
                onError: (error) => void message.error(apiErrorText(t, error)),
              })
            }
          />
        </>
      )}
      {data.status === 'done' && data.results.length > 0 && <TaskResultsCard task={data} />}
    </PageContainer>
  );
}
