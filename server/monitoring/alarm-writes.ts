import { sql, type Insertable, type Transaction } from 'kysely';
import type { AlarmChange, EngineSensor, OpenAlarm } from '../../core/monitoring/alarm-engine.ts';
import type { HazardBridge } from '../../core/monitoring/hazard-bridge.ts';
import type { AuditEventInput } from '../audit/audit.service.ts';
import type { WebhookEventInput } from '../webhooks/webhook-outbox.ts';
import type { AlarmEventsTable, AlarmsTable, Database } from '../db/schema.ts';
import { alarmMessage } from './alarm-message.ts';

/** A sensor as alarm rows need it. */
export interface AlarmSensor extends EngineSensor {
  unit: string;
  enterpriseId: string;
  hazardBridge: HazardBridge | null;
}

export interface SensorChange {
  sensor: AlarmSensor;
  change: AlarmChange;
}

/** An alarm opened by this batch and not silenced: a candidate for the alarm → hazard bridge. */
export interface OpenedAlarm {
  id: string;
  sensor_id: string;
  rule_key: string;
  kind: string;
  opened_at: Date;
  bridge: HazardBridge | null;
}

/** The final state of an alarm that existed before this batch. */
interface AlarmUpdate {
  id: string;
  alarm: OpenAlarm;
  clearedAt: Date | null;
}

/**
 * Turns one evaluated batch of changes (in order) into set-based writes: an alarm changed several times in the
 * batch is inserted or updated once, with its final state; every change keeps its own timeline event and audit
 * event and webhook event (none for a silenced sensor). Pure: the evaluator executes the plan with `writeAlarmPlan`.
 */
export function planAlarmWrites(changes: readonly SensorChange[], silenced: ReadonlySet<string>, now: Date) {
  const inserts = new Map<string, Insertable<AlarmsTable>>();
  const updates = new Map<string, AlarmUpdate>();
  const events: Array<Insertable<AlarmEventsTable>> = [];
  const audit: AuditEventInput[] = [];
  const opened: OpenedAlarm[] = [];
  const webhooks: WebhookEventInput[] = [];
  for (const { sensor, change } of changes) {
    const a = change.alarm;
    const at = new Date(change.at);
    const inserted = inserts.get(a.id);
    const final = { severity: a.severity, peak_severity: a.peakSeverity, peak_value: a.peakValue, level_index: a.levelIndex ?? null, limit_value: a.limit };
    if (change.type === 'opened') {
      const isSilenced = silenced.has(sensor.id);
      const rule = sensor.rules.find((r, i) => `${r.kind}:${i}` === a.ruleKey && r.kind === a.kind);
      const direction = rule?.kind === 'threshold' ? rule.direction : 'high';
      inserts.set(a.id, {
        id: a.id,
        sensor_id: sensor.id,
        enterprise_id: sensor.enterpriseId,
        rule_key: a.ruleKey,
        kind: a.kind,
        status: 'active',
        ...final,
        open_value: a.openValue,
        opened_at: at,
        silenced: isSilenced,
        message: alarmMessage(a.kind, a.openValue, a.limit, sensor.unit, direction),
        direction: rule?.kind === 'threshold' ? rule.direction : null,
        horizon_sec: rule?.kind === 'forecast' ? rule.horizonSec : null,
        updated_at: now,
      });
      events.push({ alarm_id: a.id, at, type: 'opened', severity: a.severity, value: change.value, by_name: null, note: isSilenced ? 'silenced' : null });
      audit.push({ action: 'alarm_opened', entity: 'alarm', entityId: a.id, after: { sensorId: sensor.id, kind: a.kind, severity: a.severity, value: change.value, limit: a.limit, silenced: isSilenced } });
      if (!isSilenced) {
        opened.push({ id: a.id, sensor_id: sensor.id, rule_key: a.ruleKey, kind: a.kind, opened_at: at, bridge: sensor.hazardBridge });
        webhooks.push({
          event: 'alarm.opened',
          subject: { enterpriseId: sensor.enterpriseId },
          data: { alarmId: a.id, sensorId: sensor.id, enterpriseId: sensor.enterpriseId, kind: a.kind, severity: a.severity, value: change.value ?? null, limit: a.limit ?? null, openedAt: at.toISOString() },
        });
      }
      continue;
    }
    const clearedAt = change.type === 'cleared' ? at : null;
    if (inserted) Object.assign(inserted, final, clearedAt ? { status: 'cleared', cleared_at: clearedAt } : {});
    else updates.set(a.id, { id: a.id, alarm: a, clearedAt: clearedAt ?? updates.get(a.id)?.clearedAt ?? null });
    if (change.type === 'severity_changed') {
      events.push({ alarm_id: a.id, at, type: 'severity_changed', severity: a.severity, value: change.value, by_name: null, note: `${change.from} → ${a.severity}` });
      audit.push({ action: 'alarm_severity_changed', entity: 'alarm', entityId: a.id, before: { severity: change.from }, after: { severity: a.severity, value: change.value } });
    } else if (change.type === 'cleared') {
      events.push({ alarm_id: a.id, at, type: 'cleared', severity: a.severity, value: change.value, by_name: null, note: null });
      audit.push({ action: 'alarm_cleared', entity: 'alarm', entityId: a.id, after: { value: change.value } });
      if (!silenced.has(sensor.id)) {
        webhooks.push({
          event: 'alarm.cleared',
          subject: { enterpriseId: sensor.enterpriseId },
          data: { alarmId: a.id, sensorId: sensor.id, enterpriseId: sensor.enterpriseId, value: change.value ?? null, clearedAt: at.toISOString() },
        });
      }
    }
  }
  return { inserts: [...inserts.values()], updates: [...updates.values()], events, audit, opened, webhooks };
}

export type AlarmPlan = ReturnType<typeof planAlarmWrites>;

/** Executes a plan: one UPDATE of the alarms that existed, one INSERT of new alarms, one INSERT of timeline events. */
export async function writeAlarmPlan(tx: Transaction<Database>, plan: AlarmPlan, now: Date): Promise<void> {
  if (plan.updates.length > 0) {
    const u = [...plan.updates].sort((x, y) => (x.id < y.id ? -1 : 1)); // a fixed lock order
    await sql`
      UPDATE alarms a SET
        severity = u.severity, peak_severity = u.peak_severity, peak_value = u.peak_value, level_index = u.level_index,
        limit_value = u.limit_value, updated_at = ${now},
        status = CASE WHEN u.cleared_at IS NULL THEN a.status ELSE 'cleared' END,
        cleared_at = coalesce(u.cleared_at, a.cleared_at)
      FROM unnest(
        ${u.map((x) => x.id)}::uuid[], ${u.map((x) => x.alarm.severity)}::text[], ${u.map((x) => x.alarm.peakSeverity)}::text[],
        ${u.map((x) => x.alarm.peakValue)}::float8[], ${u.map((x) => x.alarm.levelIndex ?? null)}::int[], ${u.map((x) => x.alarm.limit)}::float8[],
        ${u.map((x) => x.clearedAt)}::timestamptz[]
      ) AS u(id, severity, peak_severity, peak_value, level_index, limit_value, cleared_at)
      WHERE a.id = u.id`.execute(tx);
  }
  // After the updates: an alarm that cleared in this batch must leave the rule's one open slot
  // (alarms_open_rule_idx) before the same rule's next alarm, opened later in the batch, takes it.
  for (const rows of chunks(plan.inserts)) await tx.insertInto('alarms').values(rows).execute();
  for (const rows of chunks(plan.events)) await tx.insertInto('alarm_events').values(rows).execute();
}

/** Rows per INSERT: well inside PostgreSQL's 65,535 bind parameters. */
function* chunks<T>(rows: readonly T[], size = 1000): Generator<T[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}
