import { sql } from 'kysely';
import type { CockpitPanel } from '../../core/cockpit/cockpit.schema.ts';
import { inScope } from '../organisations/scope-condition.ts';
import { cityMonth, inDistrict, monthlyArrays } from './cockpit-queries.ts';
import type { CockpitContext } from './cockpit-registry.ts';

/**
 * The hidden-hazards panel: open, overdue and open major hazards now and as they stood one year ago (open then =
 * found by then and not closed by then; overdue then = open then with a deadline before then).
 */
export async function hazardCockpitPanel(ctx: CockpitContext): Promise<CockpitPanel> {
  const { db, actor, now, yearAgo } = ctx;
  const where = sql`${inScope(actor.scope, 'hazards')} AND ${inDistrict(ctx, 'hazards')}`;
  const openAt = (t: Date) => sql`(found_at <= ${t} AND (closed_at IS NULL OR closed_at > ${t}))`;
  const [kpi, byDistrict, monthly, recent, enterprises] = await Promise.all([
    sql<{ open: number; overdue: number; major: number; popen: number; poverdue: number; pmajor: number }>`
      SELECT count(*) FILTER (WHERE status <> 'closed')::int AS open,
             count(*) FILTER (WHERE status <> 'closed' AND deadline < ${now})::int AS overdue,
             count(*) FILTER (WHERE status <> 'closed' AND grade = 'major')::int AS major,
             count(*) FILTER (WHERE ${openAt(yearAgo)})::int AS popen,
             count(*) FILTER (WHERE ${openAt(yearAgo)} AND deadline < ${yearAgo})::int AS poverdue,
             count(*) FILTER (WHERE ${openAt(yearAgo)} AND grade = 'major')::int AS pmajor
      FROM hazards WHERE ${where} AND (status <> 'closed' OR closed_at > ${yearAgo})`.execute(db),
    sql<{ regionCode: string; major: number; open: number }>`
      SELECT district_code AS "regionCode", count(*) FILTER (WHERE grade = 'major')::int AS major, count(*)::int AS open
      FROM hazards WHERE ${where} AND status <> 'closed' GROUP BY 1`.execute(db),
    sql<{ y: number; m: number; n: number }>`
      SELECT (found_at < ${ctx.yearStart})::int AS y, ${cityMonth('found_at')} AS m, count(*)::int AS n
      FROM hazards WHERE ${where} AND found_at >= ${ctx.previousYearStart} AND found_at <= ${now} GROUP BY 1, 2`.execute(db),
    sql<{ id: string; at: Date; title: string; district_code: string; enterprise_id: string; name: string; status: string }>`
      SELECT hazards.id, hazards.found_at AS at, hazards.title, hazards.district_code, hazards.enterprise_id, e.name, hazards.status
      FROM hazards JOIN enterprises e ON e.id = hazards.enterprise_id
      WHERE ${where} AND hazards.grade = 'major' ORDER BY hazards.found_at DESC LIMIT 8`.execute(db),
    sql<{ id: string; name: string; lng: number | null; lat: number | null; value: number }>`
      SELECT e.id, e.name, e.lng, e.lat, count(*)::int AS value FROM hazards JOIN enterprises e ON e.id = hazards.enterprise_id
      WHERE ${where} AND hazards.status <> 'closed' GROUP BY e.id ORDER BY value DESC, e.name LIMIT 10`.execute(db),
  ]);
  const k = kpi.rows[0]!;
  return {
    kpis: [
      { key: 'openHazards', value: k.open, previous: k.popen },
      { key: 'overdueHazards', value: k.overdue, previous: k.poverdue },
      { key: 'majorHazards', value: k.major, previous: k.pmajor },
    ],
    byRegion: {
      majorHazardsOpen: byDistrict.rows.map((r) => ({ regionCode: r.regionCode, value: r.major })),
      openHazards: byDistrict.rows.map((r) => ({ regionCode: r.regionCode, value: r.open })),
    },
    monthly: [{ key: 'hazardsFound', ...monthlyArrays(monthly.rows) }],
    recent: recent.rows.map((r) => ({
      type: 'hazard.major_reported',
      id: r.id,
      at: r.at.toISOString(),
      title: `${r.name}: ${r.title}`,
      districtCode: r.district_code,
      enterpriseId: r.enterprise_id,
      severity: r.status,
    })),
    enterprises: enterprises.rows,
  };
}
