import { sql, type Insertable } from 'kysely';
import type { AlarmFacts } from '../../core/monitoring/alarm.schema.ts';
import { alarmSummaryZh } from '../../core/monitoring/alarm-wording.ts';
import { DEFAULT_ALARM_LADDER, ladderStepsDue, reminderDue, type AlarmLadder, type AlarmLadderTarget } from '../../core/monitoring/alarm-ladder.ts';
import type { AlarmKind, AlarmSeverity } from '../../core/monitoring/sensor-rules.ts';
import { regionLevelOf } from '../../core/organisations/regions.ts';
import { coversEnterprise, scopeOf } from '../../core/organisations/scope.ts';
import { recordAudit, systemActor, type AuditEventInput } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import type { NotificationsTable } from '../db/schema.ts';

/**
 * Reminders and the escalation ladder of unacknowledged alarms (core/monitoring/alarm-ladder.ts), as the
 * scheduler job `escalate-alarms`. For every `active` (unacknowledged) alarm that is not silenced — neither opened
 * during a silence nor on a sensor silenced now — the steps due fire once each (alarm_escalations), and a
 * reminder goes to the enterprise every `reminderEveryMinutes`; each is an in-app notification, a timeline
 * entry and an audit event, all in one transaction. Warnings climb no further than the enterprise and get no
 * reminders. A silence holds the ladder; when it ends, the steps due
 * by then fire at once. Acknowledging or clearing stops it.
 */

interface PendingAlarm {
  id: string;
  kind: string;
  severity: string;
  peak_severity: string;
  open_value: number | null;
  limit_value: number | null;
  unit: string;
  direction: 'high' | 'low' | null;
  horizon_sec: number | null;
  opened_at: Date;
  sensor_code: string;
  sensor_name: string;
  enterprise_id: string;
  enterprise_name: string;
  region_path: string[];
  industry_path: string[];
  done: AlarmLadderTarget[];
  last_reminder: Date | null;
}

const scheduler = systemActor('scheduler');

function departmentsFor(target: AlarmLadderTarget, alarm: PendingAlarm, departments: { id: string; regionCodes: string[]; industryCodes: string[] }[]): string[] {
  if (target === 'enterprise') return [];
  const supervising = departments.filter((d) => coversEnterprise(scopeOf({ role: 'regulator', department: d }), { regionPath: alarm.region_path, industryPath: alarm.industry_path }));
  if (target === 'department') return supervising.filter((d) => !d.regionCodes.some((c) => regionLevelOf(c) === 'city')).map((d) => d.id);
  return supervising.filter((d) => d.regionCodes.some((c) => regionLevelOf(c) === 'city')).map((d) => d.id);
}

export async function escalateAlarms(db: Db, now = new Date(), ladder: AlarmLadder = DEFAULT_ALARM_LADDER): Promise<{ steps: number; reminders: number }> {
  const { rows } = await sql<PendingAlarm>`
    SELECT a.id, a.kind, a.severity, a.peak_severity, a.open_value, a.limit_value, s.unit, a.direction, a.horizon_sec, a.opened_at, s.code AS sensor_code, s.name AS sensor_name, a.enterprise_id, e.name AS enterprise_name,
           e.region_path, e.industry_path,
           coalesce((SELECT array_agg(x.target) FROM alarm_escalations x WHERE x.alarm_id = a.id), '{}') AS done,
           (SELECT max(ev.at) FROM alarm_events ev WHERE ev.alarm_id = a.id AND ev.type = 'reminded') AS last_reminder
    FROM alarms a JOIN sensors s ON s.id = a.sensor_id JOIN enterprises e ON e.id = a.enterprise_id
    WHERE a.status = 'active' AND NOT a.silenced
      AND NOT EXISTS (SELECT 1 FROM sensor_silences x WHERE x.sensor_id = a.sensor_id AND x.until > ${now} AND x.cancelled_at IS NULL)`.execute(db);
  if (rows.length === 0) return { steps: 0, reminders: 0 };
  const departments = (await db.selectFrom('departments').select(['id', 'region_codes', 'industry_codes']).execute()).map((d) => ({ id: d.id, regionCodes: d.region_codes, industryCodes: d.industry_codes }));
  let steps = 0;
  let reminders = 0;
  await db.transaction().execute(async (tx) => {
    const notifications: Insertable<NotificationsTable>[] = [];
    const audit: AuditEventInput[] = [];
    for (const alarm of rows) {
      const opened = new Date(alarm.opened_at);
      // The title in Chinese for SMS and e-mail; the facts in the payload let a screen word it in its reader's language.
      const facts: AlarmFacts = {
        kind: alarm.kind as AlarmKind,
        severity: alarm.severity as AlarmSeverity,
        openValue: alarm.open_value,
        limit: alarm.limit_value,
        unit: alarm.unit,
        direction: alarm.direction,
        horizonSec: alarm.horizon_sec,
      };
      const title = `${alarm.enterprise_name} ${alarm.sensor_name}（${alarm.sensor_code}）${alarmSummaryZh(facts)}`.slice(0, 200);
      const payload = { alarmId: alarm.id, severity: alarm.severity, enterpriseName: alarm.enterprise_name, sensorName: alarm.sensor_name, sensorCode: alarm.sensor_code, alarm: facts };
      const base = (kind: string, target: string) => ({ kind, entity: 'alarm', entity_id: alarm.id, title, payload: JSON.stringify({ ...payload, target }), created_at: now });
      // A warning (stale, sensor fault, early warning, a first level marked warning) reaches the enterprise
      // only: the departments and the city are paged for alarms and critical ones.
      const warningOnly = alarm.peak_severity === 'warning';
      const due = ladderStepsDue(opened, now, alarm.done, ladder).filter((s) => !warningOnly || s.target === 'enterprise');
      if (due.length > 0) {
        const recorded = await tx
          .insertInto('alarm_escalations')
          .values(due.map((s) => ({ alarm_id: alarm.id, target: s.target, escalated_at: now })))
          .onConflict((oc) => oc.doNothing())
          .returning('target')
          .execute();
        for (const { target } of recorded) {
          const t = target as AlarmLadderTarget;
          if (t === 'enterprise') notifications.push({ ...base('alarm_escalated', t), enterprise_id: alarm.enterprise_id, department_id: null });
          for (const departmentId of departmentsFor(t, alarm, departments)) notifications.push({ ...base('alarm_escalated', t), enterprise_id: null, department_id: departmentId });
          await tx.insertInto('alarm_events').values({ alarm_id: alarm.id, at: now, type: 'escalated', severity: alarm.severity, value: null, by_name: 'scheduler', note: t }).execute();
          audit.push({ action: 'escalate', entity: 'alarm', entityId: alarm.id, after: { target: t } });
          steps++;
        }
      }
      const lastReminder = alarm.last_reminder ? new Date(alarm.last_reminder) : null;
      if (!warningOnly && reminderDue(opened, lastReminder, now, ladder)) {
        notifications.push({ ...base('alarm_reminder', 'enterprise'), enterprise_id: alarm.enterprise_id, department_id: null });
        await tx.insertInto('alarm_events').values({ alarm_id: alarm.id, at: now, type: 'reminded', severity: alarm.severity, value: null, by_name: 'scheduler', note: null }).execute();
        audit.push({ action: 'remind', entity: 'alarm', entityId: alarm.id });
        reminders++;
      }
    }
    for (let i = 0; i < notifications.length; i += 1000) await tx.insertInto('notifications').values(notifications.slice(i, i + 1000)).execute();
    await recordAudit(tx, scheduler, audit);
  });
  return { steps, reminders };
}
