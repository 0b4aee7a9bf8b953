import { sql, type Selectable } from 'kysely';
import { MAX_SILENCE_MS, type Silence } from '../../core/monitoring/sensor-api.schema.ts';
import { offsetOf, type Page, type PageQuery } from '../../core/shared/pagination.ts';
import { auditActorOf, type Actor } from '../auth/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import type { SensorSilencesTable } from '../db/schema.ts';
import { conflict, invalid, notFound } from '../http/errors.ts';
import { findSensor } from './sensor.repository.ts';

/**
 * Maintenance silences of a sensor (issue 4, issue 13): alarms opened while one is in force are recorded and shown
 * but not notified, escalated or turned into hazards. A silence starts when it is created and ends at `until`, or
 * earlier when cancelled; a cancelled silence no longer counts anywhere silences are checked.
 */

function presentSilence(row: Selectable<SensorSilencesTable>, now: Date): Silence {
  const until = new Date(row.until);
  return {
    id: row.id,
    sensorId: row.sensor_id,
    reason: row.reason,
    until: until.toISOString(),
    createdAt: new Date(row.created_at).toISOString(),
    createdBy: row.created_by_name,
    cancelledAt: row.cancelled_at ? new Date(row.cancelled_at).toISOString() : null,
    cancelledBy: row.cancelled_by_name,
    state: row.cancelled_at ? 'cancelled' : until > now ? 'in_force' : 'ended',
  };
}

export async function silenceSensor(db: Db, actor: Actor, id: string, input: { reason: string; until: string }, now = new Date()): Promise<Silence> {
  const until = new Date(input.until);
  if (until <= now) throw invalid([{ path: 'until', message: 'must be in the future' }]);
  if (until.getTime() - now.getTime() > MAX_SILENCE_MS) throw invalid([{ path: 'until', message: 'must be within 30 days' }]);
  return db.transaction().execute(async (tx) => {
    const sensor = await findSensor(tx, actor.scope, id);
    if (!sensor) throw notFound('Sensor');
    const row = await tx
      .insertInto('sensor_silences')
      .values({ sensor_id: id, reason: input.reason, until, created_at: now, created_by: actor.userId, created_by_name: actor.displayName })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(tx, auditActorOf(actor), { action: 'silence', entity: 'sensor', entityId: id, after: { silenceId: row.id, reason: input.reason, until } });
    return presentSilence(row, now);
  });
}

/** A sensor's silences, latest end first (sensor_silences_sensor_idx): those in force, then the past ones. */
export async function listSilences(db: Db, actor: Actor, sensorId: string, q: PageQuery, now = new Date()): Promise<Page<Silence>> {
  if (!(await findSensor(db, actor.scope, sensorId))) throw notFound('Sensor');
  const base = db.selectFrom('sensor_silences').where('sensor_id', '=', sensorId);
  const [rows, count] = await Promise.all([
    base.selectAll().orderBy('until', 'desc').orderBy('id', 'desc').limit(q.pageSize).offset(offsetOf(q)).execute(),
    base.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map((r) => presentSilence(r, now)), total: Number(count.n), page: q.page, pageSize: q.pageSize };
}

/** Ends a silence in force now; 409 when it has already ended or been cancelled. Audited on the sensor. */
export async function cancelSilence(db: Db, actor: Actor, sensorId: string, silenceId: string, now = new Date()): Promise<Silence> {
  return db.transaction().execute(async (tx) => {
    if (!(await findSensor(tx, actor.scope, sensorId))) throw notFound('Sensor');
    const row = await tx.selectFrom('sensor_silences').selectAll().where('id', '=', silenceId).where('sensor_id', '=', sensorId).forUpdate().executeTakeFirst();
    if (!row) throw notFound('Silence');
    if (row.cancelled_at || new Date(row.until) <= now) throw conflict('The silence has already ended');
    const updated = await tx
      .updateTable('sensor_silences')
      .set({ cancelled_at: now, cancelled_by_name: actor.displayName })
      .where('id', '=', silenceId)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(tx, auditActorOf(actor), { action: 'cancel_silence', entity: 'sensor', entityId: sensorId, before: { silenceId, until: row.until }, after: { silenceId, cancelledAt: now } });
    return presentSilence(updated, now);
  });
}
