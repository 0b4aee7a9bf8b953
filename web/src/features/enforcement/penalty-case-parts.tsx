import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import './penalty-cases.texts.ts';
import type { CaseStatus } from './use-penalty-cases.query.ts';

/** The statuses in procedure order (core/enforcement/case.schema.ts), for filters. */
export const CASE_STATUSES = ['registered', 'investigating', 'notified', 'hearing', 'decided', 'executing', 'closed', 'no_penalty', 'withdrawn', 'transferred'] as const satisfies readonly CaseStatus[];

const COLORS: Record<CaseStatus, string> = {
  registered: 'default',
  investigating: 'blue',
  notified: 'geekblue',
  hearing: 'purple',
  decided: 'orange',
  executing: 'gold',
  closed: 'green',
  no_penalty: 'default',
  withdrawn: 'default',
  transferred: 'cyan',
};

export function CaseStatusTag({ status }: { status: CaseStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status]}>{t(`penaltyCases.statuses.${status}`)}</Tag>;
}
