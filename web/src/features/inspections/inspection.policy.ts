import { can } from '../../app/permissions.ts';
import type { SessionUser } from '../../app/session.types.ts';

/** Enforcement acts (draws, inspections, documents): the permission, and a department to act for. */
export function canEnforce(user: SessionUser): boolean {
  return can(user, 'inspections.enforce') && Boolean(user.departmentId);
}

/** Expert campaigns (core/auth/permissions.ts `expertCampaigns.view`; an expert sees those assigned to them). */
export function canSeeExpertCampaigns(user: SessionUser): boolean {
  return can(user, 'expertCampaigns.view');
}
