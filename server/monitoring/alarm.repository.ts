import { sql, type RawBuilder, type Selectable, type SqlBool } from 'kysely';
import type { Scope } from '../../core/organisations/scope.ts';
import type { Db } from '../db/database.ts';
import type { AlarmsTable } from '../db/schema.ts';
import { inScope } from '../organisations/scope-condition.ts';

/** An alarm's columns (schema/alarms.ts) with its sensor and enterprise, as selectAlarms reads them. */
export type AlarmRow = Omit<Selectable<AlarmsTable>, 'acknowledged_by_id' | 'updated_at'> & {
  sensor_code: string;
  sensor_name: string;
  unit: string;
  enterprise_name: string;
  region_path: string[];
  industry_path: string[];
};

export interface AlarmListFilter {
  sensorId?: string;
  enterpriseId?: string;
  kind?: string;
  status?: string;
  from?: string;
  to?: string;
}

/** The row with its sensor and enterprise, scope checked on the enterprise (docs/adr/0007). */
const selectAlarms = sql`
  SELECT a.id, a.sensor_id, s.code AS sensor_code, s.name AS sensor_name, s.unit, a.enterprise_id, enterprises.name AS enterprise_name,
         enterprises.region_path, enterprises.industry_path, a.rule_key, a.kind, a.status, a.severity, a.peak_severity, a.level_index,
         a.open_value, a.peak_value, a.limit_value, a.opened_at, a.acknowledged_at, a.acknowledged_by, a.cleared_at, a.hazard_id, a.silenced, a.message,
         a.direction, a.horizon_sec
  FROM alarms a JOIN sensors s ON s.id = a.sensor_id JOIN enterprises ON enterprises.id = a.enterprise_id`;

function listCondition(scope: Scope, f: AlarmListFilter): RawBuilder<SqlBool> {
  const c: RawBuilder<unknown>[] = [inScope(scope, 'enterprises')];
  if (f.sensorId) c.push(sql`a.sensor_id = ${f.sensorId}`);
  if (f.enterpriseId) c.push(sql`a.enterprise_id = ${f.enterpriseId}`);
  if (f.kind) c.push(sql`a.kind = ${f.kind}`);
  if (f.status) c.push(sql`a.status = ${f.status}`);
  if (f.from) c.push(sql`a.opened_at >= ${new Date(f.from)}`);
  if (f.to) c.push(sql`a.opened_at <= ${new Date(f.to)}`);
  return sql<SqlBool>`${sql.join(c, sql` AND `)}`;
}

/** A page (newest first) and the total in one statement; the page's keys first, then its rows (deferred join). */
export async function listAlarms(db: Db, scope: Scope, f: AlarmListFilter, limit: number, offset: number) {
  const where = listCondition(scope, f);
  const { rows } = await sql<AlarmRow & { total: number }>`
    SELECT t.total, p.* FROM (SELECT count(*) AS total FROM alarms a JOIN enterprises ON enterprises.id = a.enterprise_id WHERE ${where}) t
    LEFT JOIN LATERAL (
      SELECT r.* FROM (
        SELECT a.id FROM alarms a JOIN enterprises ON enterprises.id = a.enterprise_id WHERE ${where}
        ORDER BY a.opened_at DESC, a.id DESC LIMIT ${limit} OFFSET ${offset}
      ) k JOIN LATERAL (${selectAlarms} WHERE a.id = k.id) r ON true
    ) p ON true
    ORDER BY p.opened_at DESC, p.id DESC`.execute(db);
  return { total: Number(rows[0]?.total ?? 0), rows: rows.filter((r) => r.id !== null) as AlarmRow[] };
}

export async function findAlarm(db: Db, scope: Scope, id: string, forUpdate = false): Promise<AlarmRow | undefined> {
  const { rows } = await sql<AlarmRow>`${selectAlarms} WHERE a.id = ${id} AND ${inScope(scope, 'enterprises')} ${forUpdate ? sql`FOR UPDATE OF a` : sql``}`.execute(db);
  return rows[0];
}

/** Alarms by id, unscoped: the evaluator publishes what it just wrote. */
export async function alarmsByIds(db: Db, ids: readonly string[]): Promise<AlarmRow[]> {
  if (ids.length === 0) return [];
  const { rows } = await sql<AlarmRow>`${selectAlarms} WHERE a.id = ANY(${ids}::uuid[])`.execute(db);
  return rows;
}

export function alarmEvents(db: Db, alarmId: string) {
  return db.selectFrom('alarm_events').selectAll().where('alarm_id', '=', alarmId).orderBy('id').execute();
}

/** Open alarms of the given sensors (the restart path). */
export function openAlarmsOf(db: Db, sensorIds: readonly string[]) {
  if (sensorIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('alarms').selectAll().where('sensor_id', 'in', sensorIds).where('cleared_at', 'is', null).execute();
}
