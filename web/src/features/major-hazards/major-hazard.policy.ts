import { can } from '../../app/permissions.ts';
import type { SessionUser } from '../../app/session.types.ts';

/** Register and change sources, record 包保 checks (core/auth/permissions.ts `majorHazards.write`). */
export const canWriteSources = (user: SessionUser) => can(user, 'majorHazards.write');
