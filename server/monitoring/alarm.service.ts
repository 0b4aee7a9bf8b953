import type { AlarmListQuery } from '../../core/monitoring/alarm-api.schema.ts';
import type { Alarm, AlarmDetail } from '../../core/monitoring/alarm.schema.ts';
import { offsetOf, type Page, type PageQuery } from '../../core/shared/pagination.ts';
import { auditActorOf, type Actor } from '../auth/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { enqueueWebhookEvents } from '../webhooks/webhook-outbox.ts';
import type { Db } from '../db/database.ts';
import type { EventBus } from '../events/event-bus.ts';
import { AppError, notFound } from '../http/errors.ts';
import { presentAlarm, presentAlarmDetail, subjectOf } from './alarm.presenter.ts';
import { alarmEvents, findAlarm, listAlarms } from './alarm.repository.ts';

export async function searchAlarms(db: Db, actor: Actor, q: AlarmListQuery & PageQuery): Promise<Page<Alarm>> {
  const { rows, total } = await listAlarms(db, actor.scope, q, q.pageSize, offsetOf(q));
  return { items: rows.map(presentAlarm), total, page: q.page, pageSize: q.pageSize };
}

export async function getAlarm(db: Db, actor: Actor, id: string): Promise<AlarmDetail> {
  const row = await findAlarm(db, actor.scope, id);
  if (!row) throw notFound('Alarm');
  return presentAlarmDetail(row, await alarmEvents(db, id));
}

/**
 * active → acknowledged (issue 4 "Lifecycle"). An alarm that cleared before anyone acknowledged it may still be
 * acknowledged (it stays cleared; the acknowledgement is recorded, so no alarm goes unseen). Twice → 409.
 * The engine may still change an acknowledged alarm's severity; it clears it like any other.
 */
export async function acknowledgeAlarm(db: Db, events: EventBus, actor: Actor, id: string, note: string | undefined, now = new Date()): Promise<AlarmDetail> {
  const row = await db.transaction().execute(async (tx) => {
    const current = await findAlarm(tx, actor.scope, id, true);
    if (!current) throw notFound('Alarm');
    if (current.acknowledged_at) {
      const message = `The alarm was already acknowledged by ${current.acknowledged_by}`;
      throw new AppError('INVALID_TRANSITION', message, [{ path: '', message, reason: 'already_acknowledged', params: { by: current.acknowledged_by ?? '' } }]);
    }
    const status = current.status === 'active' ? 'acknowledged' : current.status;
    await tx
      .updateTable('alarms')
      .set({ status, acknowledged_at: now, acknowledged_by: actor.displayName, acknowledged_by_id: actor.userId, updated_at: now })
      .where('id', '=', id)
      .execute();
    await tx.insertInto('alarm_events').values({ alarm_id: id, at: now, type: 'acknowledged', severity: current.severity, value: null, by_name: actor.displayName, note: note ?? null }).execute();
    await recordAudit(tx, auditActorOf(actor), { action: 'acknowledge', entity: 'alarm', entityId: id, before: { status: current.status }, after: { status, note: note ?? null } });
    const enterpriseId = current.enterprise_id;
    await enqueueWebhookEvents(
      tx,
      [{ event: 'alarm.acknowledged', subject: { enterpriseId }, data: { alarmId: id, sensorId: current.sensor_id, enterpriseId, status: status as 'acknowledged' | 'cleared', acknowledgedBy: actor.displayName, note: note ?? null } }],
      now,
    );
    return (await findAlarm(tx, actor.scope, id))!;
  });
  events.publish({ type: 'alarm.acknowledged', at: now.toISOString(), subject: subjectOf(row), data: presentAlarm(row) });
  return presentAlarmDetail(row, await alarmEvents(db, id));
}
