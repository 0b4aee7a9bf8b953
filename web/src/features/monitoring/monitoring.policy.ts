import type { SessionUser } from '../../app/session.types.ts';
import { alarmAcknowledgers } from '../../../../core/monitoring/monitoring-roles.ts';

/** The monitoring wall is for those who act on alarms: the city, the departments and the enterprise on duty. */
export function canSeeMonitoring(user: SessionUser): boolean {
  return user.role === 'admin' || user.role === 'regulator' || user.role === 'inspector' || user.role === 'enterprise';
}

/** Who may acknowledge: the server's alarmAcknowledgers (inspectors read only); the server decides on scope. */
export function canAcknowledgeAlarm(user: SessionUser): boolean {
  return alarmAcknowledgers.includes(user.role);
}
