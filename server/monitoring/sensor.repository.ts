import { sql, type RawBuilder, type Selectable, type SqlBool } from 'kysely';
import type { SensorListQuery } from '../../core/monitoring/sensor-api.schema.ts';
import type { Scope } from '../../core/organisations/scope.ts';
import type { Db } from '../db/database.ts';
import type { SensorsTable } from '../db/schema.ts';
import { inScope } from '../organisations/scope-condition.ts';

/** A sensor's columns (schema/monitoring.ts) with its enterprise's name and alarm state, as selectSensors reads them. */
export type SensorRow = Pick<
  Selectable<SensorsTable>,
  'id' | 'enterprise_id' | 'code' | 'name' | 'kind' | 'unit' | 'range_low' | 'range_high' | 'location' | 'expected_interval_sec' | 'template_id' | 'rules' | 'hazard_bridge' | 'created_at'
> & {
  enterprise_name: string;
  alarm_state: string | null;
  open_alarms: number;
  silenced_until: Date | null;
  judged_through: Date | null;
  late_readings: number | null;
};

/** The most severe open alarm and their count (served by alarms_open_rule_idx), and the silence in force. */
const alarmState = sql`(SELECT (array_agg(a.severity ORDER BY array_position(ARRAY['warning','alarm','critical'], a.severity) DESC))[1]
  FROM alarms a WHERE a.sensor_id = s.id AND a.cleared_at IS NULL)`;
const openAlarms = sql`(SELECT count(*)::int FROM alarms a WHERE a.sensor_id = s.id AND a.cleared_at IS NULL)`;
const silencedUntil = sql`(SELECT max(x.until) FROM sensor_silences x WHERE x.sensor_id = s.id AND x.until > now() AND x.cancelled_at IS NULL)`;

const selectSensors = sql`
  SELECT s.id, s.enterprise_id, enterprises.name AS enterprise_name, s.code, s.name, s.kind, s.unit, s.range_low, s.range_high, s.location,
         s.expected_interval_sec, s.template_id, s.rules, s.hazard_bridge, s.created_at, ${alarmState} AS alarm_state, ${openAlarms} AS open_alarms,
         ${silencedUntil} AS silenced_until,
         j.judged_through, j.late_readings
  FROM sensors s JOIN enterprises ON enterprises.id = s.enterprise_id
  LEFT JOIN sensor_judgement j ON j.sensor_id = s.id`;

function listCondition(scope: Scope, f: SensorListQuery): RawBuilder<SqlBool> {
  const c: RawBuilder<unknown>[] = [inScope(scope, 'enterprises'), sql`s.active`];
  if (f.enterpriseId) c.push(sql`s.enterprise_id = ${f.enterpriseId}`);
  if (f.kind) c.push(sql`s.kind = ${f.kind}`);
  if (f.alarmState === 'none') c.push(sql`NOT EXISTS (SELECT 1 FROM alarms a WHERE a.sensor_id = s.id AND a.cleared_at IS NULL)`);
  else if (f.alarmState) c.push(sql`${alarmState} = ${f.alarmState}`);
  return sql<SqlBool>`${sql.join(c, sql` AND `)}`;
}

/** A page (by enterprise, then code) and the total in one statement. */
export async function listSensors(db: Db, scope: Scope, f: SensorListQuery, limit: number, offset: number) {
  const where = listCondition(scope, f);
  const { rows } = await sql<SensorRow & { total: number }>`
    SELECT t.total, p.* FROM (SELECT count(*) AS total FROM sensors s JOIN enterprises ON enterprises.id = s.enterprise_id WHERE ${where}) t
    LEFT JOIN LATERAL (
      ${selectSensors} WHERE ${where} ORDER BY s.enterprise_id, s.code LIMIT ${limit} OFFSET ${offset}
    ) p ON true
    ORDER BY p.enterprise_id, p.code`.execute(db);
  return { total: Number(rows[0]?.total ?? 0), rows: rows.filter((r) => r.id !== null) as SensorRow[] };
}

export async function findSensor(db: Db, scope: Scope, id: string): Promise<SensorRow | undefined> {
  const { rows } = await sql<SensorRow>`${selectSensors} WHERE s.id = ${id} AND s.active AND ${inScope(scope, 'enterprises')}`.execute(db);
  return rows[0];
}
