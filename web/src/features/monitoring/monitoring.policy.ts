import type { SessionUser } from '../../app/session.types.ts';

/** The monitoring wall is for those who act on alarms: the city, the departments and the enterprise on duty. */
export function canSeeMonitoring(user: SessionUser): boolean {
  return user.role === 'admin' || user.role === 'regulator' || user.role === 'inspector' || user.role === 'enterprise';
}

/** Who may acknowledge: the same people (the escalation ladder runs enterprise → department → city); the server decides on scope. */
export function canAcknowledgeAlarm(user: SessionUser): boolean {
  return canSeeMonitoring(user);
}
