import { sql, type Transaction } from 'kysely';
import { newHazardState } from '../../core/hazards/hazard-state.ts';
import { countsAsRepeat, hazardBridgeSchema, powerOffTooLong, repeatsReached, type HazardBridge } from '../../core/monitoring/hazard-bridge.ts';
import { findTemplate } from '../../core/monitoring/templates/index.ts';
import { recordAudit, systemActor } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import type { Database } from '../db/schema.ts';
import { columnsOf } from '../hazards/hazard-state.mapper.ts';
import { insertHazard, insertHazardEvent } from '../hazards/hazard.repository.ts';
import { enqueueWebhookEvents } from '../webhooks/webhook-outbox.ts';

/**
 * Alarm → hazard (core/monitoring/hazard-bridge.ts): opens a hazard with source `monitoring` through the hazard
 * repository, in the caller's transaction, with its timeline event, audit event and webhook like a reported one.
 * A sensor has at most one open bridged hazard: while one is open, a further qualifying alarm is linked to it
 * (and so also keeps it from being closed) instead of opening another.
 */

export const BRIDGE_REPORTER = '监测预警系统';
const bridgeActor = systemActor('alarm-hazard-bridge');

export const parseBridge = (value: unknown): HazardBridge | null => {
  const parsed = hazardBridgeSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
};

interface BridgedAlarm {
  id: string;
  sensor_id: string;
  kind: string;
}

async function openHazardOfSensor(tx: Transaction<Database>, sensorId: string): Promise<string | null> {
  const { rows } = await sql<{ id: string }>`
    SELECT h.id FROM alarms a JOIN hazards h ON h.id = a.hazard_id
    WHERE a.sensor_id = ${sensorId} AND h.status <> 'closed' LIMIT 1`.execute(tx);
  return rows[0]?.id ?? null;
}

export async function bridgeToHazard(tx: Transaction<Database>, alarm: BridgedAlarm, reason: string, now: Date): Promise<{ hazardId: string; created: boolean }> {
  const existing = await openHazardOfSensor(tx, alarm.sensor_id);
  let hazardId = existing;
  if (!hazardId) {
    const s = await tx
      .selectFrom('sensors')
      .innerJoin('enterprises as e', 'e.id', 'sensors.enterprise_id')
      .select(['sensors.code', 'sensors.name', 'sensors.location', 'sensors.template_id', 'e.id as enterprise_id', 'e.district_code', 'e.region_path', 'e.industry_path'])
      .where('sensors.id', '=', alarm.sensor_id)
      .executeTakeFirstOrThrow();
    const state = newHazardState({ grade: 'general', foundAt: now });
    const title = `监测报警转隐患：${s.name}（${s.code}）${reason}`.slice(0, 200);
    const legalBasis = { standard: (s.template_id && findTemplate(s.template_id)?.source.slice(0, 200)) || '传感器报警规则（企业设定）' };
    const description = `${reason}。由监测报警 ${alarm.id}（${alarm.kind}）自动生成；报警未解除前不得销号。`;
    ({ id: hazardId } = await insertHazard(tx, {
      enterprise_id: s.enterprise_id,
      district_code: s.district_code,
      region_path: s.region_path,
      industry_path: s.industry_path,
      title,
      description,
      location: s.location || s.name,
      source: 'monitoring',
      category: 'environment',
      grade: 'general',
      found_at: now,
      legal_basis: JSON.stringify(legalBasis),
      checklist_item_id: null,
      reported_by: null,
      reported_by_name: BRIDGE_REPORTER,
      ...columnsOf(state),
    }));
    await insertHazardEvent(tx, {
      hazard_id: hazardId,
      at: now,
      actor_id: null,
      actor_name: BRIDGE_REPORTER,
      action: 'report',
      from_status: null,
      to_status: state.status,
      body: JSON.stringify({ alarmId: alarm.id, reason }),
      deadline_from: null,
      deadline_to: null,
    });
    await recordAudit(tx, bridgeActor, { action: 'report', entity: 'hazard', entityId: hazardId, after: { source: 'monitoring', alarmId: alarm.id, reason, status: state.status } });
    await enqueueWebhookEvents(tx, [{ event: 'hazard.reported', subject: { enterpriseId: s.enterprise_id }, data: { hazardId, enterpriseId: s.enterprise_id, grade: 'general', title } }], now);
  }
  await tx.updateTable('alarms').set({ hazard_id: hazardId, updated_at: now }).where('id', '=', alarm.id).execute();
  await tx.insertInto('alarm_events').values({ alarm_id: alarm.id, at: now, type: 'hazard_opened', severity: null, value: null, by_name: BRIDGE_REPORTER, note: `${hazardId}${existing ? ' (linked to the open hazard)' : ''}` }).execute();
  return { hazardId: hazardId!, created: !existing };
}

/**
 * After an alarm opened (in the evaluator's transaction): the M-th alarm of the same rule of the sensor within
 * 24 hours (a methane excursion that opens both the alarm and the power-off counts once per rule, not twice).
 */
export async function bridgeRepeats(tx: Transaction<Database>, alarm: BridgedAlarm & { opened_at: Date; rule_key: string }, bridge: HazardBridge | null, now: Date) {
  if (!bridge?.repeatsPerDay || !countsAsRepeat(alarm.kind)) return null;
  const { rows } = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM alarms
    WHERE sensor_id = ${alarm.sensor_id} AND rule_key = ${alarm.rule_key} AND NOT silenced
      AND opened_at > ${new Date(alarm.opened_at.getTime() - 86_400_000)} AND opened_at <= ${alarm.opened_at}`.execute(tx);
  if (!repeatsReached(bridge, rows[0]?.n ?? 0)) return null;
  return bridgeToHazard(tx, alarm, `24小时内报警${rows[0]!.n}次（阈值${bridge.repeatsPerDay}次）`, now);
}

/**
 * Scheduler job `bridge-long-power-offs`: a power-off still open after the sensor's powerOffMinutes opens a
 * hazard. One transaction per alarm, the alarm locked, so a concurrent run bridges it once.
 */
export async function bridgeLongPowerOffs(db: Db, now = new Date()): Promise<{ bridged: number }> {
  const { rows } = await sql<{ id: string; sensor_id: string; kind: string; opened_at: Date; hazard_bridge: unknown }>`
    SELECT a.id, a.sensor_id, a.kind, a.opened_at, s.hazard_bridge FROM alarms a JOIN sensors s ON s.id = a.sensor_id
    WHERE a.kind = 'power_off' AND a.cleared_at IS NULL AND a.hazard_id IS NULL AND NOT a.silenced
      AND s.hazard_bridge ? 'powerOffMinutes'`.execute(db);
  let bridged = 0;
  for (const row of rows) {
    const bridge = parseBridge(row.hazard_bridge);
    if (!powerOffTooLong(bridge, row.opened_at, now)) continue;
    await db.transaction().execute(async (tx) => {
      const locked = await tx.selectFrom('alarms').select(['hazard_id', 'cleared_at']).where('id', '=', row.id).forUpdate().executeTakeFirst();
      if (!locked || locked.hazard_id || locked.cleared_at) return;
      await bridgeToHazard(tx, row, `断电持续超过${bridge!.powerOffMinutes}分钟`, now);
      bridged++;
    });
  }
  return { bridged };
}
