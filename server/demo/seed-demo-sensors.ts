import type { Transaction } from 'kysely';
import type { SensorKind, SensorRule } from '../../core/monitoring/sensor-rules.ts';
import { expandTemplate, findTemplate, type TemplateParams } from '../../core/monitoring/templates/index.ts';
import { recordAudit, systemActor } from '../audit/audit.service.ts';
import type { Database } from '../db/schema.ts';

/**
 * Demo sensors (issue 4): the demo city's coal mines and chemical plants get the monitoring points the
 * regulations call for, each from its rule template, so the simulator and the monitoring wall have something
 * to show on first start. Deterministic: codes come from the enterprise's credit code and the point.
 */

interface DemoPoint {
  suffix: string;
  name: string;
  template: string;
  kind: SensorKind;
  unit: string;
  range: [number, number];
  params?: TemplateParams;
}

const COAL_POINTS: readonly DemoPoint[] = [
  { suffix: 'CH4-T0', name: '3101采煤工作面回风隅角甲烷 T0', template: 'methane-longwall-upper-corner', kind: 'methane', unit: '%CH4', range: [0, 4] },
  { suffix: 'CH4-T1', name: '3101采煤工作面甲烷 T1', template: 'methane-longwall-face', kind: 'methane', unit: '%CH4', range: [0, 4] },
  { suffix: 'CH4-T2', name: '3101采煤工作面回风巷甲烷 T2', template: 'methane-longwall-return', kind: 'methane', unit: '%CH4', range: [0, 4] },
  { suffix: 'CH4-H1', name: '2103掘进工作面甲烷', template: 'methane-heading-face', kind: 'methane', unit: '%CH4', range: [0, 4] },
  { suffix: 'CO-R1', name: '采区回风巷一氧化碳', template: 'coal-co-24ppm', kind: 'co', unit: 'ppm', range: [0, 500] },
  { suffix: 'T-F1', name: '3101采煤工作面温度', template: 'coal-temperature-face', kind: 'temperature', unit: '°C', range: [0, 40] },
  { suffix: 'V-F1', name: '3101采煤工作面风速', template: 'wind-longwall-coal-heading', kind: 'wind_speed', unit: 'm/s', range: [0, 15] },
];

const CHEMICAL_POINTS: readonly DemoPoint[] = [
  { suffix: 'LEL-1', name: '罐区可燃气体 1#', template: 'gbt50493-combustible', kind: 'combustible_gas', unit: '%LEL', range: [0, 100] },
  { suffix: 'H2S-1', name: '装置区硫化氢', template: 'gbt50493-toxic-h2s', kind: 'h2s', unit: 'ppm', range: [0, 100] },
  { suffix: 'O2-1', name: '受限空间氧气', template: 'gbt50493-oxygen', kind: 'o2', unit: '%VOL', range: [0, 25] },
  { suffix: 'LT-101', name: '1#储罐液位', template: 'tank-level-limits', kind: 'level', unit: 'm', range: [0, 20], params: { LL: 1, L: 2, H: 16, HH: 18 } },
  { suffix: 'PT-101', name: '1#储罐压力', template: 'tank-pressure-limits', kind: 'pressure', unit: 'MPa', range: [0, 2.5], params: { L: 0.05, H: 1.6, HH: 1.8 } },
];

const COAL_INDUSTRY = '0610';
const CHEMICAL_INDUSTRY = '2614';
/** Chemical plants fitted in the demo (the officer's plant, 成都沱江化工, is the first). */
const MAX_CHEMICAL_PLANTS = 8;

const rulesOf = (p: DemoPoint): SensorRule[] => {
  const expansion = expandTemplate(findTemplate(p.template)!, p.params);
  if (!expansion.ok) throw new Error(`demo sensor ${p.suffix}: ${JSON.stringify(expansion.problems)}`);
  return expansion.rules;
};

export async function seedDemoSensors(tx: Transaction<Database>, enterprises: ReadonlyArray<{ id: string; credit_code: string; industry_code: string; name: string }>) {
  const coal = enterprises.filter((e) => e.industry_code === COAL_INDUSTRY);
  const chemical = enterprises
    .filter((e) => e.industry_code === CHEMICAL_INDUSTRY)
    .sort((a, b) => Number(b.name.includes('沱江')) - Number(a.name.includes('沱江')))
    .slice(0, MAX_CHEMICAL_PLANTS);
  const rows = [...coal.flatMap((e) => COAL_POINTS.map((p) => ({ e, p }))), ...chemical.flatMap((e) => CHEMICAL_POINTS.map((p) => ({ e, p })))].map(({ e, p }) => ({
    enterprise_id: e.id,
    code: `${e.credit_code.slice(-8)}-${p.suffix}`,
    name: p.name,
    kind: p.kind,
    unit: p.unit,
    range_low: p.range[0],
    range_high: p.range[1],
    location: p.name,
    expected_interval_sec: 30,
    template_id: p.template,
    rules: JSON.stringify(rulesOf(p)),
    template_params: p.params ? JSON.stringify(p.params) : null,
    hazard_bridge: p.kind === 'methane' ? JSON.stringify({ powerOffMinutes: 10, repeatsPerDay: 5 }) : null,
  }));
  if (rows.length === 0) return [];
  const inserted = await tx.insertInto('sensors').values(rows).returning(['id', 'code']).execute();
  await recordAudit(tx, systemActor('demo-seed'), inserted.map((s) => ({ action: 'create', entity: 'sensor', entityId: s.id, after: { code: s.code } })));
  return inserted;
}
