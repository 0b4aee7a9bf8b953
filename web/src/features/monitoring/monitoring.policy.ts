import { can } from '../../app/permissions.ts';
import type { SessionUser } from '../../app/session.types.ts';

/** Who may acknowledge (core/auth/permissions.ts `alarms.acknowledge`; inspectors read only); the server decides on scope. */
export function canAcknowledgeAlarm(user: SessionUser): boolean {
  return can(user, 'alarms.acknowledge');
}
