import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import { recordAudit, systemActor } from '../audit/audit.service.ts';
import type { Database } from '../db/schema.ts';
import { generateDemoSensors } from './demo-sensors.ts';

/**
 * Writes the demo city's sensors (server/demo/demo-sensors.ts) into the sensors table, each with its audit
 * event, inside the demo seed's transaction. `enterprises` are the seeded rows in the demo city's order.
 */
export async function seedDemoSensors(tx: Transaction<Database>, enterprises: readonly { id: string; industry_code: string }[]) {
  const specs = generateDemoSensors(enterprises.map((e) => ({ industryCode: e.industry_code })));
  if (specs.length === 0) return [];
  const rows = specs.map((s) => ({
    id: randomUUID(),
    enterprise_id: enterprises[s.enterpriseIndex]!.id,
    code: s.code,
    name: s.name,
    kind: s.kind,
    unit: s.unit,
    range_low: s.rangeLow,
    range_high: s.rangeHigh,
    location: s.location,
    expected_interval_sec: s.expectedIntervalSec,
    template_id: s.templateId ?? null,
    rules: JSON.stringify(s.rules),
  }));
  await tx.insertInto('sensors').values(rows).execute();
  await recordAudit(
    tx,
    systemActor('demo-seed'),
    rows.map((r) => ({ action: 'create', entity: 'sensor', entityId: r.id, after: { ...r, rules: JSON.parse(r.rules) as unknown } })),
  );
  return rows;
}
