import type { SessionUser } from '../../app/session.types.ts';
import { deviceKeyManagers, sensorManagers } from '../../../../core/monitoring/monitoring-roles.ts';

/** An enterprise officer acts for their own enterprise only; the others within the scope the server checks. */
const forEnterprise = (user: SessionUser, enterpriseId: string) => user.role !== 'enterprise' || user.enterpriseId === enterpriseId;

/** Register, edit, deactivate and silence sensors (the server's sensorManagers). */
export function canManageSensors(user: SessionUser, enterpriseId: string): boolean {
  return sensorManagers.includes(user.role) && forEnterprise(user, enterpriseId);
}

/** See, create and revoke device keys (the server's deviceKeyManagers: others are refused the list too). */
export function canManageDeviceKeys(user: SessionUser, enterpriseId: string): boolean {
  return deviceKeyManagers.includes(user.role) && forEnterprise(user, enterpriseId);
}
