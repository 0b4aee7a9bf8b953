import type { SensorRule, ThresholdRule } from '../sensor-rules.ts';
import { COMBUSTIBLE_TEMPLATES, OXYGEN_TEMPLATE, TANK_TEMPLATES, TOXIC_TEMPLATES } from './chemical.ts';
import { AIR_VELOCITY_TEMPLATES, CO_TEMPLATE, TEMPERATURE_TEMPLATES } from './coal-other.ts';
import { METHANE_TEMPLATES } from './methane.ts';
import { STALE_RULE, type Expansion, type SensorTemplate, type TemplateParams } from './template.ts';

export { sensorTemplateSchema, type SensorTemplate, type TemplateParams } from './template.ts';

/** Every rule template, in the order GET /api/v1/sensor-templates lists them. */
export const SENSOR_TEMPLATES: readonly SensorTemplate[] = [
  ...METHANE_TEMPLATES,
  CO_TEMPLATE,
  ...TEMPERATURE_TEMPLATES,
  ...AIR_VELOCITY_TEMPLATES,
  ...COMBUSTIBLE_TEMPLATES,
  ...TOXIC_TEMPLATES,
  OXYGEN_TEMPLATE,
  ...TANK_TEMPLATES,
];

const byId = new Map(SENSOR_TEMPLATES.map((t) => [t.id, t]));
export const findTemplate = (id: string) => byId.get(id);

/**
 * A template's rules: one threshold rule per direction with its levels (a high rule ascending, a low rule
 * descending, as the contract orders them), the power-off when the template has one, and the stale rule.
 * Levels fed by a param are taken from `params`; a param-fed level left out is dropped, but at least one must be
 * given, and the values must keep the levels' order (LL < L < H < HH).
 */
export function expandTemplate(template: SensorTemplate, params: TemplateParams = {}): Expansion {
  const problems: { path: string; message: string }[] = [];
  for (const name of Object.keys(params)) if (!template.params.includes(name)) problems.push({ path: name, message: `is not a parameter of ${template.id}` });
  const rules: SensorRule[] = [];
  for (const direction of ['high', 'low'] as const) {
    const levels: ThresholdRule['levels'] = [];
    for (const level of template.levels.filter((l) => l.direction === direction)) {
      const at = level.at ?? (level.param !== undefined && params[level.param] !== undefined ? params[level.param]! * (level.factor ?? 1) : null);
      if (at !== null) levels.push({ severity: level.severity, at, label: level.label.slice(0, 40) });
    }
    if (levels.length === 0) continue;
    levels.sort((a, b) => (direction === 'high' ? a.at - b.at : b.at - a.at));
    rules.push({ kind: 'threshold', direction, levels, deadband: 0, minDurationSec: 0 });
  }
  if (template.params.length > 0 && rules.length === 0) problems.push({ path: template.params[0]!, message: `give at least one of ${template.params.join(', ')}` });
  const ordered = ['LL', 'L', 'H', 'HH'].filter((k) => params[k] !== undefined);
  for (let i = 1; i < ordered.length; i++) {
    if (params[ordered[i]!]! <= params[ordered[i - 1]!]!) problems.push({ path: ordered[i]!, message: `must be above ${ordered[i - 1]}` });
  }
  if (template.params.includes('oel') && params.oel !== undefined && params.oel <= 0) problems.push({ path: 'oel', message: 'must be positive' });
  if (problems.length > 0) return { ok: false, problems };
  if (template.powerOffAt !== null && template.restoreBelow !== null) rules.push({ kind: 'power_off', powerOffAt: template.powerOffAt, restoreBelow: template.restoreBelow });
  rules.push(STALE_RULE);
  return { ok: true, rules };
}
