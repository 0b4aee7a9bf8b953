import { z } from 'zod';
import { scoreSummary, type ExpertCampaignCreate, type ExpertReportBody } from '../../core/inspections/expert-assessment.ts';
import { keyIndustriesOf } from '../../core/organisations/industries.ts';
import { offsetOf, type Page, type PageQuery } from '../../core/shared/pagination.ts';
import { auditActorOf, type Actor } from '../auth/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import { invalid, notFound, refused, type ErrorDetail } from '../http/errors.ts';
import { inScope } from '../organisations/scope-condition.ts';
import { actingDepartment } from './inspection-actor.ts';

export const assignmentSchema = z.object({
  id: z.uuid(),
  enterpriseId: z.uuid(),
  enterpriseName: z.string(),
  expertId: z.uuid(),
  expertName: z.string(),
  reportedAt: z.date().nullable(),
  score: z.number().int().nullable(),
  maxScore: z.number().int().nullable(),
  percent: z.number().nullable(),
});
export const campaignSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  keyIndustry: z.string(),
  departmentName: z.string(),
  createdAt: z.date(),
  assignments: z.array(assignmentSchema),
});
export const reportSchema = assignmentSchema.extend({
  campaignName: z.string(),
  keyIndustry: z.string(),
  conclusion: z.string().nullable(),
  findings: z.array(z.object({ item: z.string(), score: z.number().int(), maxScore: z.number().int(), note: z.string() })),
});

type Campaign = z.infer<typeof campaignSchema>;

/** Campaigns a caller sees: the department's own; an expert those with an assignment of theirs; city roles all. */
function campaignQuery(db: Db, actor: Actor) {
  let q = db.selectFrom('expert_campaigns as c').innerJoin('departments as d', 'd.id', 'c.department_id').select(['c.id', 'c.name', 'c.key_industry', 'd.name as department_name', 'c.created_at']);
  if (actor.departmentId) q = q.where('c.department_id', '=', actor.departmentId);
  if (actor.role === 'expert') q = q.where((eb) => eb.exists(eb.selectFrom('expert_assignments as a').select('a.id').whereRef('a.campaign_id', '=', 'c.id').where('a.expert_id', '=', actor.userId)));
  return q;
}

function assignmentsQuery(db: Db, actor: Actor) {
  let q = db
    .selectFrom('expert_assignments as a')
    .innerJoin('enterprises', 'enterprises.id', 'a.enterprise_id')
    .select(['a.id', 'a.campaign_id', 'a.enterprise_id', 'enterprises.name as enterprise_name', 'a.expert_id', 'a.expert_name', 'a.reported_at', 'a.score', 'a.max_score', 'a.conclusion'])
    .where(inScope(actor.scope, 'enterprises'));
  if (actor.role === 'expert') q = q.where('a.expert_id', '=', actor.userId);
  return q;
}
type AssignmentRow = Awaited<ReturnType<ReturnType<typeof assignmentsQuery>['executeTakeFirstOrThrow']>>;

const presentAssignment = (a: AssignmentRow) => ({
  id: a.id,
  enterpriseId: a.enterprise_id,
  enterpriseName: a.enterprise_name,
  expertId: a.expert_id,
  expertName: a.expert_name,
  reportedAt: a.reported_at,
  score: a.score,
  maxScore: a.max_score,
  percent: a.score !== null && a.max_score ? scoreSummary([{ score: a.score, maxScore: a.max_score }]).percent : null,
});

/**
 * A campaign for one key industry: each enterprise must be in the department's scope and of that industry, each
 * expert an `expert` user; assignments are written with the campaign and its audit event, or nothing is.
 */
export async function createCampaign(db: Db, actor: Actor, input: ExpertCampaignCreate): Promise<Campaign> {
  const department = await actingDepartment(db, actor);
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
    if (!e) details.push({ path: `assignments.${i}.enterpriseId`, message: 'is not an enterprise in your scope' });
    else if (!keyIndustriesOf(e.industry_code).includes(input.keyIndustry)) details.push({ path: `assignments.${i}.enterpriseId`, message: `is not in the key industry ${input.keyIndustry}` });
    if (!xById.has(a.expertId)) details.push({ path: `assignments.${i}.expertId`, message: 'is not an expert' });
  });
  if (enterpriseIds.length !== input.assignments.length) details.push({ path: 'assignments', message: 'must name each enterprise once' });
  if (details.length > 0) throw invalid(details);
  const id = await db.transaction().execute(async (tx) => {
    const { id } = await tx
      .insertInto('expert_campaigns')
      .values({ department_id: department.id, name: input.name, key_industry: input.keyIndustry, created_by: actor.userId, created_by_name: actor.displayName })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('expert_assignments')
      .values(input.assignments.map((a) => ({ campaign_id: id, enterprise_id: a.enterpriseId, expert_id: a.expertId, expert_name: xById.get(a.expertId)!.display_name })))
      .execute();
    await recordAudit(tx, auditActorOf(actor), { action: 'create', entity: 'expert_campaign', entityId: id, after: input });
    return id;
  });
  return getCampaign(db, actor, id);
}

export async function getCampaign(db: Db, actor: Actor, id: string): Promise<Campaign> {
  const row = await campaignQuery(db, actor).where('c.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Expert campaign');
  const assignments = await assignmentsQuery(db, actor).where('a.campaign_id', '=', id).orderBy('enterprises.name').execute();
  return { id: row.id, name: row.name, keyIndustry: row.key_industry, departmentName: row.department_name, createdAt: row.created_at, assignments: assignments.map(presentAssignment) };
}

export async function listCampaigns(db: Db, actor: Actor, page: PageQuery) {
  const q = campaignQuery(db, actor);
  const [rows, total] = await Promise.all([
    q.orderBy('c.created_at', 'desc').orderBy('c.id', 'desc').limit(page.pageSize).offset(offsetOf(page)).execute(),
    q.clearSelect().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  const items = rows.map((r) => ({ id: r.id, name: r.name, keyIndustry: r.key_industry, departmentName: r.department_name, createdAt: r.created_at }));
  return { items, total: Number(total.n), page: page.page, pageSize: page.pageSize } satisfies Page<unknown>;
}

/** The assigned expert records the scored findings and the conclusion, once: the report is then fixed. */
export async function submitReport(db: Db, actor: Actor, assignmentId: string, body: ExpertReportBody, now = new Date()) {
  const summary = scoreSummary(body.findings);
  await db.transaction().execute(async (tx) => {
    const row = await tx.selectFrom('expert_assignments').select(['id', 'expert_id', 'reported_at']).where('id', '=', assignmentId).forUpdate().executeTakeFirst();
    if (!row || row.expert_id !== actor.userId) throw notFound('Assignment');
    if (row.reported_at) throw refused('The report of this assignment has already been submitted', 'already_submitted');
    await tx.insertInto('expert_findings').values(body.findings.map((f, position) => ({ assignment_id: assignmentId, position, item: f.item, score: f.score, max_score: f.maxScore, note: f.note }))).execute();
    await tx.updateTable('expert_assignments').set({ reported_at: now, score: summary.score, max_score: summary.maxScore, conclusion: body.conclusion }).where('id', '=', assignmentId).execute();
    await recordAudit(tx, auditActorOf(actor), { action: 'report', entity: 'expert_assignment', entityId: assignmentId, after: { ...body, ...summary } });
  });
  return getReport(db, actor, assignmentId);
}

/** The report of one enterprise in a campaign (scoped: the department, the enterprise itself, the expert). */
export async function getReport(db: Db, actor: Actor, assignmentId: string) {
  const a = await assignmentsQuery(db, actor).where('a.id', '=', assignmentId).executeTakeFirst();
  if (!a) throw notFound('Assignment');
  const [campaign, findings] = await Promise.all([
    db.selectFrom('expert_campaigns').select(['name', 'key_industry']).where('id', '=', a.campaign_id).executeTakeFirstOrThrow(),
    db.selectFrom('expert_findings').select(['item', 'score', 'max_score', 'note']).where('assignment_id', '=', assignmentId).orderBy('position').execute(),
  ]);
  return {
    ...presentAssignment(a),
    campaignName: campaign.name,
    keyIndustry: campaign.key_industry,
    conclusion: a.conclusion,
    findings: findings.map((f) => ({ item: f.item, score: f.score, maxScore: f.max_score, note: f.note })),
  };
}
