import { gradeOf, isHigherGrade, type AccidentGrade } from '../../core/accidents/accident-grade.ts';
import type { AccidentDetail, AccidentRevisionCreate, Figures } from '../../core/accidents/accident.schema.ts';
import { extendReportingChain, type ReportingStep } from '../../core/accidents/reporting-chain.ts';
import { isWithinWindow } from '../../core/accidents/supplementary-window.ts';
import { auditActorOf, type Actor } from '../auth/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { enqueueWebhookEvents } from '../webhooks/webhook-outbox.ts';
import { accidentRevised } from './accident-webhooks.ts';
import type { Db } from '../db/database.ts';
import type { EventBus } from '../events/event-bus.ts';
import { invalid, notFound, type ErrorDetail } from '../http/errors.ts';
import { findAccident, findAccidentForUpdate, insertRevision } from './accident.repository.ts';
import { getAccident, publishAccident } from './accident.service.ts';

/**
 * A supplementary report (补报, 493号令 Art. 13): new figures re-grade the accident (Art. 3), a higher grade
 * extends the reporting chain to the level it requires (Art. 10), and a revision after the 30 (7) day window
 * is kept but flagged. Fewer deaths need a reason (a death count does not fall by itself). The before and
 * after figures are kept as the accident's history.
 */
export async function reviseAccident(db: Db, actor: Actor, id: string, input: AccidentRevisionCreate, events?: EventBus, now = new Date()): Promise<AccidentDetail> {
  await db.transaction().execute(async (tx) => {
    const row = await findAccidentForUpdate(tx, actor.scope, id);
    if (!row) throw notFound('Accident');
    const errors: ErrorDetail[] = [];
    if (input.at > now) errors.push({ path: 'at', message: 'must not be in the future' });
    if (input.at < row.occurred_at) errors.push({ path: 'at', message: 'must not be before the accident' });
    if (input.deaths !== undefined && input.deaths < row.deaths && !input.reason) {
      errors.push({ path: 'reason', message: `is required when deaths go down (from ${row.deaths} to ${input.deaths})` });
    }
    if (errors.length > 0) throw invalid(errors);
    const before: Figures = { deaths: row.deaths, missing: row.missing, seriousInjuries: row.serious_injuries, directLossYuan: row.direct_loss_yuan };
    const after: Figures = {
      deaths: input.deaths ?? before.deaths,
      missing: input.missing ?? before.missing,
      seriousInjuries: input.seriousInjuries ?? before.seriousInjuries,
      directLossYuan: input.directLossYuan ?? before.directLossYuan,
    };
    const gradeFrom = row.grade as AccidentGrade;
    const gradeTo = gradeOf(after);
    const chain = row.reporting_chain as ReportingStep[];
    const newChain = isHigherGrade(gradeTo, gradeFrom) ? extendReportingChain(chain, gradeTo, input.at) : chain;
    const outsideWindow = !isWithinWindow(input.at, row.supplementary_ends_at);
    await tx
      .updateTable('accidents')
      .set({
        deaths: after.deaths,
        missing: after.missing,
        serious_injuries: after.seriousInjuries,
        direct_loss_yuan: after.directLossYuan,
        grade: gradeTo,
        reporting_chain: JSON.stringify(newChain),
        updated_at: now,
      })
      .where('id', '=', id)
      .execute();
    await insertRevision(tx, {
      accident_id: id,
      at: input.at,
      recorded_at: now,
      actor_id: actor.userId,
      actor_name: actor.displayName,
      before: JSON.stringify(before),
      after: JSON.stringify(after),
      grade_from: gradeFrom,
      grade_to: gradeTo,
      outside_window: outsideWindow,
      reason: input.reason ?? null,
    });
    await recordAudit(tx, auditActorOf(actor), { action: 'revise', entity: 'accident', entityId: id, before: { ...before, grade: gradeFrom }, after: { ...after, grade: gradeTo, outsideWindow, reason: input.reason ?? null } });
    await enqueueWebhookEvents(tx, [accidentRevised(id, row, after, gradeFrom, gradeTo, input.reason ?? null)], now);
  });
  const row = (await findAccident(db, actor.scope, id))!;
  publishAccident(events, 'accident.revised', row, now);
  return getAccident(db, actor, id);
}
