import { CheckCircleOutlined, ClockCircleOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatCityTime } from '../hazards/hazard-time.ts';
import type { TaskStatus } from './investigation.types.ts';

const TAG = { marginInlineEnd: 0 };

export function TaskStatusTag({ status }: { status: TaskStatus }) {
  const { t } = useTranslation();
  if (status === 'done') {
    return (
      <Tag color="success" icon={<CheckCircleOutlined />} style={TAG}>
        {t('investigation.taskStatuses.done')}
      </Tag>
    );
  }
  if (status === 'missed') {
    return (
      <Tag color="error" icon={<ExclamationCircleOutlined />} style={TAG}>
        {t('investigation.taskStatuses.missed')}
      </Tag>
    );
  }
  return (
    <Tag color="processing" icon={<ClockCircleOutlined />} style={TAG}>
      {t('investigation.taskStatuses.open')}
    </Tag>
  );
}

/** The due time in city time; red when missed. */
export function TaskDue({ dueAt, status }: { dueAt: string; status: TaskStatus }) {
  return (
    <Typography.Text
      type={status === 'missed' ? 'danger' : undefined}
      style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}
    >
      {formatCityTime(dueAt)}
    </Typography.Text>
  );
}

/** A task's period as the city's calendar has it: `2026-11-30` for a day, `2026-11-01 – 2026-11-30` otherwise. */
export function taskPeriodText(periodStart: string, dueAt: string): string {
  const start = formatCityTime(periodStart).slice(0, 10);
  const end = formatCityTime(dueAt).slice(0, 10);
  return start === end ? start : `${start} – ${end}`;
}
