import { EXPERT_CAMPAIGN_READERS } from '../../../../core/inspections/expert-assessment.ts';
import type { SessionUser } from '../../app/session.types.ts';

/** Enforcement acts (draws, inspections, documents) are a department officer's (server/inspections `enforcementRoles`). */
export function canEnforce(user: SessionUser): boolean {
  return (user.role === 'regulator' || user.role === 'inspector') && Boolean(user.departmentId);
}

/** Everyone with a scope sees inspections of their enterprises; enterprises see their own and their documents. */
export function canSeeInspections(user: SessionUser): boolean {
  return user.role !== 'admin';
}

/** Expert campaigns: the departments' officers and the experts (server/inspections `EXPERT_CAMPAIGN_READERS`). */
export function canSeeExpertCampaigns(user: SessionUser): boolean {
  return EXPERT_CAMPAIGN_READERS.includes(user.role) && user.role !== 'admin';
}
