import type { SessionUser } from '../../app/session.types.ts';

/** Enforcement acts (draws, inspections, documents) are a department officer's (server/inspections `enforcementRoles`). */
export function canEnforce(user: SessionUser): boolean {
  return (user.role === 'regulator' || user.role === 'inspector') && Boolean(user.departmentId);
}

/** Everyone with a scope sees inspections of their enterprises; enterprises see their own and their documents. */
export function canSeeInspections(user: SessionUser): boolean {
  return user.role !== 'admin';
}
