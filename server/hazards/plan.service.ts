import { applicableItems, type ChecklistDefinition } from '../../core/hazards/checklist-catalogue.ts';
import { MAX_PLAN_ENTERPRISES, type Plan, type PlanCreate, type PlanListQuery } from '../../core/hazards/investigation-plan.schema.ts';
import { cityToday, planWindow } from '../../core/hazards/plan-window.ts';
import { offsetOf, type Page, type PageQuery } from '../../core/shared/pagination.ts';
import { auditActorOf, type Actor } from '../auth/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import { AppError, forbidden, invalid, notFound, type ErrorDetail } from '../http/errors.ts';
import { usableChecklist } from './checklist.service.ts';
import { presentPlan } from './plan.presenter.ts';
import { enterprisesInScope, enterprisesMatching, findPlan, insertPlan, insertPlanEnterprises, listPlans, type CandidateEnterprise } from './plan.repository.ts';
import { generatePlanTasks } from './task-generation.service.ts';

/**
 * Explicit enterprises: each must be in scope (404 otherwise, api.md) and answer at least one item of the list. An
 * unfit enterprise is named where the caller named it (`enterpriseIds.i`, when they did) and the checklist is named
 * too: choosing another list is the usual way out, and an enterprise officer's form has no enterprise field.
 */
async function namedEnterprises(db: Db, actor: Actor, ids: readonly string[], checklist: ChecklistDefinition, named: boolean): Promise<string[]> {
  const unique = [...new Set(ids)];
  const found = new Map((await enterprisesInScope(db, actor.scope, unique)).map((e) => [e.id, e]));
  const missing = unique.filter((id) => !found.has(id));
  if (missing.length > 0) {
    throw new AppError('NOT_FOUND', `Enterprise not found: ${missing.join(', ')}`, missing.map((id) => ({ path: `enterpriseIds.${ids.indexOf(id)}`, message: 'not found' })));
  }
  const unfit = unique.map((id) => found.get(id) as CandidateEnterprise).filter((e) => applicableItems(checklist, e.industry_code).length === 0);
  if (unfit.length > 0) {
    const industries = [...new Set(unfit.map((e) => e.industry_code))].join(', ');
    const details: ErrorDetail[] = named
      ? unfit.map((e) => ({ path: `enterpriseIds.${ids.indexOf(e.id)}`, message: `the checklist has no item for its industry ${e.industry_code}` }))
      : [];
    details.push({ path: 'checklist', message: `has no item for the industry ${industries} of ${unfit.length === 1 && !named ? 'your enterprise' : `${unfit.length} of the enterprises`}` });
    throw invalid(details);
  }
  return unique;
}

/** A filter, resolved now into the frozen list: enterprises in scope that match and that the list applies to. */
async function filteredEnterprises(db: Db, actor: Actor, filter: NonNullable<PlanCreate['filter']>, checklist: ChecklistDefinition): Promise<string[]> {
  const itemScopes = [...new Set(checklist.items.flatMap((i) => i.industryScope))];
  const found = await enterprisesMatching(db, actor.scope, filter, { listScope: checklist.industryScope, itemScopes }, MAX_PLAN_ENTERPRISES + 1);
  if (found.length > MAX_PLAN_ENTERPRISES) {
    throw invalid([{ path: 'filter', message: `matches more than ${MAX_PLAN_ENTERPRISES} enterprises: narrow it, or make several plans` }]);
  }
  if (found.length === 0) throw invalid([{ path: 'filter', message: 'matches no enterprise in your scope that the checklist applies to' }]);
  return found.map((e) => e.id);
}

/**
 * The plan's enterprises. A regulator names them or gives a filter over its scope; an enterprise officer plans
 * for their own enterprise only (naming another is as unknown as a missing one: 404).
 */
async function enterprisesOf(db: Db, actor: Actor, input: PlanCreate, checklist: ChecklistDefinition): Promise<string[]> {
  const scope = actor.scope;
  if (scope.kind === 'enterprise') {
    if (input.filter) throw invalid([{ path: 'filter', message: 'an enterprise plans for itself: leave the filter out' }]);
    return namedEnterprises(db, actor, input.enterpriseIds ?? [scope.enterpriseId], checklist, input.enterpriseIds !== undefined);
  }
  if (scope.kind !== 'department') throw forbidden('Only a department or an enterprise makes investigation plans', 'outside_scope');
  if (input.enterpriseIds) return namedEnterprises(db, actor, input.enterpriseIds, checklist, true);
  if (input.filter) return filteredEnterprises(db, actor, input.filter, checklist);
  throw invalid([{ path: 'enterpriseIds', message: 'give enterpriseIds or a filter' }]);
}

export async function createPlan(db: Db, actor: Actor, input: PlanCreate, now = new Date()): Promise<Plan> {
  if (input.startDate < cityToday(now)) throw invalid([{ path: 'startDate', message: 'must not be before today (Asia/Shanghai)' }]);
  const checklist = await usableChecklist(db, actor, input.checklist, 'checklist');
  const enterpriseIds = await enterprisesOf(db, actor, input, checklist);
  const { startsAt, endsAt } = planWindow(input.startDate, input.endDate);
  const row = await db.transaction().execute(async (tx) => {
    const plan = await insertPlan(tx, {
      name: input.name,
      key_areas: input.keyAreas,
      builtin_checklist: checklist.builtIn ? checklist.id : null,
      checklist_id: checklist.builtIn ? null : checklist.id,
      checklist_name: checklist.name,
      frequency: input.frequency,
      starts_at: startsAt,
      ends_at: endsAt,
      next_period_at: startsAt,
      department_id: actor.scope.kind === 'department' ? actor.scope.departmentId : null,
      enterprise_id: actor.scope.kind === 'enterprise' ? actor.scope.enterpriseId : null,
      enterprise_filter: input.filter ? JSON.stringify(input.filter) : null,
      enterprise_count: enterpriseIds.length,
      created_by: actor.userId,
      created_by_name: actor.displayName,
    });
    await insertPlanEnterprises(tx, plan.id, enterpriseIds);
    const audit = auditActorOf(actor);
    await recordAudit(tx, audit, { action: 'create', entity: 'investigation_plan', entityId: plan.id, after: { ...presentPlan(plan, now), enterpriseIds } });
    // A plan that starts today has today's tasks at once, not at the scheduler's next run.
    await generatePlanTasks(tx, plan, now, audit);
    return plan;
  });
  return presentPlan(row, now);
}

export async function searchPlans(db: Db, actor: Actor, query: PlanListQuery & PageQuery, now = new Date()): Promise<Page<Plan>> {
  const { rows, total } = await listPlans(db, actor.scope, query, query.pageSize, offsetOf(query), now);
  return { items: rows.map((r) => presentPlan(r, now)), total, page: query.page, pageSize: query.pageSize };
}

export async function getPlan(db: Db, actor: Actor, id: string, now = new Date()): Promise<Plan> {
  const row = await findPlan(db, actor.scope, id);
  if (!row) throw notFound('Investigation plan');
  return presentPlan(row, now);
}
