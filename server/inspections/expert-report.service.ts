import { applicableItems, presentChecklistItem } from '../../core/hazards/checklist-catalogue.ts';
import { phrasingOfText } from '../../core/hazards/checklists/checklist-phrasing.ts';
import type { ChecklistItem } from '../../core/hazards/checklists/checklist.schema.ts';
import { cityToday } from '../../core/hazards/plan-window.ts';
import { campaignStatusOn, defaultOutcome, scoreSummary, type ExpertReport, type ExpertReportBody } from '../../core/inspections/expert-assessment.ts';
import { auditActorOf, type Actor } from '../auth/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import { resolveChecklist } from '../hazards/checklist.service.ts';
import { AppError, invalid, notFound, refused, type ErrorDetail } from '../http/errors.ts';
import { checklistOf, presentAssignment, presentFinding } from './expert-campaign.presenter.ts';
import { assignmentsQuery, findingsOf } from './expert-campaign.repository.ts';

type CampaignChecklist = { builtin_checklist: string | null; checklist_id: string | null };

/** The campaign checklist's items that apply to the enterprise; none without a checklist. */
export async function campaignItems(db: Db, campaign: CampaignChecklist, industryCode: string): Promise<ChecklistItem[]> {
  const ref = campaign.builtin_checklist ?? campaign.checklist_id;
  if (ref === null) return [];
  // Whoever wrote the list, and retired or not: the campaign uses it.
  const checklist = await resolveChecklist(db, null, ref);
  return checklist ? applicableItems(checklist, industryCode) : [];
}

/**
 * The assigned expert records the scored findings and the conclusion, once: the report is then fixed. A finding
 * answers an item of the campaign's checklist that applies to the enterprise (its text and phrasing come from the
 * item) or names what was assessed; its outcome, unless given, is a problem when the score falls short.
 */
export async function submitReport(db: Db, actor: Actor, assignmentId: string, body: ExpertReportBody, now = new Date()): Promise<ExpertReport> {
  const summary = scoreSummary(body.findings);
  await db.transaction().execute(async (tx) => {
    const row = await tx
      .selectFrom('expert_assignments as a')
      .innerJoin('expert_campaigns as c', 'c.id', 'a.campaign_id')
      .innerJoin('enterprises as e', 'e.id', 'a.enterprise_id')
      .select(['a.id', 'a.expert_id', 'a.reported_at', 'c.starts_on', 'c.ends_on', 'c.builtin_checklist', 'c.checklist_id', 'e.industry_code'])
      .where('a.id', '=', assignmentId)
      .forUpdate('a')
      .executeTakeFirst();
    if (!row || row.expert_id !== actor.userId) throw notFound('Assignment');
    if (row.reported_at) throw refused('The report of this assignment has already been submitted', 'already_submitted');
    if (campaignStatusOn({ startDate: row.starts_on, endDate: row.ends_on }, cityToday(now)) === 'upcoming') {
      throw new AppError('INVALID_TRANSITION', `The campaign starts on ${row.starts_on}`);
    }
    const items = await campaignItems(tx, row, row.industry_code);
    const byCode = new Map(items.map((i) => [i.code, i]));
    const details: ErrorDetail[] = [];
    const seen = new Map<string, number>();
    body.findings.forEach((f, i) => {
      if (f.itemCode === undefined) return;
      if (!byCode.has(f.itemCode)) details.push({ path: `findings.${i}.itemCode`, message: `${f.itemCode} is not an item of the campaign’s checklist for this enterprise` });
      else if (seen.has(f.itemCode)) details.push({ path: `findings.${i}.itemCode`, message: `${f.itemCode} is already answered (findings.${seen.get(f.itemCode)})` });
      else seen.set(f.itemCode, i);
    });
    if (details.length > 0) throw invalid(details);
    const findings = body.findings.map((f, position) => {
      const item = f.itemCode === undefined ? undefined : byCode.get(f.itemCode);
      const text = item?.text ?? (f.item as string);
      return {
        assignment_id: assignmentId,
        position,
        item_code: item?.code ?? null,
        item: text,
        phrasing: item?.phrasing ?? f.phrasing ?? phrasingOfText(text),
        outcome: f.outcome ?? defaultOutcome(f),
        score: f.score,
        max_score: f.maxScore,
        note: f.note,
      };
    });
    await tx.insertInto('expert_findings').values(findings).execute();
    await tx.updateTable('expert_assignments').set({ reported_at: now, score: summary.score, max_score: summary.maxScore, conclusion: body.conclusion }).where('id', '=', assignmentId).execute();
    await recordAudit(tx, auditActorOf(actor), {
      action: 'report',
      entity: 'expert_assignment',
      entityId: assignmentId,
      after: { findings: findings.map(({ assignment_id: _a, ...f }) => f), conclusion: body.conclusion, ...summary },
    });
  });
  return getReport(db, actor, assignmentId, now);
}

/** The report of one enterprise in a campaign (scoped: the department, the enterprise itself, the expert). */
export async function getReport(db: Db, actor: Actor, assignmentId: string, now = new Date()): Promise<ExpertReport> {
  const a = await assignmentsQuery(db, actor).where('a.id', '=', assignmentId).executeTakeFirst();
  if (!a) throw notFound('Assignment');
  const [campaign, findings] = await Promise.all([
    db
      .selectFrom('expert_campaigns')
      .select(['id', 'name', 'key_industry', 'department_id', 'starts_on', 'ends_on', 'builtin_checklist', 'checklist_id', 'checklist_name'])
      .where('id', '=', a.campaign_id)
      .executeTakeFirstOrThrow(),
    findingsOf(db, assignmentId),
  ]);
  const items = await campaignItems(db, campaign, a.industry_code);
  const major = new Set(items.filter((i) => i.isMajorCriterion).map((i) => i.code));
  return {
    ...presentAssignment(a),
    campaignId: campaign.id,
    campaignName: campaign.name,
    keyIndustry: campaign.key_industry,
    departmentId: campaign.department_id,
    startDate: campaign.starts_on,
    endDate: campaign.ends_on,
    status: campaignStatusOn({ startDate: campaign.starts_on, endDate: campaign.ends_on }, cityToday(now)),
    checklist: checklistOf(campaign),
    items: items.map((i) => presentChecklistItem(i, campaign.builtin_checklist !== null)),
    conclusion: a.conclusion,
    findings: findings.map((f) => presentFinding(f, f.item_code !== null && major.has(f.item_code))),
  };
}
