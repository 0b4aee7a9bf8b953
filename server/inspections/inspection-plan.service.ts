import { sql } from 'kysely';
import type { InspectionPlan, InspectionPlanCreate } from '../../core/inspections/inspection.schema.ts';
import { offsetOf, type Page, type PageQuery } from '../../core/shared/pagination.ts';
import { auditActorOf, type Actor } from '../auth/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import { notFound } from '../http/errors.ts';
import { actingDepartment } from './inspection-actor.ts';

/** Annual inspection plans (年度监督检查计划) of a department; a department sees its own, city-wide roles all. */
function planQuery(db: Db, actor: Actor) {
  let q = db
    .selectFrom('inspection_plans as p')
    .innerJoin('departments as d', 'd.id', 'p.department_id')
    .select([
      'p.id', 'p.department_id', 'd.name as department_name', 'p.year', 'p.name', 'p.planned_count', 'p.key_points', 'p.created_by_name', 'p.created_at',
      sql<number>`(SELECT count(*) FROM inspection_draws w WHERE w.plan_id = p.id)::int`.as('draw_count'),
      sql<number>`(SELECT count(*) FROM inspections i WHERE i.plan_id = p.id)::int`.as('inspection_count'),
    ]);
  if (actor.departmentId) q = q.where('p.department_id', '=', actor.departmentId);
  return q;
}

type PlanRow = Awaited<ReturnType<ReturnType<typeof planQuery>['executeTakeFirstOrThrow']>>;

const present = (r: PlanRow): InspectionPlan => ({
  id: r.id,
  departmentId: r.department_id,
  departmentName: r.department_name,
  year: r.year,
  name: r.name,
  plannedCount: r.planned_count,
  keyPoints: r.key_points,
  drawCount: r.draw_count,
  inspectionCount: r.inspection_count,
  createdByName: r.created_by_name,
  createdAt: r.created_at,
});

export async function createInspectionPlan(db: Db, actor: Actor, input: InspectionPlanCreate): Promise<InspectionPlan> {
  const department = await actingDepartment(db, actor);
  const id = await db.transaction().execute(async (tx) => {
    const { id } = await tx
      .insertInto('inspection_plans')
      .values({ department_id: department.id, year: input.year, name: input.name, planned_count: input.plannedCount, key_points: input.keyPoints, created_by: actor.userId, created_by_name: actor.displayName })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(tx, auditActorOf(actor), { action: 'create', entity: 'inspection_plan', entityId: id, after: input });
    return id;
  });
  return getInspectionPlan(db, actor, id);
}

export async function getInspectionPlan(db: Db, actor: Actor, id: string): Promise<InspectionPlan> {
  const row = await planQuery(db, actor).where('p.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Inspection plan');
  return present(row);
}

export async function listInspectionPlans(db: Db, actor: Actor, query: PageQuery & { year?: number | undefined }): Promise<Page<InspectionPlan>> {
  let q = planQuery(db, actor);
  if (query.year) q = q.where('p.year', '=', query.year);
  const [rows, total] = await Promise.all([
    q.orderBy('p.year', 'desc').orderBy('p.created_at', 'desc').limit(query.pageSize).offset(offsetOf(query)).execute(),
    q.clearSelect().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(present), total: Number(total.n), page: query.page, pageSize: query.pageSize };
}
