import type { Transaction } from 'kysely';
import { recordAudit, systemActor } from '../audit/audit.service.ts';
import { accidentRow, placeOf } from '../accidents/accident-record.ts';
import type { Database } from '../db/schema.ts';
import { demoDenominators, generateDemoAccidents } from './demo-accidents.ts';

type SeededEnterprise = { id: string; name: string; industry_code: string; region_code: string };

/** Writes the demo city's accidents (server/demo/demo-accidents.ts) with their audit events, and demo denominators. */
export async function seedDemoAccidents(tx: Transaction<Database>, enterprises: readonly SeededEnterprise[], now: Date) {
  const generated = generateDemoAccidents(enterprises.map((e) => ({ industryCode: e.industry_code, regionCode: e.region_code, name: e.name })), now);
  const by = { userId: null, name: '演示数据', source: 'demo' as const };
  const rows = generated.map(({ enterpriseIndex, input }) => {
    const e = enterpriseIndex === null ? null : enterprises[enterpriseIndex]!;
    const { place, errors } = placeOf(input, e ? { id: e.id, region_code: e.region_code, industry_code: e.industry_code } : null);
    if (!place) throw new Error(`demo accident: ${JSON.stringify(errors)}`);
    return accidentRow(input, place, by, input.knownAt ?? input.occurredAt);
  });
  const ids = rows.length > 0 ? await tx.insertInto('accidents').values(rows).returning('id').execute() : [];
  await tx.insertInto('accident_rate_denominators').values(demoDenominators(now)).execute();
  await recordAudit(tx, systemActor('demo-seed'), ids.map((r, i) => ({ action: 'report', entity: 'accident', entityId: r.id, after: generated[i]!.input })));
  return ids.length;
}
