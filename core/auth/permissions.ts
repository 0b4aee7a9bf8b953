import type { Role } from '../organisations/roles.ts';

/**
 * Who may do what, by role: the one table the server's routes (`config: { permission }`, checked by
 * server/auth/authenticate.ts) and the web app's menus, routes and buttons read (docs/adr/0040). Scope — which
 * enterprises, regions, departments — is not here: services and repositories apply it (404 outside it).
 *
 * Free of zod and of anything else heavy: the web app's first page carries this file.
 *
 * Adding a permission: one line here (name `domain.verb`, its roles, why), then `config: { permission: 'x.y' }` on
 * the route and `can(user, 'x.y')` / a guarded route in the web app. A role list that was a named const
 * (`config: { roles: planMakers }`) becomes an entry with the same roles.
 */

const everyone = ['admin', 'regulator', 'inspector', 'enterprise', 'expert'] as const satisfies readonly Role[];

export const PERMISSIONS = {
  /** Every account: its own account, sessions and notifications, reference data, the district map, photos, live events. */
  'app.use': everyone,

  // Enterprises and departments
  /** An enterprise record in the caller's scope (an enterprise officer: their own), its statistical table and registers. */
  'enterprises.view': everyone,
  /** The register as a list, and the overview of it; an enterprise officer has "My enterprise" instead. */
  'enterprises.list': ['admin', 'regulator', 'inspector', 'expert'],
  /** Regulators register the enterprises they supervise; admins any (enterprise.policy.ts). */
  'enterprises.create': ['admin', 'regulator'],
  /** Enterprise officers change only their own, and only their contact fields (enterprise.policy.ts). */
  'enterprises.edit': ['admin', 'regulator', 'enterprise'],
  /** Departments are public knowledge inside the government network, but not an enterprise's business. */
  'departments.view': ['admin', 'regulator', 'inspector', 'expert'],

  // Hidden hazards (16号令)
  /** Hazards in scope: an enterprise its own, a department its area, admins and experts the city. */
  'hazards.view': everyone,
  /** An enterprise for itself; regulators, inspectors and experts for enterprises in scope. The admin is no party to any hazard. */
  'hazards.report': ['enterprise', 'regulator', 'inspector', 'expert'],
  /** Lifecycle steps; which step for whom, in which state, is core/hazards/hazard-permissions.ts. */
  'hazards.act': ['enterprise', 'regulator', 'inspector', 'expert'],
  /** The 排查不力 ranking is the supervisors' view; an enterprise has its own statistical table. */
  'hazards.statistics': ['regulator', 'inspector', 'expert'],

  // Investigation plans, tasks and checklists (排查)
  /** Plans and tasks reach every role with a scope of enterprises; the administrator manages accounts. */
  'investigations.view': ['enterprise', 'regulator', 'inspector', 'expert'],
  /** A regulator plans for enterprises in scope, an enterprise officer for their own enterprise. */
  'investigations.plan': ['regulator', 'enterprise'],
  /** The enterprise executes its tasks (自查); an inspector those of a department's plan (investigation-task.ts). */
  'investigations.execute': ['enterprise', 'inspector'],
  /** Regulators write lists for what their department supervises, enterprise officers for their enterprise. */
  'checklists.write': ['regulator', 'enterprise'],

  // Risks and major hazard sources
  /** Risk points in scope and the grading calculator. */
  'risks.view': everyone,
  /** Enterprises grade their own risks; regulators and the city's experts those they supervise. Inspectors read. */
  'risks.write': ['admin', 'regulator', 'expert', 'enterprise'],
  /** Major hazard sources in scope and the GB 18218 calculator. */
  'majorHazards.view': everyone,
  /** Enterprises keep their own registry; regulators those they supervise. */
  'majorHazards.write': ['admin', 'regulator', 'enterprise'],

  // Monitoring
  /** Sensors, readings and alarms: those who act on alarms (city, departments, the enterprise on duty). */
  'monitoring.view': ['admin', 'regulator', 'inspector', 'enterprise'],
  /** The escalation ladder runs enterprise → department → city. */
  'alarms.acknowledge': ['admin', 'regulator', 'enterprise'],
  /** Registering and tuning sensors, maintenance silences. */
  'sensors.manage': ['admin', 'regulator', 'enterprise'],
  /** Device keys of enterprises (POST /telemetry, MQTT). */
  'deviceKeys.manage': ['admin', 'regulator', 'enterprise'],

  // Accidents (493号令)
  /** Accidents in scope, their statistics and the rates' denominators. */
  'accidents.view': everyone,
  /** The unit reports, and the departments that receive reports (Art. 9); the system administrator is not in the chain. */
  'accidents.report': ['enterprise', 'regulator', 'inspector'],
  /** 瞒报/谎报 flags and investigation progress are the departments' (Arts. 29, 32, 36). */
  'accidents.investigate': ['regulator', 'inspector'],
  /** Recording a level's report up the chain (Art. 11): the departments that pass it on. */
  'accidents.chain': ['regulator', 'inspector'],
  /** Importing historical accidents. */
  'accidents.import': ['regulator', 'admin'],
  /** GDP and workforce per region and year (the rates' denominators). */
  'accidents.denominators': ['admin'],

  // Inspections (监督检查, 双随机一公开)
  /**
   * Inspections in scope (an enterprise its own, with their documents) and draws; the administrator reads them
   * city-wide, as ADR 0032 has it read a draw before publication.
   */
  'inspections.view': everyone,
  /** Enforcement acts — draws, inspections, re-inspections, documents — are a department officer's. */
  'inspections.enforce': ['regulator', 'inspector'],
  /** Annual inspection plans are the departments' working papers, not the inspected enterprise's. */
  'inspections.plans': ['regulator', 'inspector', 'expert', 'admin'],
  /** Expert assessment campaigns for key industries. */
  'expertCampaigns.view': ['regulator', 'inspector', 'expert', 'admin'],
  'expertCampaigns.create': ['regulator'],
  /** Only the assigned expert reports (expert-campaign.service.ts checks the assignment). */
  'expertCampaigns.report': ['expert'],
  /** A finding not compliant becomes a hazard or a control measure: the campaign's department acts on it. */
  'expertCampaigns.convert': ['regulator', 'inspector'],

  // Penalty cases and discretion benchmarks (行政处罚, issue 14)
  /**
   * A penalty case is its department's file (docs/adr/0050): the department's officers read it. The enterprise is
   * served its documents, not the working file; the administrator manages accounts and is no party to a case.
   */
  'cases.view': ['regulator', 'inspector'],
  /** Filing and every step; which step for whom (approvals are a regulator's, never an investigator's) is core/enforcement/case-permissions.ts. */
  'cases.handle': ['regulator', 'inspector'],
  /** Benchmarks are published by law (行政处罚法 2021 Art. 34): every account may read them. */
  'benchmarks.view': everyone,
  /** A department sets the benchmarks of its regions; the administrator any jurisdiction's (benchmark.service.ts). */
  'benchmarks.manage': ['admin', 'regulator'],

  // The leaders' cockpit
  /** The regulators' and experts' screen of the whole area; an enterprise has its own page. */
  'cockpit.view': ['admin', 'regulator', 'inspector', 'expert'],

  // The law library (法规库, docs/adr/0049)
  /** Reading acts and articles: everyone signed in (the public reads the same under /public/laws). */
  'laws.view': everyone,
  /** Importing acts and their text changes what every citation shows: the administrator's. */
  'laws.manage': ['admin'],

  // Administration
  'admin.users': ['admin'],
  'admin.departments': ['admin'],
  /** The district map file and its check. */
  'admin.cityMap': ['admin'],
  /** The audit trail (also an enterprise's change history). */
  'admin.audit': ['admin'],
  /** Sign-in locks and lifting them. */
  'admin.loginLocks': ['admin'],
  'admin.partners': ['admin'],
  'admin.webhooks': ['admin'],
  /** The working-day calendar's years: entering next year's State Council holiday notice moves every deadline (docs/adr/0048). */
  'admin.calendar': ['admin'],
  /** Change feeds; partner clients read them with their own secret (server/partners), not by role. */
  'feeds.read': ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export const isPermission = (name: string): name is Permission => Object.hasOwn(PERMISSIONS, name);

/** Whether `role` holds `permission`. */
export function allows(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

/** The roles holding `permission`. */
export const rolesWith = (permission: Permission): readonly Role[] => PERMISSIONS[permission];
