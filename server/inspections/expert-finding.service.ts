import type { Transaction } from 'kysely';
import { hazardPrefillOf } from '../../core/hazards/checklists/checklist-rules.ts';
import type { HazardCreate } from '../../core/hazards/hazard.schema.ts';
import { cityToday } from '../../core/hazards/plan-window.ts';
import type { ExpertReport, FindingHazardBody, FindingMeasureBody } from '../../core/inspections/expert-assessment.ts';
import type { ControlMeasure } from '../../core/risks/risk-point.schema.ts';
import { auditActorOf, type Actor } from '../auth/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import type { Database } from '../db/schema.ts';
import { insertReportedHazard } from '../hazards/hazard-report.ts';
import { conflict, invalid, notFound } from '../http/errors.ts';
import { findEnterpriseById } from '../organisations/enterprise.repository.ts';
import { presentRiskPoint } from '../risks/risk-point.presenter.ts';
import { findRiskPoint, updateRiskPoint } from '../risks/risk-point.repository.ts';
import { campaignItems, getReport } from './expert-report.service.ts';

/**
 * What the engaging department makes of an expert's finding (docs/adr/0043): a hazard in the register, or a control
 * measure on one of the enterprise's risk points. Each is an official act of the campaign's department, written
 * with the link on the finding and the audit events in one transaction, once per finding and kind.
 */

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/** The finding, locked, with its assignment and campaign; a finding outside the caller's department is not found. */
async function lockedFinding(tx: Transaction<Database>, actor: Actor, findingId: string) {
  const row = await tx
    .selectFrom('expert_findings as f')
    .innerJoin('expert_assignments as a', 'a.id', 'f.assignment_id')
    .innerJoin('expert_campaigns as c', 'c.id', 'a.campaign_id')
    .innerJoin('enterprises as e', 'e.id', 'a.enterprise_id')
    .select(['f.id', 'f.assignment_id', 'f.item_code', 'f.item', 'f.outcome', 'f.note', 'f.hazard_id', 'f.risk_point_id'])
    .select(['a.enterprise_id', 'a.expert_name', 'a.reported_at', 'c.name as campaign_name', 'c.department_id', 'c.builtin_checklist', 'c.checklist_id', 'e.industry_code'])
    .where('f.id', '=', findingId)
    .forUpdate('f')
    .executeTakeFirst();
  if (!row || row.department_id !== actor.departmentId) throw notFound('Expert finding');
  const enterprise = await findEnterpriseById(tx, actor.scope, row.enterprise_id);
  if (!enterprise) throw notFound('Expert finding');
  return { row, enterprise };
}

export async function findingToHazard(db: Db, actor: Actor, findingId: string, body: FindingHazardBody, now = new Date()): Promise<ExpertReport> {
  const assignmentId = await db.transaction().execute(async (tx) => {
    const { row, enterprise } = await lockedFinding(tx, actor, findingId);
    if (row.outcome !== 'fail') throw conflict('Only a finding that is not compliant becomes a hazard');
    if (row.hazard_id) throw conflict('The finding has already become a hazard', [{ path: 'hazardId', message: row.hazard_id }]);
    const item = row.item_code === null ? undefined : (await campaignItems(tx, row, row.industry_code)).find((i) => i.code === row.item_code);
    const prefill = item && hazardPrefillOf(item);
    const legalBasis = body.legalBasis ?? prefill?.legalBasis;
    if (!legalBasis) throw invalid([{ path: 'legalBasis', message: 'is required: the finding answers no checklist item' }]);
    const origin = `专家评估：${row.campaign_name}（${row.expert_name}）`;
    const hazard: HazardCreate = {
      enterpriseId: enterprise.id,
      title: clip(row.item, 200),
      description: clip([row.item, row.note, origin].filter(Boolean).join('\n\n'), 5000),
      location: body.location,
      source: 'inspection',
      category: body.category,
      grade: body.grade ?? prefill?.grade ?? 'general',
      foundAt: row.reported_at ?? now,
      legalBasis,
      ...(prefill ? { checklistItemId: prefill.checklistItemId } : {}),
      photoIds: [],
    };
    const hazardId = await insertReportedHazard(tx, actor, enterprise, hazard, now);
    await tx.updateTable('expert_findings').set({ hazard_id: hazardId }).where('id', '=', findingId).execute();
    await recordAudit(tx, auditActorOf(actor), { action: 'convert_to_hazard', entity: 'expert_finding', entityId: findingId, after: { hazardId } });
    return row.assignment_id;
  });
  return getReport(db, actor, assignmentId, now);
}

export async function findingToControlMeasure(db: Db, actor: Actor, findingId: string, body: FindingMeasureBody, now = new Date()): Promise<ExpertReport> {
  const assignmentId = await db.transaction().execute(async (tx) => {
    const { row } = await lockedFinding(tx, actor, findingId);
    if (row.risk_point_id) throw conflict('The finding has already become a control measure');
    const point = await findRiskPoint(tx, actor.scope, body.riskPointId, true);
    if (!point || point.enterprise_id !== row.enterprise_id) throw invalid([{ path: 'riskPointId', message: 'is not a risk point of the assessed enterprise' }]);
    const measures = point.control_measures as ControlMeasure[];
    if (measures.length >= 50) throw invalid([{ path: 'riskPointId', message: 'the risk point already has 50 control measures' }]);
    const measure: ControlMeasure = {
      kind: body.kind,
      content: body.content ?? clip(row.note || row.item, 500),
      ...(body.checkItem ? { checkItem: body.checkItem } : {}),
    };
    const updated = await updateRiskPoint(tx, point.id, { control_measures: JSON.stringify([...measures, measure]) });
    const today = cityToday(now);
    await recordAudit(tx, auditActorOf(actor), {
      action: 'update',
      entity: 'risk_point',
      entityId: point.id,
      before: presentRiskPoint(point, today),
      after: presentRiskPoint({ ...updated, enterprise_name: point.enterprise_name }, today),
    });
    await tx.updateTable('expert_findings').set({ risk_point_id: point.id }).where('id', '=', findingId).execute();
    await recordAudit(tx, auditActorOf(actor), { action: 'convert_to_control_measure', entity: 'expert_finding', entityId: findingId, after: { riskPointId: point.id, measure } });
    return row.assignment_id;
  });
  return getReport(db, actor, assignmentId, now);
}
