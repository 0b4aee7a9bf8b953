import { sql } from 'kysely';
import type { CockpitPanel } from '../../core/cockpit/cockpit.schema.ts';
import { inScope } from '../organisations/scope-condition.ts';
import { inDistrict } from './cockpit-queries.ts';
import type { CockpitContext } from './cockpit-registry.ts';

/**
 * The risk panel (风险分级管控): the map indicator `riskLevel` is, per district, the number of risk points graded
 * 重大 (red) or 较大 (orange) — where control has to be strongest (domain-rules §4.1); the drill-down lists the
 * enterprises with the most of them.
 */
export async function riskCockpitPanel(ctx: CockpitContext): Promise<CockpitPanel> {
  const { db, actor } = ctx;
  const where = sql`${inScope(actor.scope, 'enterprises')} AND ${inDistrict(ctx, 'enterprises')} AND risk_points.active AND risk_points.level IN ('major', 'larger')`;
  const [byDistrict, enterprises] = await Promise.all([
    sql<{ regionCode: string; value: number }>`
      SELECT enterprises.district_code AS "regionCode", count(*)::int AS value
      FROM risk_points JOIN enterprises ON enterprises.id = risk_points.enterprise_id
      WHERE ${where} GROUP BY 1`.execute(db),
    sql<{ id: string; name: string; lng: number | null; lat: number | null; value: number }>`
      SELECT enterprises.id, enterprises.name, enterprises.lng, enterprises.lat, count(*)::int AS value
      FROM risk_points JOIN enterprises ON enterprises.id = risk_points.enterprise_id
      WHERE ${where} GROUP BY enterprises.id ORDER BY value DESC, enterprises.name LIMIT 10`.execute(db),
  ]);
  return { kpis: [], byRegion: { riskLevel: byDistrict.rows }, monthly: [], recent: [], enterprises: enterprises.rows };
}
