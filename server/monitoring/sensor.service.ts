import type { SensorListQuery, SensorPatch } from '../../core/monitoring/sensor-api.schema.ts';
import { MAX_SILENCE_MS } from '../../core/monitoring/sensor-api.schema.ts';
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
import { latestReadings } from './latest-readings.ts';
import { presentSensor } from './sensor.presenter.ts';
import { findSensor, listSensors } from './sensor.repository.ts';

/** The rules of a new sensor: explicit, or its template's expansion (the template's kind must match). */
function rulesOf(input: SensorCreate): SensorRule[] {
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

export async function silenceSensor(db: Db, actor: Actor, id: string, input: { reason: string; until: string }, now = new Date()) {
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
    return { id: row.id, sensorId: id, reason: row.reason, until: new Date(row.until).toISOString(), createdAt: new Date(row.created_at).toISOString(), createdBy: row.created_by_name };
  });
}
