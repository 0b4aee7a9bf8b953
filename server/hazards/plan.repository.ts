import { sql, type Insertable, type RawBuilder, type Selectable, type SqlBool } from 'kysely';
import type { PlanEnterpriseFilter, PlanListQuery } from '../../core/hazards/investigation-plan.schema.ts';
import type { Scope } from '../../core/organisations/scope.ts';
import type { Db } from '../db/database.ts';
import type { InvestigationPlansTable } from '../db/schema.ts';
import { inScope } from '../organisations/scope-condition.ts';

export type PlanRow = Selectable<InvestigationPlansTable>;

const BATCH = 1000;

/**
 * The plans a caller sees: those that reach an enterprise in its scope, and a department's own plans (also once
 * their enterprises have moved away). A plan is read through its enterprises, like every record that belongs
 * to enterprises (docs/adr/0007).
 */
function visibleTo(scope: Scope): RawBuilder<SqlBool> {
  switch (scope.kind) {
    case 'city':
      return sql<SqlBool>`true`;
    case 'department':
      return sql<SqlBool>`(investigation_plans.department_id = ${scope.departmentId} OR EXISTS (
        SELECT 1 FROM investigation_plan_enterprises pe JOIN enterprises ON enterprises.id = pe.enterprise_id
        WHERE pe.plan_id = investigation_plans.id AND ${inScope(scope, 'enterprises')}))`;
    case 'enterprise':
      return sql<SqlBool>`EXISTS (SELECT 1 FROM investigation_plan_enterprises pe
        WHERE pe.plan_id = investigation_plans.id AND pe.enterprise_id = ${scope.enterpriseId})`;
  }
}

function listCondition(scope: Scope, f: PlanListQuery, now: Date): RawBuilder<SqlBool> {
  const c: RawBuilder<unknown>[] = [visibleTo(scope)];
  if (f.enterpriseId) {
    c.push(sql`EXISTS (SELECT 1 FROM investigation_plan_enterprises f WHERE f.plan_id = investigation_plans.id AND f.enterprise_id = ${f.enterpriseId})`);
  }
  if (f.frequency) c.push(sql`investigation_plans.frequency = ${f.frequency}`);
  if (f.active === true) c.push(sql`investigation_plans.ends_at > ${now}`);
  if (f.active === false) c.push(sql`investigation_plans.ends_at <= ${now}`);
  return sql<SqlBool>`${sql.join(c, sql` AND `)}`;
}

export async function listPlans(db: Db, scope: Scope, f: PlanListQuery, limit: number, offset: number, now: Date) {
  const where = listCondition(scope, f, now);
  const [rows, count] = await Promise.all([
    db.selectFrom('investigation_plans').selectAll().where(where).orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).offset(offset).execute(),
    db.selectFrom('investigation_plans').select((eb) => eb.fn.countAll<number>().as('n')).where(where).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export function findPlan(db: Db, scope: Scope, id: string): Promise<PlanRow | undefined> {
  return db.selectFrom('investigation_plans').selectAll().where('id', '=', id).where(visibleTo(scope)).executeTakeFirst();
}

export function insertPlan(db: Db, row: Insertable<InvestigationPlansTable>) {
  return db.insertInto('investigation_plans').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function insertPlanEnterprises(db: Db, planId: string, enterpriseIds: readonly string[]) {
  for (let i = 0; i < enterpriseIds.length; i += BATCH) {
    const rows = enterpriseIds.slice(i, i + BATCH).map((enterprise_id) => ({ plan_id: planId, enterprise_id }));
    await db.insertInto('investigation_plan_enterprises').values(rows).execute();
  }
}

export async function planEnterpriseIds(db: Db, planId: string): Promise<string[]> {
  const rows = await db.selectFrom('investigation_plan_enterprises').select('enterprise_id').where('plan_id', '=', planId).orderBy('enterprise_id').execute();
  return rows.map((r) => r.enterprise_id);
}

export interface CandidateEnterprise {
  id: string;
  industry_code: string;
}

/** Those of `ids` that exist in the caller's scope. */
export function enterprisesInScope(db: Db, scope: Scope, ids: readonly string[]): Promise<CandidateEnterprise[]> {
  return db.selectFrom('enterprises').select(['id', 'industry_code']).where(sql<SqlBool>`enterprises.id = ANY(${ids}::uuid[])`).where(inScope(scope, 'enterprises')).execute();
}

/**
 * Enterprises in scope that match a plan's filter and that the checklist applies to (an ancestor of their
 * industry in the list's scope and in some item's), at most `limit`, by id. The paths are GIN-indexed.
 */
export function enterprisesMatching(
  db: Db,
  scope: Scope,
  f: PlanEnterpriseFilter,
  checklist: { listScope: readonly string[]; itemScopes: readonly string[] },
  limit: number,
): Promise<CandidateEnterprise[]> {
  const c: RawBuilder<unknown>[] = [
    inScope(scope, 'enterprises'),
    sql`enterprises.industry_path && ${checklist.listScope}::text[]`,
    sql`enterprises.industry_path && ${checklist.itemScopes}::text[]`,
  ];
  if (f.regionCodes) c.push(sql`enterprises.region_path && ${f.regionCodes}::text[]`);
  if (f.industryCodes) c.push(sql`enterprises.industry_path && ${f.industryCodes}::text[]`);
  if (f.keyIndustry) c.push(sql`enterprises.key_industries @> ARRAY[${f.keyIndustry}]::text[]`);
  return db
    .selectFrom('enterprises')
    .select(['id', 'industry_code'])
    .where(sql<SqlBool>`${sql.join(c, sql` AND `)}`)
    .orderBy('id')
    .limit(limit)
    .execute();
}

/** Plans with a started period that has no tasks yet (the generation job), oldest first. */
export function plansWithPeriodsDue(db: Db, now: Date) {
  return db
    .selectFrom('investigation_plans')
    .select('id')
    .where('next_period_at', '<=', now)
    .where(sql<SqlBool>`next_period_at < ends_at`)
    .orderBy('next_period_at')
    .execute();
}

/** Locks the plan for its generation: one writer of its tasks and watermark at a time. */
export function findPlanForUpdate(db: Db, id: string): Promise<PlanRow | undefined> {
  return db.selectFrom('investigation_plans').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export function setNextPeriodAt(db: Db, id: string, nextPeriodAt: Date) {
  return db.updateTable('investigation_plans').set({ next_period_at: nextPeriodAt }).where('id', '=', id).execute();
}
