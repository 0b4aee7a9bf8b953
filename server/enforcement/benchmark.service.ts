import { sql } from 'kysely';
import type { BenchmarkPut, BenchmarkQuery, BenchmarkSet } from '../../core/enforcement/case-view.schema.ts';
import { DEFAULT_BENCHMARKS, type DiscretionBenchmark } from '../../core/enforcement/discretion.ts';
import { formatCivilDate } from '../../core/enforcement/procedure-rules.ts';
import { regionPath } from '../../core/organisations/regions.ts';
import { cityDateOf } from '../../core/shared/city-time.ts';
import { auditActorOf, type Actor } from '../auth/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import { forbidden, notFound } from '../http/errors.ts';
import { findEnterpriseById } from '../organisations/enterprise.repository.ts';

/**
 * Discretion benchmarks per jurisdiction and effective date (issue 14 "Discretion benchmarks", docs/adr/0050). A
 * version is the complete set a jurisdiction published from one date. The set in force for an enterprise on a day
 * is its district's latest version from on or before that day, else the city's, else DEFAULT_BENCHMARKS
 * (domain-rules §8.1).
 */

export const todayOf = (now: Date) => formatCivilDate(cityDateOf(now));

/** The set in force on `on` for a region path (city first, as core/organisations/regions.ts builds it). */
export async function benchmarksInForce(db: Db, path: readonly string[], on: string): Promise<Omit<BenchmarkSet, 'jurisdiction'>> {
  // Streets publish no benchmarks: the district and the city do.
  const candidates = path.filter((code) => code.length === 6).reverse();
  if (candidates.length > 0) {
    const versions = await db
      .selectFrom('discretion_benchmarks')
      .select(['jurisdiction', sql<string>`max(effective_from)::text`.as('effective_from')])
      .where('jurisdiction', 'in', candidates)
      .where('effective_from', '<=', on)
      .groupBy('jurisdiction')
      .execute();
    const applied = candidates.map((code) => versions.find((v) => v.jurisdiction === code)).find((v) => v !== undefined);
    if (applied) {
      const rows = await db
        .selectFrom('discretion_benchmarks')
        .select('benchmark')
        .where('jurisdiction', '=', applied.jurisdiction)
        .where('effective_from', '=', applied.effective_from)
        .orderBy('code')
        .execute();
      return { source: 'configured', appliedJurisdiction: applied.jurisdiction, effectiveFrom: applied.effective_from, benchmarks: rows.map((r) => r.benchmark as DiscretionBenchmark) };
    }
  }
  return { source: 'default', appliedJurisdiction: null, effectiveFrom: null, benchmarks: [...DEFAULT_BENCHMARKS] };
}

export async function getBenchmarks(db: Db, jurisdiction: string, on: string | undefined, now = new Date()): Promise<BenchmarkSet> {
  return { jurisdiction, ...(await benchmarksInForce(db, regionPath(jurisdiction), on ?? todayOf(now))) };
}

/** GET /discretion-benchmarks: by jurisdiction, or for an enterprise in the caller's scope (404 outside it). */
export async function queryBenchmarks(db: Db, actor: Actor, q: BenchmarkQuery, now = new Date()): Promise<BenchmarkSet> {
  if (!q.enterpriseId) return getBenchmarks(db, q.jurisdiction!, q.on, now);
  const enterprise = await findEnterpriseById(db, actor.scope, q.enterpriseId);
  if (!enterprise) throw notFound('Enterprise');
  const path = enterprise.region_path.filter((code) => code.length === 6);
  return { jurisdiction: path.at(-1) ?? '', ...(await benchmarksInForce(db, enterprise.region_path, q.on ?? todayOf(now))) };
}

/**
 * Publishes (or replaces) the version of a jurisdiction from `effectiveFrom`. Cases keep the penalty they decided:
 * a later version changes only what is checked from its date. A regulator publishes for the regions of their
 * department (a department of the whole city for any), an administrator for any.
 */
export async function putBenchmarks(db: Db, actor: Actor, input: BenchmarkPut, now = new Date()): Promise<BenchmarkSet> {
  const scope = actor.scope;
  if (scope.kind === 'enterprise' || (scope.kind === 'department' && scope.regionCodes && !scope.regionCodes.some((c) => regionPath(input.jurisdiction).includes(c)))) {
    throw forbidden('Benchmarks are published for the regions of your department', 'jurisdiction_outside_scope');
  }
  await db.transaction().execute(async (tx) => {
    const before = await tx
      .deleteFrom('discretion_benchmarks')
      .where('jurisdiction', '=', input.jurisdiction)
      .where('effective_from', '=', input.effectiveFrom)
      .returning(['code', 'benchmark'])
      .execute();
    await tx
      .insertInto('discretion_benchmarks')
      .values(input.benchmarks.map((b) => ({ jurisdiction: input.jurisdiction, effective_from: input.effectiveFrom, code: b.code, benchmark: JSON.stringify(b), created_by: actor.userId })))
      .execute();
    await recordAudit(tx, auditActorOf(actor), {
      action: 'discretion_benchmarks.publish',
      entity: 'discretion_benchmarks',
      entityId: `${input.jurisdiction}@${input.effectiveFrom}`,
      before: before.length > 0 ? before.map((r) => r.benchmark) : undefined,
      after: input.benchmarks,
    });
  });
  return getBenchmarks(db, input.jurisdiction, input.effectiveFrom, now);
}
