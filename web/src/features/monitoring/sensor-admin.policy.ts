import { can } from '../../app/permissions.ts';
import type { SessionUser } from '../../app/session.types.ts';

/** An enterprise officer acts for their own enterprise only; the others within the scope the server checks. */
const forEnterprise = (user: SessionUser, enterpriseId: string) => user.role !== 'enterprise' || user.enterpriseId === enterpriseId;

/** Register, edit, deactivate and silence sensors (core/auth/permissions.ts `sensors.manage`). */
export function canManageSensors(user: SessionUser, enterpriseId: string): boolean {
  return can(user, 'sensors.manage') && forEnterprise(user, enterpriseId);
}

/** See, create and revoke device keys (`deviceKeys.manage`: others are refused the list too). */
export function canManageDeviceKeys(user: SessionUser, enterpriseId: string): boolean {
  return can(user, 'deviceKeys.manage') && forEnterprise(user, enterpriseId);
}
