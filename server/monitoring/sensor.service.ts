import type { SensorListQuery, SensorPatch } from '../../core/monitoring/sensor-api.schema.ts';
import type { Sensor, SensorCreate } from '../../core/monitoring/sensor.schema.ts';
import type { SensorRule } from '../../core/monitoring/sensor-rules.ts';
import { expandTemplate, findTemplate } from '../../core/monitoring/templates/index.ts';
import { offsetOf, type Page, type PageQuery } from '../../core/shared/pagination.ts';
import { auditActorOf, type Actor } from '../auth/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import { isUniqueViolation } from '../db/errors.ts';
import { conflict, invalid, notFound } from '../http/errors.ts';
import { findEnterpriseById } from '../organisations/enterprise.repository.ts';
import type { AlarmEvaluator } from './alarm-evaluator.ts';
import type { EventBus } from '../events/event-bus.ts';
import { presentAlarm, subjectOf } from './alarm.presenter.ts';
import { alarmsByIds } from './alarm.repository.ts';
import { latestReadings } from './latest-readings.ts';
import { presentSensor } from './sensor.presenter.ts';
import { findSensor, listSensors } from './sensor.repository.ts';

/** The rules of a new sensor: explicit, or its template's expansion (the template's kind must match). */
export function rulesOf(input: SensorCreate): SensorRule[] {
  if (input.rules) {
    if (input.templateParams) throw invalid([{ path: 'templateParams', message: 'is only for a template' }]);
    return input.rules;
  }
  const template = findTemplate(input.template!);
  if (!template) throw invalid([{ path: 'template', message: `unknown template ${input.template} (GET /api/v1/sensor-templates lists them)` }]);
  if (template.kind !== input.kind) throw invalid([{ path: 'kind', message: `template ${template.id} is for ${template.kind} sensors` }]);
  const expansion = expandTemplate(template, input.templateParams);
  if (!expansion.ok) throw invalid(expansion.problems.map((p) => ({ path: `templateParams.${p.path}`, message: p.message })));
  return expansion.rules;
}

async function present(db: Db, rows: Parameters<typeof presentSensor>[0][]): Promise<Sensor[]> {
  const latest = await latestReadings(db, rows.map((r) => r.id));
  return rows.map((r) => presentSensor(r, latest.get(r.id)?.at(-1)));
}

export async function getSensor(db: Db, actor: Actor, id: string): Promise<Sensor> {
  const row = await findSensor(db, actor.scope, id);
  if (!row) throw notFound('Sensor');
  return (await present(db, [row]))[0]!;
}

export async function searchSensors(db: Db, actor: Actor, q: SensorListQuery & PageQuery): Promise<Page<Sensor>> {
  const { rows, total } = await listSensors(db, actor.scope, q, q.pageSize, offsetOf(q));
  return { items: await present(db, rows), total, page: q.page, pageSize: q.pageSize };
}

export async function createSensor(db: Db, actor: Actor, input: SensorCreate): Promise<Sensor> {
  const enterprise = await findEnterpriseById(db, actor.scope, input.enterpriseId);
  if (!enterprise) throw notFound('Enterprise');
  const rules = rulesOf(input);
  try {
    const id = await db.transaction().execute(async (tx) => {
      const row = await tx
        .insertInto('sensors')
        .values({
          enterprise_id: enterprise.id,
          code: input.code,
          name: input.name,
          kind: input.kind,
          unit: input.unit,
          range_low: input.rangeLow ?? null,
          range_high: input.rangeHigh ?? null,
          location: input.location ?? '',
          expected_interval_sec: input.expectedIntervalSec,
          template_id: input.template ?? null,
          rules: JSON.stringify(rules),
          template_params: input.templateParams ? JSON.stringify(input.templateParams) : null,
          hazard_bridge: input.hazardBridge ? JSON.stringify(input.hazardBridge) : null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await recordAudit(tx, auditActorOf(actor), { action: 'create', entity: 'sensor', entityId: row.id, after: { ...input, rules } });
      return row.id;
    });
    return getSensor(db, actor, id);
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(`A sensor with code ${input.code} already exists`, [{ path: 'code', message: 'is taken', reason: 'taken' }]);
    throw error;
  }
}

export async function updateSensor(db: Db, actor: Actor, id: string, patch: SensorPatch, evaluator: AlarmEvaluator): Promise<Sensor> {
  await db.transaction().execute(async (tx) => {
    const before = await findSensor(tx, actor.scope, id);
    if (!before) throw notFound('Sensor');
    await tx
      .updateTable('sensors')
      .set({
        ...(patch.name !== undefined && { name: patch.name }),
        ...(patch.location !== undefined && { location: patch.location }),
        // Explicit rules replace the template's: the sensor no longer follows it.
        ...(patch.rules !== undefined && { rules: JSON.stringify(patch.rules), template_id: null, template_params: null }),
        ...(patch.hazardBridge !== undefined && { hazard_bridge: patch.hazardBridge ? JSON.stringify(patch.hazardBridge) : null }),
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .execute();
    await recordAudit(tx, auditActorOf(actor), {
      action: 'update',
      entity: 'sensor',
      entityId: id,
      before: { name: before.name, location: before.location, rules: before.rules, hazardBridge: before.hazard_bridge },
      after: patch,
    });
  });
  evaluator.invalidate(id);
  return getSensor(db, actor, id);
}

/**
 * Deactivates a sensor (DELETE /sensors/{id}): it leaves the lists and the ingest (its readings are refused once the
 * ingest's cache expires, within 30 s), its code is free for a replacement, its readings and alarms are kept. Its
 * alarms still open are cleared now, each with a timeline entry, since no reading will ever clear them.
 */
export async function deactivateSensor(db: Db, events: EventBus, actor: Actor, id: string, evaluator: AlarmEvaluator, now = new Date()): Promise<void> {
  const cleared = await db.transaction().execute(async (tx) => {
    const sensor = await findSensor(tx, actor.scope, id);
    if (!sensor) throw notFound('Sensor');
    // A concurrent deactivation waits for this row and then finds it inactive.
    const changed = await tx.updateTable('sensors').set({ active: false, deactivated_at: now, updated_at: now }).where('id', '=', id).where('active', '=', true).returning('id').execute();
    if (changed.length === 0) throw notFound('Sensor');
    const alarms = await tx
      .updateTable('alarms')
      .set({ status: 'cleared', cleared_at: now, updated_at: now })
      .where('sensor_id', '=', id)
      .where('cleared_at', 'is', null)
      .returning('id')
      .execute();
    if (alarms.length > 0) {
      await tx
        .insertInto('alarm_events')
        .values(alarms.map((a) => ({ alarm_id: a.id, at: now, type: 'cleared', severity: null, value: null, by_name: actor.displayName, note: 'sensor deactivated' })))
        .execute();
    }
    await recordAudit(tx, auditActorOf(actor), [
      { action: 'deactivate', entity: 'sensor', entityId: id, before: { code: sensor.code, name: sensor.name }, after: { clearedAlarms: alarms.map((a) => a.id) } },
      ...alarms.map((a) => ({ action: 'alarm_cleared', entity: 'alarm', entityId: a.id, after: { reason: 'sensor deactivated' } })),
    ]);
    return alarms.map((a) => a.id);
  });
  evaluator.invalidate(id);
  for (const row of await alarmsByIds(db, cleared)) {
    events.publish({ type: 'alarm.cleared', at: now.toISOString(), subject: subjectOf(row), data: { ...presentAlarm(row), value: null } });
  }
}
