import { ClockCircleOutlined, FlagFilled } from '@ant-design/icons';
import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { HazardGrade, HazardStatus } from './hazard.types.ts';
import { formatCityTime } from './hazard-time.ts';

const STATUS_COLORS: Record<HazardStatus, string> = {
  reported: 'gold',
  rectifying: 'processing',
  pending_review: 'purple',
  closed: 'success',
};

const TAG = { marginInlineEnd: 0 };

export function HazardGradeTag({ grade }: { grade: HazardGrade }) {
  const { t } = useTranslation();
  return grade === 'major' ? (
    <Tag color="error" variant="solid" style={TAG}>
      {t('hazard.grades.major')}
    </Tag>
  ) : (
    <Tag color="blue" style={TAG}>
      {t('hazard.grades.general')}
    </Tag>
  );
}

export function HazardStatusTag({ status }: { status: HazardStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[status]} style={TAG}>
      {t(`hazard.statuses.${status}`)}
    </Tag>
  );
}

export function OverdueTag() {
  const { t } = useTranslation();
  return (
    <Tag color="error" icon={<ClockCircleOutlined />} style={TAG}>
      {t('hazard.overdueTag')}
    </Tag>
  );
}

export function SupervisedTag() {
  const { t } = useTranslation();
  return (
    <Tag color="volcano" icon={<FlagFilled />} style={TAG}>
      {t('hazard.supervisedTag')}
    </Tag>
  );
}

interface HazardDeadlineProps {
  deadline: string | null;
  overdue: boolean;
  /** A hazard closed without a deadline (rectified on the spot) never had one to set. */
  closed?: boolean;
}

/** The effective deadline in city time, with the overdue tag when it has passed on an open hazard. */
export function HazardDeadline({ deadline, overdue, closed = false }: HazardDeadlineProps) {
  const { t } = useTranslation();
  if (!deadline) {
    return <Typography.Text type="secondary">{closed ? t('common.none') : t('hazard.list.noDeadline')}</Typography.Text>;
  }
  return (
    <span style={{ display: 'inline-flex', flexWrap: 'wrap', alignItems: 'center', gap: 6 }}>
      <Typography.Text type={overdue ? 'danger' : undefined} style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
        {formatCityTime(deadline)}
      </Typography.Text>
      {overdue && <OverdueTag />}
    </span>
  );
}
