import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { RiskPointListQuery } from '../../core/risks/risk-point.schema.ts';
import type { Scope } from '../../core/organisations/scope.ts';
import type { Db } from '../db/database.ts';
import type { RiskPointReviewsTable, RiskPointsTable } from '../db/schema.ts';
import { inScope } from '../organisations/scope-condition.ts';

export type RiskPointRow = Selectable<RiskPointsTable> & { enterprise_name: string };

/** Risk points joined with their enterprise, whose region and industry decide the scope (docs/adr/0007). */
function scoped(db: Db, scope: Scope) {
  return db
    .selectFrom('risk_points')
    .innerJoin('enterprises', 'enterprises.id', 'risk_points.enterprise_id')
    .where(inScope(scope, 'enterprises'));
}

const LEVEL_ORDER = sql<number>`array_position(ARRAY['major','larger','general','low'], risk_points.level)`;

function filtered(db: Db, scope: Scope, f: RiskPointListQuery, today: string) {
  let q = scoped(db, scope).where('risk_points.active', '=', f.active ?? true);
  if (f.enterpriseId) q = q.where('risk_points.enterprise_id', '=', f.enterpriseId);
  if (f.level) q = q.where('risk_points.level', '=', f.level);
  if (f.reviewOverdue !== undefined) q = q.where('risk_points.review_date', f.reviewOverdue ? '<' : '>=', today);
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) => eb.or([eb('risk_points.name', 'ilike', like), eb('risk_points.location', 'ilike', like), eb('risk_points.object', 'ilike', like)]));
  }
  return q;
}

/** A page of risk points, highest level first, and their number. */
export async function listRiskPoints(db: Db, scope: Scope, f: RiskPointListQuery, today: string, limit: number, offset: number) {
  const [rows, count] = await Promise.all([
    filtered(db, scope, f, today)
      .selectAll('risk_points')
      .select('enterprises.name as enterprise_name')
      .orderBy(LEVEL_ORDER)
      .orderBy('risk_points.enterprise_id')
      .orderBy('risk_points.name')
      .orderBy('risk_points.id')
      .limit(limit)
      .offset(offset)
      .execute(),
    filtered(db, scope, f, today).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows: rows as RiskPointRow[], total: Number(count.n) };
}

/** Every active risk point of one enterprise, for its register (the API caps nothing here: a register is whole). */
export function enterpriseRiskPoints(db: Db, scope: Scope, enterpriseId: string): Promise<RiskPointRow[]> {
  return scoped(db, scope)
    .where('risk_points.enterprise_id', '=', enterpriseId)
    .where('risk_points.active', '=', true)
    .selectAll('risk_points')
    .select('enterprises.name as enterprise_name')
    .orderBy(LEVEL_ORDER)
    .orderBy('risk_points.name')
    .orderBy('risk_points.id')
    .execute() as Promise<RiskPointRow[]>;
}

export function findRiskPoint(db: Db, scope: Scope, id: string, forUpdate = false): Promise<RiskPointRow | undefined> {
  const q = scoped(db, scope).where('risk_points.id', '=', id).selectAll('risk_points').select('enterprises.name as enterprise_name');
  return (forUpdate ? q.forUpdate('risk_points') : q).executeTakeFirst() as Promise<RiskPointRow | undefined>;
}

export function insertRiskPoint(db: Db, row: Insertable<RiskPointsTable>) {
  return db.insertInto('risk_points').values(row).returningAll().executeTakeFirstOrThrow();
}

export function updateRiskPoint(db: Db, id: string, changes: Updateable<RiskPointsTable>) {
  return db.updateTable('risk_points').set({ ...changes, updated_at: new Date() }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

/** Risk points per enterprise and level, in scope: the four-colour distribution, counted in SQL. */
export function levelCountsByEnterprise(db: Db, scope: Scope, enterpriseId: string | undefined) {
  let q = scoped(db, scope).where('risk_points.active', '=', true);
  if (enterpriseId) q = q.where('risk_points.enterprise_id', '=', enterpriseId);
  return q
    .select(['enterprises.id', 'enterprises.name', 'enterprises.district_code', 'enterprises.lng', 'enterprises.lat', 'risk_points.level'])
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .groupBy(['enterprises.id', 'risk_points.level'])
    .orderBy('enterprises.id')
    .execute();
}

export function deleteRiskPoint(db: Db, id: string) {
  return db.deleteFrom('risk_points').where('id', '=', id).executeTakeFirstOrThrow();
}

export function insertReview(db: Db, row: Insertable<RiskPointReviewsTable>) {
  return db.insertInto('risk_point_reviews').values(row).returningAll().executeTakeFirstOrThrow();
}

/** A page of one point's reviews, latest first, and their number. */
export async function listReviews(db: Db, riskPointId: string, limit: number, offset: number) {
  const base = db.selectFrom('risk_point_reviews').where('risk_point_id', '=', riskPointId);
  const [rows, count] = await Promise.all([
    base.selectAll().orderBy('reviewed_on', 'desc').orderBy('created_at', 'desc').limit(limit).offset(offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** A page of one point's audit events, newest first (audit_events_entity_idx), and their number. */
export async function listRiskPointAudit(db: Db, riskPointId: string, limit: number, offset: number) {
  const base = db.selectFrom('audit_events').where('entity', '=', 'risk_point').where('entity_id', '=', riskPointId);
  const [rows, count] = await Promise.all([
    base.select(['id', 'at', 'actor_name', 'action', 'before', 'after']).orderBy('id', 'desc').limit(limit).offset(offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}
