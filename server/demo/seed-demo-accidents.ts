import type { Transaction } from 'kysely';
import { recordAudit, systemActor } from '../audit/audit.service.ts';
import { isLateReport, type ReportingStep } from '../../core/accidents/reporting-chain.ts';
import { accidentRow, placeOf } from '../accidents/accident-record.ts';
import { insertAccidents } from '../accidents/accident.repository.ts';
import type { Database } from '../db/schema.ts';
import { demoChainReports, demoDenominators, generateDemoAccidents } from './demo-accidents.ts';
import { createPrng } from './prng.ts';

type SeededEnterprise = { id: string; name: string; industry_code: string; region_code: string };

/** Writes the demo city's accidents (server/demo/demo-accidents.ts) with their audit events, and demo denominators. */
export async function seedDemoAccidents(tx: Transaction<Database>, enterprises: readonly SeededEnterprise[], now: Date) {
  const generated = generateDemoAccidents(enterprises.map((e) => ({ industryCode: e.industry_code, regionCode: e.region_code, name: e.name })), now);
  const by = { userId: null, name: '演示数据', source: 'demo' as const };
  const reports = createPrng(911);
  const rows = generated.map(({ enterpriseIndex, input }) => {
    const e = enterpriseIndex === null ? null : enterprises[enterpriseIndex]!;
    const { place, errors } = placeOf(input, e ? { id: e.id, region_code: e.region_code, industry_code: e.industry_code } : null);
    if (!place) throw new Error(`demo accident: ${JSON.stringify(errors)}`);
    const knownAt = input.knownAt ?? input.occurredAt;
    const row = accidentRow(input, place, by, knownAt);
    // The demo city's chains were reported as a real city's are: mostly on time, now and then late.
    const chain = demoChainReports(JSON.parse(row.reporting_chain as string) as ReportingStep[], knownAt, now, reports, [e?.name ?? '事故单位', '县级应急管理部门值班室', '市应急管理局值班室', '省应急管理厅值班室']);
    const unitReport = chain[0]!.reportedAt ? new Date(chain[0]!.reportedAt) : knownAt;
    return { ...row, reported_at: unitReport, reporting_chain: JSON.stringify(chain), late_report: chain[0]!.reportedAt ? isLateReport(knownAt, unitReport) : null };
  });
  const ids = await insertAccidents(tx, rows);
  await tx.insertInto('accident_rate_denominators').values(demoDenominators(now)).execute();
  await recordAudit(tx, systemActor('demo-seed'), ids.map((r, i) => ({ action: 'report', entity: 'accident', entityId: r.id, after: generated[i]!.input })));
  return ids.length;
}
