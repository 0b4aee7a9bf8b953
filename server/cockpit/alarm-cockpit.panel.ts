import { sql } from 'kysely';
import type { CockpitPanel } from '../../core/cockpit/cockpit.schema.ts';
import type { AlarmFacts } from '../../core/monitoring/alarm.schema.ts';
import { inScope } from '../organisations/scope-condition.ts';
import { cityMonth, inDistrict, monthlyArrays } from './cockpit-queries.ts';
import type { CockpitContext } from './cockpit-registry.ts';

/**
 * The monitoring panel: alarms not yet cleared (active or acknowledged) now and as they stood one year ago, per
 * district for the map, alarms opened per month, the latest openings for the ticker, and the enterprises with
 * the most open alarms. Warnings count too; silenced alarms (maintenance) do not.
 */
export async function alarmCockpitPanel(ctx: CockpitContext): Promise<CockpitPanel> {
  const { db, actor, now, yearAgo } = ctx;
  const where = sql`${inScope(actor.scope, 'enterprises')} AND ${inDistrict(ctx, 'enterprises')} AND NOT alarms.silenced`;
  const from = sql`alarms JOIN enterprises ON enterprises.id = alarms.enterprise_id`;
  const openAt = (t: Date) => sql`(alarms.opened_at <= ${t} AND (alarms.cleared_at IS NULL OR alarms.cleared_at > ${t}))`;
  const [kpi, byDistrict, monthly, recent, enterprises] = await Promise.all([
    sql<{ open: number; previous: number }>`
      SELECT count(*) FILTER (WHERE alarms.cleared_at IS NULL)::int AS open, count(*) FILTER (WHERE ${openAt(yearAgo)})::int AS previous
      FROM ${from} WHERE ${where} AND (alarms.cleared_at IS NULL OR alarms.cleared_at > ${yearAgo})`.execute(db),
    sql<{ regionCode: string; value: number }>`
      SELECT enterprises.district_code AS "regionCode", count(*)::int AS value
      FROM ${from} WHERE ${where} AND alarms.cleared_at IS NULL GROUP BY 1`.execute(db),
    sql<{ y: number; m: number; n: number }>`
      SELECT (alarms.opened_at < ${ctx.yearStart})::int AS y, ${cityMonth('alarms.opened_at')} AS m, count(*)::int AS n
      FROM ${from} WHERE ${where} AND alarms.opened_at >= ${ctx.previousYearStart} AND alarms.opened_at <= ${now} GROUP BY 1, 2`.execute(db),
    sql<{ id: string; at: Date; name: string; district_code: string; enterprise_id: string; sensor_name: string } & Omit<AlarmFacts, 'openValue' | 'horizonSec'> & { open_value: number | null; horizon_sec: number | null }>`
      SELECT alarms.id, alarms.opened_at AS at, enterprises.name, enterprises.district_code, alarms.enterprise_id, sensors.name AS sensor_name,
             alarms.kind, alarms.severity, alarms.open_value, alarms.limit_value AS "limit", sensors.unit, alarms.direction, alarms.horizon_sec
      FROM ${from} JOIN sensors ON sensors.id = alarms.sensor_id
      WHERE ${where} AND alarms.kind <> 'stale' ORDER BY alarms.opened_at DESC LIMIT 8`.execute(db),
    sql<{ id: string; name: string; lng: number | null; lat: number | null; value: number }>`
      SELECT enterprises.id, enterprises.name, enterprises.lng, enterprises.lat, count(*)::int AS value
      FROM ${from} WHERE ${where} AND alarms.cleared_at IS NULL GROUP BY enterprises.id ORDER BY value DESC, enterprises.name LIMIT 10`.execute(db),
  ]);
  const k = kpi.rows[0]!;
  return {
    kpis: [{ key: 'activeAlarms', value: k.open, previous: k.previous }],
    byRegion: { activeAlarms: byDistrict.rows },
    monthly: [{ key: 'alarmsOpened', ...monthlyArrays(monthly.rows) }],
    recent: recent.rows.map((r) => ({
      type: 'alarm.opened',
      id: r.id,
      at: r.at.toISOString(),
      title: `${r.name}: ${r.sensor_name}`,
      districtCode: r.district_code,
      enterpriseId: r.enterprise_id,
      severity: r.severity,
      alarm: { kind: r.kind, severity: r.severity, openValue: r.open_value, limit: r.limit, unit: r.unit, direction: r.direction, horizonSec: r.horizon_sec },
    })),
    enterprises: enterprises.rows,
  };
}
