import { can, type Permission } from './permissions.ts';
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
  | 'laws'
  | 'penaltyCases'
  | 'cityMap'
  | 'calendar'
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
    | 'nav.laws'
    | 'nav.penaltyCases'
    | 'nav.cityMap'
    | 'nav.calendar'
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
 * The side menu lists only domains that exist and that the user may open — by the permission of the route each
 * item leads to (core/auth/permissions.ts; router.tsx guards the same routes with the same names), so a menu item
 * never leads to an empty or forbidden screen. The server scopes what each list holds.
 */
export function menuEntriesFor(user: SessionUser): MenuEntry[] {
  const own = user.role === 'enterprise';
  const admin = 'admin' as const;
  const entries: (MenuEntry & { permission: Permission })[] = [
    { key: 'overview', path: '/', labelKey: 'nav.overview', icon: 'overview', permission: 'enterprises.list' },
    { key: 'enterprises', path: '/enterprises', labelKey: 'nav.enterprises', icon: 'enterprises', permission: 'enterprises.list' },
    ...(own && user.enterpriseId
      ? [{ key: 'myEnterprise', path: `/enterprises/${user.enterpriseId}`, labelKey: 'nav.myEnterprise', icon: 'myEnterprise', permission: 'enterprises.view' } as const]
      : []),
    { key: 'hazards', path: '/hazards', labelKey: 'nav.hazards', icon: 'hazards', permission: 'hazards.view' },
    { key: 'tasks', path: '/investigation-tasks', labelKey: own ? 'nav.myTasks' : 'nav.tasks', icon: 'tasks', permission: 'investigations.view' },
    { key: 'plans', path: '/investigation-plans', labelKey: 'nav.plans', icon: 'plans', permission: 'investigations.view' },
    { key: 'checklists', path: '/checklists', labelKey: 'nav.checklists', icon: 'checklists', permission: 'investigations.view' },
    { key: 'statistics', path: '/statistics', labelKey: 'nav.statistics', icon: 'statistics', permission: 'hazards.statistics' },
    { key: 'monitoring', path: '/monitoring', labelKey: 'nav.monitoring', icon: 'monitoring', permission: 'monitoring.view' },
    { key: 'risks', path: '/risks', labelKey: 'nav.risks', icon: 'risks', permission: 'risks.view' },
    { key: 'majorHazards', path: '/major-hazard-sources', labelKey: 'nav.majorHazards', icon: 'majorHazards', permission: 'majorHazards.view' },
    { key: 'accidents', path: '/accidents', labelKey: 'nav.accidents', icon: 'accidents', permission: 'accidents.view' },
    { key: 'cockpit', path: '/cockpit', labelKey: 'nav.cockpit', icon: 'cockpit', permission: 'cockpit.view' },
    { key: 'inspections', path: '/inspections', labelKey: 'nav.inspections', icon: 'inspections', permission: 'inspections.view' },
    { key: 'laws', path: '/laws', labelKey: 'nav.laws', icon: 'laws', permission: 'laws.view' },
    { key: 'penaltyCases', path: '/penalty-cases', labelKey: 'nav.penaltyCases', icon: 'penaltyCases', permission: 'cases.view' },
    { key: 'users', path: '/admin/users', labelKey: 'admin.nav.users', icon: 'users', permission: 'admin.users', group: admin },
    { key: 'departments', path: '/admin/departments', labelKey: 'admin.nav.departments', icon: 'departments', permission: 'admin.departments', group: admin },
    { key: 'cityMap', path: '/admin/city-map', labelKey: 'nav.cityMap', icon: 'cityMap', permission: 'admin.cityMap', group: admin },
    { key: 'calendar', path: '/admin/calendar', labelKey: 'nav.calendar', icon: 'calendar', permission: 'admin.calendar', group: admin },
    { key: 'webhooks', path: '/admin/webhooks', labelKey: 'nav.webhooks', icon: 'webhooks', permission: 'admin.webhooks', group: admin },
    { key: 'partners', path: '/admin/partners', labelKey: 'nav.partners', icon: 'partners', permission: 'admin.partners', group: admin },
    { key: 'auditTrail', path: '/admin/audit', labelKey: 'nav.auditTrail', icon: 'auditTrail', permission: 'admin.audit', group: admin },
  ];
  return entries.filter((entry) => can(user, entry.permission)).map(({ permission: _permission, ...entry }) => entry);
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
