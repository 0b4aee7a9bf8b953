import type { SensorKind, SensorRule } from '../../../../core/monitoring/sensor-rules.ts';
import type { AlarmSeverity, Sensor } from './monitoring.types.ts';
import type { SensorCreate, SensorPatch, SensorTemplate } from './use-sensor-admin.queries.ts';

export const LEVEL_SEVERITIES: readonly AlarmSeverity[] = ['warning', 'alarm', 'critical'];

type Levels = Partial<Record<AlarmSeverity, number | null>>;

/** The register form: a regulation template (with the values it leaves to the point) or custom thresholds. */
export interface SensorFormValues {
  mode: 'template' | 'custom';
  template?: string;
  templateParams?: Record<string, number | null | undefined>;
  code: string;
  name: string;
  location?: string;
  kind?: SensorKind;
  unit?: string;
  expectedIntervalSec: number;
  rangeLow?: number | null;
  rangeHigh?: number | null;
  direction?: 'high' | 'low';
  levels?: Levels;
  powerOffAt?: number | null;
  restoreBelow?: number | null;
}

const given = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

/** The levels given, least to most severe. */
function levelList(levels: Levels | undefined) {
  return LEVEL_SEVERITIES.filter((s) => given(levels?.[s])).map((severity) => ({ severity, at: levels![severity] as number }));
}

/**
 * What is wrong with custom thresholds, as a `sensorAdmin.form.*` key: none given, or out of order (the alarm
 * contract: a high rule's levels rise from warning to critical, a low rule's fall — core/monitoring/sensor-rules.ts).
 */
export function levelsProblem(direction: 'high' | 'low', levels: Levels | undefined): 'levelsRequired' | 'levelsOrder' | null {
  const list = levelList(levels);
  if (list.length === 0) return 'levelsRequired';
  for (let i = 1; i < list.length; i++) {
    const rising = list[i]!.at > list[i - 1]!.at;
    if (direction === 'high' ? !rising : list[i]!.at >= list[i - 1]!.at) return 'levelsOrder';
  }
  return null;
}

/** POST /sensors from the form: a template names its kind and unit; custom thresholds become explicit rules. */
export function toSensorCreate(enterpriseId: string, values: SensorFormValues, templates: readonly SensorTemplate[]): SensorCreate {
  const common = {
    enterpriseId,
    code: values.code.trim(),
    name: values.name.trim(),
    location: values.location?.trim() ?? '',
    expectedIntervalSec: values.expectedIntervalSec,
    rangeLow: given(values.rangeLow) ? values.rangeLow : null,
    rangeHigh: given(values.rangeHigh) ? values.rangeHigh : null,
  };
  if (values.mode === 'template') {
    const template = templates.find((t) => t.id === values.template);
    const params = Object.fromEntries(Object.entries(values.templateParams ?? {}).filter((e): e is [string, number] => given(e[1])));
    return {
      ...common,
      kind: template?.kind ?? 'other',
      unit: template?.unit ?? '',
      template: values.template ?? '',
      ...(Object.keys(params).length > 0 && { templateParams: params }),
    };
  }
  const rules: SensorRule[] = [{ kind: 'threshold', direction: values.direction ?? 'high', levels: levelList(values.levels), deadband: 0, minDurationSec: 0 }];
  if (given(values.powerOffAt)) rules.push({ kind: 'power_off', powerOffAt: values.powerOffAt, restoreBelow: given(values.restoreBelow) ? values.restoreBelow : values.powerOffAt });
  // As every template does: an alarm when the sensor stops reporting (3 × its interval).
  rules.push({ kind: 'stale', severity: 'warning' });
  return { ...common, kind: values.kind ?? 'other', unit: values.unit?.trim() ?? '', rules };
}

/** The edit form: name, location, and the values of the sensor's threshold levels and power-off. */
export interface SensorEditValues {
  name: string;
  location: string;
  /** rule index → level index → at */
  levels: Record<number, Record<number, number | null>>;
  powerOff: Record<number, { powerOffAt: number | null; restoreBelow: number | null }>;
}

export function editValuesOf(sensor: Sensor): SensorEditValues {
  const levels: SensorEditValues['levels'] = {};
  const powerOff: SensorEditValues['powerOff'] = {};
  sensor.rules.forEach((rule, i) => {
    if (rule.kind === 'threshold') levels[i] = Object.fromEntries(rule.levels.map((l, j) => [j, l.at]));
    if (rule.kind === 'power_off') powerOff[i] = { powerOffAt: rule.powerOffAt, restoreBelow: rule.restoreBelow };
  });
  return { name: sensor.name, location: sensor.location, levels, powerOff };
}

/** The sensor's rules with the edited values (a value left empty keeps the old one). */
export function editedRules(sensor: Sensor, values: Pick<SensorEditValues, 'levels' | 'powerOff'>): SensorRule[] {
  return sensor.rules.map((rule, i) => {
    if (rule.kind === 'threshold') {
      return { ...rule, levels: rule.levels.map((level, j) => ({ ...level, at: given(values.levels[i]?.[j]) ? values.levels[i]![j]! : level.at })) };
    }
    if (rule.kind === 'power_off') {
      const edited = values.powerOff[i];
      return { ...rule, powerOffAt: given(edited?.powerOffAt) ? edited.powerOffAt : rule.powerOffAt, restoreBelow: given(edited?.restoreBelow) ? edited.restoreBelow : rule.restoreBelow };
    }
    return rule;
  });
}

/** PATCH /sensors/{id}: only what changed (rules only when a value did: they detach the template), or null. */
export function toSensorPatch(sensor: Sensor, values: SensorEditValues): SensorPatch | null {
  const patch: { name?: string; location?: string; rules?: SensorRule[] } = {};
  if (values.name.trim() !== sensor.name) patch.name = values.name.trim();
  if ((values.location ?? '').trim() !== sensor.location) patch.location = (values.location ?? '').trim();
  const rules = editedRules(sensor, values);
  if (JSON.stringify(rules) !== JSON.stringify(sensor.rules)) patch.rules = rules;
  return Object.keys(patch).length > 0 ? (patch as SensorPatch) : null;
}
