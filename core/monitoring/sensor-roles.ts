import type { Role } from '../organisations/roles.ts';

/** Who registers and changes sensors (and imports them): admin, a regulator within scope, an enterprise for itself (issue 4). */
export const sensorManagers: readonly Role[] = ['admin', 'regulator', 'enterprise'];
