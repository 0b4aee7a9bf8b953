import { can } from '../../app/permissions.ts';
import type { SessionUser } from '../../app/session.types.ts';

/** Register, change, review, deactivate, delete risk points (core/auth/permissions.ts `risks.write`). */
export const canWriteRisks = (user: SessionUser) => can(user, 'risks.write');
