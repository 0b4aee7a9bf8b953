import { allows, type Permission } from '../../../core/auth/permissions.ts';
import type { SessionUser } from './session.types.ts';

export type { Permission };

/**
 * Whether the signed-in user's role holds `permission` — the server's table (core/auth/permissions.ts,
 * docs/adr/0040), so that a menu item, a route or a button is offered exactly to those the server will answer.
 * Scope (which enterprise, which department) stays the server's; a page still shows its 404.
 */
export const can = (user: Pick<SessionUser, 'role'>, permission: Permission): boolean => allows(user.role, permission);
