import { applicableItems } from '../../core/hazards/checklist-catalogue.ts';
import { cityToday } from '../../core/hazards/plan-window.ts';
import type { ExpertCampaign, ExpertCampaignCreate, ExpertCampaignListQuery, ExpertCampaignSummary } from '../../core/inspections/expert-assessment.ts';
import { keyIndustriesOf } from '../../core/organisations/industries.ts';
import { offsetOf, type Page, type PageQuery } from '../../core/shared/pagination.ts';
import { auditActorOf, type Actor } from '../auth/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import { usableChecklist } from '../hazards/checklist.service.ts';
import { invalid, notFound, type ErrorDetail } from '../http/errors.ts';
import { inScope } from '../organisations/scope-condition.ts';
import { assignmentsQuery, campaignFilter, campaignQuery } from './expert-campaign.repository.ts';
import { presentAssignment, presentCampaign } from './expert-campaign.presenter.ts';
import { actingDepartment } from './inspection-actor.ts';


/**
 * A campaign for one key industry: each enterprise must be in the department's scope and of that industry (and,
 * with a checklist, have an item of it), each expert an active `expert` user; assignments are written with the
 * campaign and its audit event, or nothing is.
 */
export async function createCampaign(db: Db, actor: Actor, input: ExpertCampaignCreate, now = new Date()): Promise<ExpertCampaign> {
  const department = await actingDepartment(db, actor);
  const checklist = input.checklist === undefined ? undefined : await usableChecklist(db, actor, input.checklist, 'checklist');
  const enterpriseIds = [...new Set(input.assignments.map((a) => a.enterpriseId))];
  const expertIds = [...new Set(input.assignments.map((a) => a.expertId))];
  const [enterprises, experts] = await Promise.all([
    db.selectFrom('enterprises').select(['id', 'industry_code']).where('id', 'in', enterpriseIds).where(inScope(actor.scope, 'enterprises')).execute(),
    db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', expertIds).where('role', '=', 'expert').where('disabled', '=', false).execute(),
  ]);
  const eById = new Map(enterprises.map((e) => [e.id, e]));
  const xById = new Map(experts.map((x) => [x.id, x]));
  const details: ErrorDetail[] = [];
  input.assignments.forEach((a, i) => {
    const e = eById.get(a.enterpriseId);
    const path = `assignments.${i}.enterpriseId`;
    if (!e) details.push({ path, message: 'is not an enterprise in your scope' });
    else if (!keyIndustriesOf(e.industry_code).includes(input.keyIndustry)) details.push({ path, message: `is not in the key industry ${input.keyIndustry}` });
    else if (checklist && applicableItems(checklist, e.industry_code).length === 0) details.push({ path, message: `the checklist has no item for its industry ${e.industry_code}` });
    if (!xById.has(a.expertId)) details.push({ path: `assignments.${i}.expertId`, message: 'is not an expert' });
  });
  if (enterpriseIds.length !== input.assignments.length) details.push({ path: 'assignments', message: 'must name each enterprise once' });
  if (details.length > 0) throw invalid(details);
  const id = await db.transaction().execute(async (tx) => {
    const { id } = await tx
      .insertInto('expert_campaigns')
      .values({
        department_id: department.id,
        name: input.name,
        key_industry: input.keyIndustry,
        starts_on: input.startDate,
        ends_on: input.endDate,
        builtin_checklist: checklist?.builtIn ? checklist.id : null,
        checklist_id: checklist && !checklist.builtIn ? checklist.id : null,
        checklist_name: checklist?.name ?? null,
        created_by: actor.userId,
        created_by_name: actor.displayName,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('expert_assignments')
      .values(input.assignments.map((a) => ({ campaign_id: id, enterprise_id: a.enterpriseId, expert_id: a.expertId, expert_name: xById.get(a.expertId)!.display_name })))
      .execute();
    await recordAudit(tx, auditActorOf(actor), { action: 'create', entity: 'expert_campaign', entityId: id, after: input });
    return id;
  });
  return getCampaign(db, actor, id, now);
}

export async function getCampaign(db: Db, actor: Actor, id: string, now = new Date()): Promise<ExpertCampaign> {
  const row = await campaignQuery(db, actor).where('c.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Expert campaign');
  const assignments = await assignmentsQuery(db, actor).where('a.campaign_id', '=', id).orderBy('enterprises.name').orderBy('a.id').execute();
  return { ...presentCampaign(row, cityToday(now)), assignments: assignments.map(presentAssignment) };
}

export async function listCampaigns(db: Db, actor: Actor, query: ExpertCampaignListQuery & PageQuery, now = new Date()): Promise<Page<ExpertCampaignSummary>> {
  const today = cityToday(now);
  const q = campaignQuery(db, actor).where(campaignFilter(query, today));
  const [rows, total] = await Promise.all([
    q.orderBy('c.created_at', 'desc').orderBy('c.id', 'desc').limit(query.pageSize).offset(offsetOf(query)).execute(),
    q.clearSelect().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map((r) => presentCampaign(r, today)), total: Number(total.n), page: query.page, pageSize: query.pageSize };
}

/** Active expert accounts, by name: whom a campaign may assign. */
export async function listExperts(db: Db, query: { q?: string | undefined } & PageQuery) {
  let q = db.selectFrom('users').where('role', '=', 'expert').where('disabled', '=', false);
  if (query.q) q = q.where('display_name', 'ilike', `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  const [rows, total] = await Promise.all([
    q.select(['id', 'display_name']).orderBy('display_name').orderBy('id').limit(query.pageSize).offset(offsetOf(query)).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map((r) => ({ id: r.id, name: r.display_name })), total: Number(total.n), page: query.page, pageSize: query.pageSize };
}
