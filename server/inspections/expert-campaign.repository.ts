import { sql, type SqlBool } from 'kysely';
import type { ExpertCampaignListQuery } from '../../core/inspections/expert-assessment.ts';
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';
import { inScope } from '../organisations/scope-condition.ts';

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Campaigns a caller sees: a department's officers their department's; an expert those with an assignment of
 * theirs; the administrator all. The counts are of the assignments the caller sees (an expert's own).
 */
export function campaignQuery(db: Db, actor: Actor) {
  const mine = actor.role === 'expert' ? sql`AND a.expert_id = ${actor.userId}` : sql``;
  let q = db
    .selectFrom('expert_campaigns as c')
    .innerJoin('departments as d', 'd.id', 'c.department_id')
    .select([
      'c.id',
      'c.name',
      'c.key_industry',
      'c.department_id',
      'd.name as department_name',
      'c.starts_on',
      'c.ends_on',
      'c.builtin_checklist',
      'c.checklist_id',
      'c.checklist_name',
      'c.created_by_name',
      'c.created_at',
    ])
    .select(sql<number>`(SELECT count(*) FROM expert_assignments a WHERE a.campaign_id = c.id ${mine})`.as('assignment_count'))
    .select(sql<number>`(SELECT count(*) FROM expert_assignments a WHERE a.campaign_id = c.id AND a.reported_at IS NOT NULL ${mine})`.as('reported_count'));
  if (actor.departmentId) q = q.where('c.department_id', '=', actor.departmentId);
  if (actor.role === 'expert') q = q.where((eb) => eb.exists(eb.selectFrom('expert_assignments as a').select('a.id').whereRef('a.campaign_id', '=', 'c.id').where('a.expert_id', '=', actor.userId)));
  return q;
}
export type CampaignRow = Awaited<ReturnType<ReturnType<typeof campaignQuery>['executeTakeFirstOrThrow']>>;

/** The list's filters; each has its index (20261203163100_expert_campaign_checklists.sql). */
export function campaignFilter(f: ExpertCampaignListQuery, today: string) {
  const c = [sql<SqlBool>`true`];
  if (f.keyIndustry) c.push(sql<SqlBool>`c.key_industry = ${f.keyIndustry}`);
  if (f.q) c.push(sql<SqlBool>`c.name ILIKE ${`%${escapeLike(f.q)}%`}`);
  if (f.status === 'upcoming') c.push(sql<SqlBool>`c.starts_on > ${today}`);
  if (f.status === 'ended') c.push(sql<SqlBool>`c.ends_on < ${today}`);
  if (f.status === 'active') c.push(sql<SqlBool>`(c.starts_on IS NULL OR c.starts_on <= ${today}) AND (c.ends_on IS NULL OR c.ends_on >= ${today})`);
  return sql<SqlBool>`${sql.join(c, sql` AND `)}`;
}

/** Assignments a caller sees: of enterprises in scope, an expert only their own. */
export function assignmentsQuery(db: Db, actor: Actor) {
  let q = db
    .selectFrom('expert_assignments as a')
    .innerJoin('enterprises', 'enterprises.id', 'a.enterprise_id')
    .select([
      'a.id',
      'a.campaign_id',
      'a.enterprise_id',
      'enterprises.name as enterprise_name',
      'enterprises.industry_code',
      'a.expert_id',
      'a.expert_name',
      'a.reported_at',
      'a.score',
      'a.max_score',
      'a.conclusion',
    ])
    .select(sql<number>`(SELECT count(*) FROM expert_findings f WHERE f.assignment_id = a.id AND f.outcome = 'fail')`.as('problem_count'))
    .where(inScope(actor.scope, 'enterprises'));
  if (actor.role === 'expert') q = q.where('a.expert_id', '=', actor.userId);
  return q;
}
export type AssignmentRow = Awaited<ReturnType<ReturnType<typeof assignmentsQuery>['executeTakeFirstOrThrow']>>;

export function findingsOf(db: Db, assignmentId: string) {
  return db
    .selectFrom('expert_findings as f')
    .leftJoin('risk_points as r', 'r.id', 'f.risk_point_id')
    .select(['f.id', 'f.item_code', 'f.item', 'f.phrasing', 'f.outcome', 'f.score', 'f.max_score', 'f.note', 'f.hazard_id', 'f.risk_point_id', 'r.name as risk_point_name'])
    .where('f.assignment_id', '=', assignmentId)
    .orderBy('f.position')
    .execute();
}
export type FindingRow = Awaited<ReturnType<typeof findingsOf>>[number];
