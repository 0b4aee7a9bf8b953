import { canListEnterprises } from '../features/organisations/enterprise.policy.ts';
import { canSeeInvestigations } from '../features/investigations/investigation.policy.ts';
import { canSeeStatistics } from '../features/statistics/statistics.policy.ts';
import { canSeeMonitoring } from '../features/monitoring/monitoring.policy.ts';
import { canSeeCockpit } from '../features/accidents/accident.policy.ts';
import { canSeeInspections } from '../features/inspections/inspection.policy.ts';
import type { SessionUser } from './session.types.ts';

export type MenuIcon =
  | 'overview'
  | 'enterprises'
  | 'myEnterprise'
  | 'hazards'
  | 'tasks'
  | 'plans'
  | 'checklists'
  | 'statistics'
  | 'monitoring'
  | 'risks'
  | 'majorHazards'
  | 'accidents'
  | 'cockpit'
  | 'inspections'
  | 'cityMap'
  | 'users'
  | 'departments'
  | 'webhooks'
  | 'partners'
  | 'auditTrail';

export interface MenuEntry {
  key: string;
  path: string;
  labelKey:
    | 'nav.overview'
    | 'nav.enterprises'
    | 'nav.myEnterprise'
    | 'nav.hazards'
    | 'nav.tasks'
    | 'nav.myTasks'
    | 'nav.plans'
    | 'nav.checklists'
    | 'nav.statistics'
    | 'nav.monitoring'
    | 'nav.risks'
    | 'nav.majorHazards'
    | 'nav.accidents'
    | 'nav.cockpit'
    | 'nav.inspections'
    | 'nav.cityMap'
    | 'admin.nav.users'
    | 'admin.nav.departments'
    | 'nav.webhooks'
    | 'nav.partners'
    | 'nav.auditTrail';
  icon: MenuIcon;
  /** Entries of a group are shown together under its heading (the admin area). */
  group?: 'admin';
}

/**
 * The side menu lists only domains that exist and that the user may open: a menu item must never
 * lead to an empty or forbidden screen.
 */
export function menuEntriesFor(user: SessionUser): MenuEntry[] {
  const entries: MenuEntry[] = [];
  if (canListEnterprises(user)) {
    entries.push({ key: 'overview', path: '/', labelKey: 'nav.overview', icon: 'overview' });
    entries.push({ key: 'enterprises', path: '/enterprises', labelKey: 'nav.enterprises', icon: 'enterprises' });
  }
  if (user.role === 'enterprise' && user.enterpriseId) {
    entries.push({
      key: 'myEnterprise',
      path: `/enterprises/${user.enterpriseId}`,
      labelKey: 'nav.myEnterprise',
      icon: 'myEnterprise',
    });
  }
  // Every role sees hazards; the server scopes the list (an enterprise its own, a department its area).
  entries.push({ key: 'hazards', path: '/hazards', labelKey: 'nav.hazards', icon: 'hazards' });
  if (canSeeInvestigations(user)) {
    const own = user.role === 'enterprise';
    entries.push({ key: 'tasks', path: '/investigation-tasks', labelKey: own ? 'nav.myTasks' : 'nav.tasks', icon: 'tasks' });
    entries.push({ key: 'plans', path: '/investigation-plans', labelKey: 'nav.plans', icon: 'plans' });
    entries.push({ key: 'checklists', path: '/checklists', labelKey: 'nav.checklists', icon: 'checklists' });
  }
  if (canSeeStatistics(user)) {
    entries.push({ key: 'statistics', path: '/statistics', labelKey: 'nav.statistics', icon: 'statistics' });
  }
  if (canSeeMonitoring(user)) {
    entries.push({ key: 'monitoring', path: '/monitoring', labelKey: 'nav.monitoring', icon: 'monitoring' });
  }
  // Every role sees risks and major hazard sources; the server scopes them (an enterprise its own).
  entries.push({ key: 'risks', path: '/risks', labelKey: 'nav.risks', icon: 'risks' });
  entries.push({ key: 'majorHazards', path: '/major-hazard-sources', labelKey: 'nav.majorHazards', icon: 'majorHazards' });
  entries.push({ key: 'accidents', path: '/accidents', labelKey: 'nav.accidents', icon: 'accidents' });
  if (canSeeCockpit(user)) entries.push({ key: 'cockpit', path: '/cockpit', labelKey: 'nav.cockpit', icon: 'cockpit' });
  if (canSeeInspections(user)) {
    entries.push({ key: 'inspections', path: '/inspections', labelKey: 'nav.inspections', icon: 'inspections' });
  }
  if (user.role === 'admin') {
    const group = 'admin';
    entries.push({ key: 'users', path: '/admin/users', labelKey: 'admin.nav.users', icon: 'users', group });
    entries.push({ key: 'departments', path: '/admin/departments', labelKey: 'admin.nav.departments', icon: 'departments', group });
    entries.push({ key: 'cityMap', path: '/admin/city-map', labelKey: 'nav.cityMap', icon: 'cityMap', group });
    entries.push({ key: 'webhooks', path: '/admin/webhooks', labelKey: 'nav.webhooks', icon: 'webhooks', group });
    entries.push({ key: 'partners', path: '/admin/partners', labelKey: 'nav.partners', icon: 'partners', group });
    entries.push({ key: 'auditTrail', path: '/admin/audit', labelKey: 'nav.auditTrail', icon: 'auditTrail', group });
  }
  return entries;
}

/** The entry whose path is the longest prefix of the current location. */
export function selectedMenuKey(entries: MenuEntry[], pathname: string): string | undefined {
  let best: MenuEntry | undefined;
  for (const entry of entries) {
    const matches =
      entry.path === '/' ? pathname === '/' : pathname === entry.path || pathname.startsWith(`${entry.path}/`);
    if (matches && (!best || entry.path.length > best.path.length)) best = entry;
  }
  return best?.key;
}

/** Where a user lands after signing in. */
export function homePathFor(user: SessionUser): string {
  if (user.role === 'enterprise' && user.enterpriseId) return `/enterprises/${user.enterpriseId}`;
  return '/';
}
