import type { SessionUser } from '../../app/session.types.ts';

/**
 * The 排查不力 ranking is the supervisors' view (hazards issue "Supervision and accountability"): regulators,
 * their enforcement officers and experts. An enterprise has its own statistical table on its page.
 */
export function canSeeStatistics(user: SessionUser): boolean {
  return user.role === 'regulator' || user.role === 'inspector' || user.role === 'expert';
}
