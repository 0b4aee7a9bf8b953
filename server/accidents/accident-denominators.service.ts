import { z } from 'zod';
import { regionCodeSchema } from '../../core/organisations/regions.ts';
import { auditActorOf, type Actor } from '../auth/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import { invalid } from '../http/errors.ts';
import { referenceData } from '../organisations/reference-data.ts';

export const denominatorSchema = z.strictObject({
  regionCode: regionCodeSchema.describe('the city (510100) or a district'),
  year: z.number().int().min(1900).max(2200),
  gdpYuan: z.number().int().positive().max(Number.MAX_SAFE_INTEGER).nullable(),
  workers: z.number().int().positive().max(100_000_000).nullable(),
});
export type Denominator = z.infer<typeof denominatorSchema>;

export const denominatorRowSchema = denominatorSchema.extend({ updatedAt: z.iso.datetime({ offset: true }) });
export type DenominatorRow = z.infer<typeof denominatorRowSchema>;

export async function listDenominators(db: Db): Promise<DenominatorRow[]> {
  const rows = await db.selectFrom('accident_rate_denominators').selectAll().orderBy('year', 'desc').orderBy('region_code').execute();
  return rows.map((r) => ({ regionCode: r.region_code, year: r.year, gdpYuan: r.gdp_yuan === null ? null : Number(r.gdp_yuan), workers: r.workers, updatedAt: r.updated_at.toISOString() }));
}

/** Sets GDP and workforce of a region and year (the rates of GET /statistics/accidents divide by them). */
export async function putDenominator(db: Db, actor: Actor, d: Denominator): Promise<Denominator> {
  const region = referenceData().region(d.regionCode);
  if (!region || region.level === 'street') throw invalid([{ path: 'regionCode', message: 'must be the city or one of its districts' }]);
  await db.transaction().execute(async (tx) => {
    const before = await tx.selectFrom('accident_rate_denominators').select(['gdp_yuan', 'workers']).where('region_code', '=', d.regionCode).where('year', '=', d.year).forUpdate().executeTakeFirst();
    await tx
      .insertInto('accident_rate_denominators')
      .values({ region_code: d.regionCode, year: d.year, gdp_yuan: d.gdpYuan, workers: d.workers })
      .onConflict((oc) => oc.columns(['region_code', 'year']).doUpdateSet({ gdp_yuan: d.gdpYuan, workers: d.workers, updated_at: new Date() }))
      .execute();
    await recordAudit(tx, auditActorOf(actor), {
      action: 'set',
      entity: 'accident_rate_denominator',
      entityId: `${d.regionCode}/${d.year}`,
      before: before ? { regionCode: d.regionCode, year: d.year, gdpYuan: before.gdp_yuan === null ? null : Number(before.gdp_yuan), workers: before.workers } : null,
      after: d,
    });
  });
  return d;
}
