import { accidentCockpitPanel } from '../accidents/accident-cockpit.panel.ts';
import { registerCockpitPanel } from './cockpit-registry.ts';
import { hazardCockpitPanel } from './hazard-cockpit.panel.ts';
import { riskCockpitPanel } from './risk-cockpit.panel.ts';

/**
 * The panels of the domains the cockpit knows. A domain merged later adds one line here (monitoring:
 * `{ key: 'alarms', requiresTable: 'alarms', load: … }` with KPI `activeAlarms` and map indicator
 * `activeAlarms`; risks: `{ key: 'risks', requiresTable: 'risk_points', load: … }` with map indicator `riskLevel`).
 */
export function registerCockpitPanels(): void {
  registerCockpitPanel({ key: 'hazards', requiresTable: 'hazards', load: hazardCockpitPanel });
  registerCockpitPanel({ key: 'accidents', requiresTable: 'accidents', load: accidentCockpitPanel });
  registerCockpitPanel({ key: 'risks', requiresTable: 'risk_points', load: riskCockpitPanel });
}
