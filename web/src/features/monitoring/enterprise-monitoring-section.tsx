import { Space } from 'antd';
import { useSessionUser } from '../../app/auth-context.tsx';
import { can } from '../../app/permissions.ts';
import { EnterpriseDeviceKeysCard } from './enterprise-device-keys-card.tsx';
import { EnterpriseSensorsCard } from './enterprise-sensors-card.tsx';
import { canManageDeviceKeys } from './sensor-admin.policy.ts';

/** The monitoring part of an enterprise's page: its sensors, and its device keys for those who manage them. */
export function EnterpriseMonitoringSection({ enterpriseId }: { enterpriseId: string }) {
  const user = useSessionUser();
  if (!can(user, 'monitoring.view')) return null;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <EnterpriseSensorsCard enterpriseId={enterpriseId} />
      {canManageDeviceKeys(user, enterpriseId) && <EnterpriseDeviceKeysCard enterpriseId={enterpriseId} />}
    </Space>
  );
}
