import { sql } from 'kysely';
import type { CockpitPanel } from '../../core/cockpit/cockpit.schema.ts';
import { inScope } from '../organisations/scope-condition.ts';
import { cityMonth, inDistrict, monthlyArrays } from '../cockpit/cockpit-queries.ts';
import type { CockpitContext } from '../cockpit/cockpit-registry.ts';

/** The accidents panel: this year so far against the same days of last year, per district and per month. */
export async function accidentCockpitPanel(ctx: CockpitContext): Promise<CockpitPanel> {
  const { db, actor } = ctx;
  const where = sql`${inScope(actor.scope, 'accidents')} AND ${inDistrict(ctx, 'accidents')}`;
  const [kpi, byDistrict, monthly, recent, enterprises] = await Promise.all([
    sql<{ n: number; d: number; pn: number; pd: number; major: number; pmajor: number }>`
      SELECT count(*) FILTER (WHERE occurred_at >= ${ctx.yearStart})::int AS n,
             coalesce(sum(deaths) FILTER (WHERE occurred_at >= ${ctx.yearStart}), 0)::int AS d,
             count(*) FILTER (WHERE occurred_at < ${ctx.yearAgo})::int AS pn,
             coalesce(sum(deaths) FILTER (WHERE occurred_at < ${ctx.yearAgo}), 0)::int AS pd,
             count(*) FILTER (WHERE occurred_at >= ${ctx.yearStart} AND grade <> 'general')::int AS major,
             count(*) FILTER (WHERE occurred_at < ${ctx.yearAgo} AND grade <> 'general')::int AS pmajor
      FROM accidents WHERE ${where} AND occurred_at >= ${ctx.previousYearStart} AND occurred_at <= ${ctx.now}
        AND (occurred_at >= ${ctx.yearStart} OR occurred_at < ${ctx.yearAgo})`.execute(db),
    sql<{ regionCode: string; value: number }>`
      SELECT district_code AS "regionCode", count(*)::int AS value FROM accidents
      WHERE ${where} AND occurred_at >= ${ctx.yearStart} GROUP BY 1`.execute(db),
    sql<{ y: number; m: number; n: number; d: number }>`
      SELECT (occurred_at < ${ctx.yearStart})::int AS y, ${cityMonth('occurred_at')} AS m, count(*)::int AS n, coalesce(sum(deaths), 0)::int AS d
      FROM accidents WHERE ${where} AND occurred_at >= ${ctx.previousYearStart} AND occurred_at <= ${ctx.now} GROUP BY 1, 2`.execute(db),
    sql<{ id: string; at: Date; grade: string; deaths: number; district_code: string; enterprise_id: string | null; name: string | null; description: string }>`
      SELECT accidents.id, accidents.occurred_at AS at, accidents.grade, accidents.deaths, accidents.district_code, accidents.enterprise_id, e.name, accidents.description
      FROM accidents LEFT JOIN enterprises e ON e.id = accidents.enterprise_id
      WHERE ${where} ORDER BY accidents.occurred_at DESC LIMIT 8`.execute(db),
    sql<{ id: string; name: string; lng: number | null; lat: number | null; value: number }>`
      SELECT e.id, e.name, e.lng, e.lat, count(*)::int AS value FROM accidents JOIN enterprises e ON e.id = accidents.enterprise_id
      WHERE ${where} AND occurred_at >= ${ctx.yearStart} GROUP BY e.id ORDER BY value DESC, e.name LIMIT 10`.execute(db),
  ]);
  const k = kpi.rows[0]!;
  const accidents = monthlyArrays(monthly.rows);
  const deaths = monthlyArrays(monthly.rows.map((r) => ({ ...r, n: r.d })));
  return {
    kpis: [
      { key: 'accidents', value: k.n, previous: k.pn },
      { key: 'deaths', value: k.d, previous: k.pd },
      { key: 'largerAccidents', value: k.major, previous: k.pmajor },
    ],
    byRegion: { accidentsThisYear: byDistrict.rows },
    monthly: [{ key: 'accidents', ...accidents }, { key: 'deaths', ...deaths }],
    recent: recent.rows.map((r) => ({
      type: 'accident.reported',
      id: r.id,
      at: r.at.toISOString(),
      title: r.name ?? r.description.slice(0, 40),
      districtCode: r.district_code,
      enterpriseId: r.enterprise_id,
      severity: r.grade,
    })),
    enterprises: enterprises.rows,
  };
}
