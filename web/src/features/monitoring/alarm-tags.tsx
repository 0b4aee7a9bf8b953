import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { STATE_COLORS, type EnterpriseAlarmState } from './alarm-state.ts';
import type { AlarmKind, AlarmSeverity, AlarmStatus } from './monitoring.types.ts';

const TAG = { marginInlineEnd: 0 };
const STATUS_COLORS: Record<AlarmStatus, string> = { active: 'error', acknowledged: 'processing', cleared: 'default' };

export function SeverityTag({ severity }: { severity: AlarmSeverity }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATE_COLORS[severity]} variant="solid" style={TAG}>
      {t(`monitoring.severities.${severity}`)}
    </Tag>
  );
}

export function AlarmStatusTag({ status }: { status: AlarmStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[status]} style={TAG}>
      {t(`monitoring.statuses.${status}`)}
    </Tag>
  );
}

export function AlarmKindTag({ kind }: { kind: AlarmKind }) {
  const { t } = useTranslation();
  return <Tag style={TAG}>{t(`monitoring.kinds.${kind}`)}</Tag>;
}

export function StateDot({ state }: { state: EnterpriseAlarmState }) {
  const { t } = useTranslation();
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 6, whiteSpace: 'nowrap' }}>
      <span aria-hidden style={{ width: 10, height: 10, borderRadius: '50%', background: STATE_COLORS[state], display: 'inline-block' }} />
      {t(`monitoring.states.${state}`)}
    </span>
  );
}
