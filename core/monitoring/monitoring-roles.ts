import type { Role } from '../organisations/roles.ts';

/**
 * Who may do what in monitoring (issue 4), as named role lists that the server's routes declare and the web reads
 * to hide what the server would refuse; scope (region, department, enterprise) is checked by the server's queries.
 */

/** Register, change and deactivate sensors, and silence them: admin, a regulator within scope, an enterprise for itself. */
export const sensorManagers: readonly Role[] = ['admin', 'regulator', 'enterprise'];

/** See, create and revoke device keys (the credentials of an enterprise's devices). */
export const deviceKeyManagers: readonly Role[] = ['admin', 'regulator', 'enterprise'];

/** Acknowledge alarms: the enterprise on duty, a regulator in scope, an admin (inspectors and experts read). */
export const alarmAcknowledgers: readonly Role[] = ['admin', 'regulator', 'enterprise'];
