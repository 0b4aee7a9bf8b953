import { sql, type Insertable } from 'kysely';
import { DEFAULT_ESCALATION_LADDER, escalationStepsDue, type EscalationStep, type EscalationTarget } from '../../core/hazards/overdue.ts';
import { regionLevelOf } from '../../core/organisations/regions.ts';
import { coversEnterprise, scopeOf } from '../../core/organisations/scope.ts';
import { recordAudit, systemActor, type AuditEventInput } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import type { NotificationsTable } from '../db/schema.ts';
import { enqueueWebhookEvents } from '../webhooks/webhook-outbox.ts';

/**
 * Escalates overdue hazards along the ladder (core/hazards/overdue.ts): for each open hazard past its
 * deadline, the steps due now that have not fired for this deadline. Each step records itself (so it fires
 * once), notifies its recipients and writes an audit event, per batch in one transaction. Safe to run again
 * at any time; a scheduler that was down catches up at once.
 */

interface OverdueHazard {
  id: string;
  title: string;
  grade: string;
  enterprise_id: string;
  enterprise_name: string;
  district_code: string;
  region_path: string[];
  industry_path: string[];
  deadline: Date;
  notified: EscalationTarget[];
}

interface DepartmentScope {
  id: string;
  regionCodes: string[];
  industryCodes: string[];
}

/** Which departments a step reaches: every one that supervises the enterprise, or only its district's or city's. */
function recipients(target: EscalationTarget, hazard: OverdueHazard, departments: DepartmentScope[]): string[] {
  const enterprise = { regionPath: hazard.region_path, industryPath: hazard.industry_path };
  const supervising = departments.filter((d) => coversEnterprise(scopeOf({ role: 'regulator', department: d }), enterprise));
  switch (target) {
    case 'enterprise_principal':
      return [];
    case 'supervising_department':
      return supervising.map((d) => d.id);
    case 'district':
      return supervising.filter((d) => d.regionCodes.includes(hazard.district_code)).map((d) => d.id);
    case 'city':
      return supervising.filter((d) => d.regionCodes.some((c) => regionLevelOf(c) === 'city')).map((d) => d.id);
  }
}

async function overdueBatch(db: Db, now: Date, afterId: string, limit: number): Promise<OverdueHazard[]> {
  const { rows } = await sql<OverdueHazard>`
    SELECT h.id, h.title, h.grade, h.enterprise_id, e.name AS enterprise_name, h.district_code, h.region_path, h.industry_path, h.deadline,
           coalesce(array_agg(x.target) FILTER (WHERE x.target IS NOT NULL), '{}') AS notified
    FROM hazards h
    JOIN enterprises e ON e.id = h.enterprise_id
    LEFT JOIN hazard_escalations x ON x.hazard_id = h.id AND x.deadline = h.deadline
    WHERE h.status <> 'closed' AND h.deadline < ${now} AND h.id > ${afterId}
    GROUP BY h.id, e.name
    ORDER BY h.id
    LIMIT ${limit}`.execute(db);
  return rows;
}

export async function escalateOverdueHazards(db: Db, now = new Date(), ladder: readonly EscalationStep[] = DEFAULT_ESCALATION_LADDER, batchSize = 500) {
  const departments = (await db.selectFrom('departments').select(['id', 'region_codes', 'industry_codes']).execute()).map((d) => ({
    id: d.id,
    regionCodes: d.region_codes,
    industryCodes: d.industry_codes,
  }));
  let afterId = '00000000-0000-0000-0000-000000000000';
  let fired = 0;
  for (;;) {
    const batch = await overdueBatch(db, now, afterId, batchSize);
    if (batch.length === 0) return { fired };
    afterId = batch.at(-1)!.id;
    const escalations: Array<{ hazard_id: string; deadline: Date; target: string; escalated_at: Date }> = [];
    const notifications: Insertable<NotificationsTable>[] = [];
    const audit: AuditEventInput[] = [];
    for (const hazard of batch) {
      for (const step of escalationStepsDue(hazard.deadline, now, hazard.notified, ladder)) {
        escalations.push({ hazard_id: hazard.id, deadline: hazard.deadline, target: step.target, escalated_at: now });
        const payload = JSON.stringify({ hazardId: hazard.id, enterpriseName: hazard.enterprise_name, grade: hazard.grade, deadline: hazard.deadline, target: step.target });
        const base = { kind: 'hazard_overdue', entity: 'hazard', entity_id: hazard.id, title: hazard.title, payload, created_at: now };
        if (step.target === 'enterprise_principal') notifications.push({ ...base, enterprise_id: hazard.enterprise_id, department_id: null });
        for (const departmentId of recipients(step.target, hazard, departments)) notifications.push({ ...base, enterprise_id: null, department_id: departmentId });
        audit.push({ action: 'escalate', entity: 'hazard', entityId: hazard.id, after: { target: step.target, deadline: hazard.deadline } });
      }
    }
    if (escalations.length === 0) continue;
    await db.transaction().execute(async (tx) => {
      // A concurrent run that got here first wins; only the steps this insert records are notified.
      const recorded = await tx.insertInto('hazard_escalations').values(escalations).onConflict((oc) => oc.doNothing()).returning(['hazard_id', 'target']).execute();
      const keep = new Set(recorded.map((r) => `${r.hazard_id}/${r.target}`));
      const byTarget = (n: Insertable<NotificationsTable>) => keep.has(`${n.entity_id}/${JSON.parse(n.payload as string).target}`);
      const kept = notifications.filter(byTarget);
      for (let i = 0; i < kept.length; i += 1000) await tx.insertInto('notifications').values(kept.slice(i, i + 1000)).execute();
      const keptAudit = audit.filter((a) => keep.has(`${a.entityId}/${(a.after as { target: string }).target}`));
      await recordAudit(tx, systemActor('scheduler'), keptAudit);
      const byId = new Map(batch.map((h) => [h.id, h]));
      await enqueueWebhookEvents(
        tx,
        keptAudit.map((a) => {
          const h = byId.get(a.entityId)!;
          const { target } = a.after as { target: EscalationTarget };
          return { event: 'hazard.escalated', subject: { enterpriseId: h.enterprise_id }, data: { hazardId: h.id, enterpriseId: h.enterprise_id, target, deadline: h.deadline.toISOString() } };
        }),
        now,
      );
      fired += recorded.length;
    });
  }
}
