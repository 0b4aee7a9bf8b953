import { SendOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Progress, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistItemView, TaskResultInput } from './investigation.types.ts';
import { ChecklistItemCard } from './checklist-item-card.tsx';
import { summarise, toResults, type Answers } from './task-execution-state.ts';

interface TaskChecklistFormProps {
  items: readonly ChecklistItemView[];
  submitting?: boolean;
  onSubmit: (results: TaskResultInput[]) => void;
}

/**
 * Works through a task's checklist on a phone: one card per item, a sticky bar with the progress and the submit
 * button, which stays off until every item has an outcome; the confirmation says how many hazards will be made.
 */
export function TaskChecklistForm({ items, submitting = false, onSubmit }: TaskChecklistFormProps) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const [answers, setAnswers] = useState<Answers>({});
  const summary = summarise(items, answers);

  const confirm = () => {
    void modal.confirm({
      title: t('investigation.execution.confirmTitle'),
      content:
        summary.failed === 0
          ? t('investigation.execution.confirmNoHazards', { total: summary.total })
          : t('investigation.execution.confirmHazards', { count: summary.failed, major: summary.failedMajor }),
      okText: t('investigation.execution.submit'),
      cancelText: t('common.cancel'),
      okButtonProps: { danger: summary.failed > 0, ...{ 'data-testid': 'task-confirm-ok' } },
      onOk: () => onSubmit(toResults(items, answers)),
    });
  };

  const percent = summary.total === 0 ? 0 : Math.round((summary.answered / summary.total) * 100);
  return (
    <Flex vertical gap={12} data-testid="task-checklist-form">
      {items.map((item, index) => (
        <ChecklistItemCard
          key={item.code}
          index={index}
          item={item}
          answer={answers[item.code] ?? {}}
          onChange={(answer) => setAnswers((current) => ({ ...current, [item.code]: answer }))}
          disabled={submitting}
        />
      ))}
      <Card
        size="small"
        style={{ position: 'sticky', bottom: 0, zIndex: 5, boxShadow: '0 -2px 10px rgba(0, 21, 41, 0.10)' }}
        styles={{ body: { padding: '10px 14px' } }}
      >
        <Flex align="center" gap={12} wrap>
          <Flex vertical style={{ flex: 1, minWidth: 160 }}>
            <Typography.Text data-testid="task-progress" style={{ fontSize: 13 }}>
              {t('investigation.execution.progress', { answered: summary.answered, total: summary.total })}
              {summary.failed > 0 && (
                <Typography.Text type="danger" style={{ fontSize: 13 }}>
                  {' · '}
                  {t('investigation.execution.failedCount', { count: summary.failed })}
                </Typography.Text>
              )}
            </Typography.Text>
            <Progress percent={percent} showInfo={false} size="small" status={summary.canSubmit ? 'success' : 'active'} />
          </Flex>
          <Button
            type="primary"
            size="large"
            icon={<SendOutlined />}
            disabled={!summary.canSubmit}
            loading={submitting}
            onClick={confirm}
            data-testid="task-submit"
          >
            {t('investigation.execution.submit')}
          </Button>
        </Flex>
        {summary.photosPending && (
          <Typography.Text type="warning" style={{ fontSize: 12 }}>
            {t('investigation.execution.photosPending')}
          </Typography.Text>
        )}
      </Card>
    </Flex>
  );
}
