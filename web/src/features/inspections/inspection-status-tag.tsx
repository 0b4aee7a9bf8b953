import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { InspectionStatus } from './inspection.types.ts';
import './inspections.texts.ts';

const COLORS: Record<InspectionStatus, string> = { no_findings: 'default', order_pending: 'warning', rectifying: 'processing', rectified: 'success' };

export function InspectionStatusTag({ status }: { status: InspectionStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status]} data-testid="inspection-status" data-status={status}>{t(`inspections.statuses.${status}`)}</Tag>;
}
