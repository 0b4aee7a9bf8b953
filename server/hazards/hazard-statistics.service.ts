import { sql } from 'kysely';
import { DEFAULT_ACCOUNTABILITY_THRESHOLDS, rankUnits, type UnitStatistics } from '../../core/hazards/accountability.ts';
import type { HazardStatisticsQuery, HazardStatisticsRow } from '../../core/hazards/hazard-statistics.schema.ts';
import { regionLevelOf } from '../../core/organisations/regions.ts';
import { coversEnterprise, scopeOf } from '../../core/organisations/scope.ts';
import { cityDayEnd, cityDayStart, cityYearToDate } from '../../core/shared/city-time.ts';
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';
import { invalid } from '../http/errors.ts';
import { inScope } from '../organisations/scope-condition.ts';
import { referenceData } from '../organisations/reference-data.ts';

/**
 * Investigation and governance statistics per unit, and the 排查不力 assessment (core/hazards/accountability.ts)
 * with the regulator's ranking. The database counts per enterprise (one aggregate over hazards, one over
 * tasks, both from indexes); every grouping is a function of the enterprise (its district, its industry
 * division, the departments that supervise it), so the per-enterprise counts are summed into groups here.
 */

function bound(value: string, edge: 'start' | 'end'): Date {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!day) return new Date(value);
  const date = { year: Number(day[1]), month: Number(day[2]), day: Number(day[3]) };
  return edge === 'start' ? cityDayStart(date) : cityDayEnd(date);
}

type Counts = Omit<UnitStatistics, 'unitId'>;
const zero = (): Counts => ({ tasksDue: 0, tasksDone: 0, hazardsFound: 0, hazardsClosed: 0, closedOnTime: 0, overdueNow: 0, openMajor: 0, overdueMajor: 0, repeatHazards: 0 });

function add(into: Counts, from: Counts) {
  for (const k of Object.keys(into) as Array<keyof Counts>) into[k] += from[k];
}

type Table = 'hazards' | 'enterprises';

export async function hazardStatistics(db: Db, actor: Actor, q: HazardStatisticsQuery, thresholds = DEFAULT_ACCOUNTABILITY_THRESHOLDS, now = new Date()) {
  // Without a period: the year to date, in the city's calendar.
  const yearToDate = cityYearToDate(now);
  const from = q.from ? bound(q.from, 'start') : cityDayStart(yearToDate.from);
  const to = q.to ? bound(q.to, 'end') : cityDayEnd(yearToDate.to);
  if (to < from) throw invalid([{ path: 'to', message: 'must not be before from' }]);
  const inRegion = (table: Table) =>
    !q.regionCode
      ? sql`true`
      : regionLevelOf(q.regionCode) === 'district'
        ? sql`${sql.ref(`${table}.district_code`)} = ${q.regionCode}`
        : sql`${q.regionCode} = ANY(${sql.ref(`${table}.region_path`)})`;

  const hazards = sql<{ enterprise_id: string } & Record<string, string>>`
    SELECT hazards.enterprise_id,
      count(*) FILTER (WHERE hazards.found_at BETWEEN ${from} AND ${to}) AS "hazardsFound",
      count(*) FILTER (WHERE hazards.closed_at BETWEEN ${from} AND ${to}) AS "hazardsClosed",
      count(*) FILTER (WHERE hazards.closed_at BETWEEN ${from} AND ${to} AND (hazards.deadline IS NULL OR hazards.closed_at <= hazards.deadline)) AS "closedOnTime",
      count(*) FILTER (WHERE hazards.status <> 'closed' AND hazards.deadline < ${now}) AS "overdueNow",
      count(*) FILTER (WHERE hazards.status <> 'closed' AND hazards.grade = 'major') AS "openMajor",
      count(*) FILTER (WHERE hazards.status <> 'closed' AND hazards.grade = 'major' AND hazards.deadline < ${now}) AS "overdueMajor",
      -- core/hazards/accountability.ts: the same checklist item failing again at the enterprise within 90 days.
      count(*) FILTER (WHERE hazards.found_at BETWEEN ${from} AND ${to} AND hazards.checklist_item_id IS NOT NULL AND EXISTS (
        SELECT 1 FROM hazards p WHERE p.enterprise_id = hazards.enterprise_id AND p.checklist_item_id = hazards.checklist_item_id
          AND p.found_at < hazards.found_at AND p.found_at >= hazards.found_at - interval '90 days')) AS "repeatHazards"
    FROM hazards
    WHERE ${inScope(actor.scope, 'hazards')} AND ${inRegion('hazards')}
      AND (hazards.found_at BETWEEN ${from} AND ${to} OR hazards.closed_at BETWEEN ${from} AND ${to} OR hazards.status <> 'closed')
    GROUP BY 1`;
  const tasks = sql<{ enterprise_id: string; tasksDue: string; tasksDone: string }>`
    SELECT t.enterprise_id, count(*) AS "tasksDue", count(*) FILTER (WHERE t.status = 'done') AS "tasksDone"
    FROM investigation_tasks t JOIN enterprises ON enterprises.id = t.enterprise_id
    WHERE t.due_at BETWEEN ${from} AND ${to} AND ${inScope(actor.scope, 'enterprises')} AND ${inRegion('enterprises')}
    GROUP BY 1`;
  const [h, t] = await Promise.all([hazards.execute(db), tasks.execute(db)]);

  const perEnterprise = new Map<string, Counts>();
  const of = (id: string) => perEnterprise.get(id) ?? perEnterprise.set(id, zero()).get(id)!;
  for (const { enterprise_id, ...counts } of h.rows) {
    const c = of(enterprise_id);
    for (const [k, v] of Object.entries(counts)) c[k as keyof Counts] = Number(v);
  }
  for (const r of t.rows) Object.assign(of(r.enterprise_id), { tasksDue: Number(r.tasksDue), tasksDone: Number(r.tasksDone) });

  const grouping = await groupingOf(db, q.groupBy, [...perEnterprise.keys()]);
  const units = new Map<string, Counts>();
  for (const [enterpriseId, counts] of perEnterprise) {
    for (const key of grouping.keysOf(enterpriseId)) add(units.get(key) ?? units.set(key, zero()).get(key)!, counts);
  }

  const ranked = rankUnits([...units].map(([unitId, c]) => ({ unitId, ...c })), thresholds);
  const rows: HazardStatisticsRow[] = ranked.map((r) => ({
    key: r.unitId,
    name: grouping.nameOf(r.unitId),
    ...units.get(r.unitId)!,
    completionRate: r.completionRate,
    onTimeRate: r.onTimeRate,
    flagged: r.flagged,
    reasons: r.reasons,
    rank: r.rank,
  }));
  return { groupBy: q.groupBy, from: from.toISOString(), to: to.toISOString(), rows };
}

/** Which group(s) each enterprise belongs to, and the groups' names. */
async function groupingOf(db: Db, groupBy: HazardStatisticsQuery['groupBy'], enterpriseIds: string[]) {
  const ref = referenceData();
  const enterprises = enterpriseIds.length
    ? await db.selectFrom('enterprises').select(['id', 'name', 'district_code', 'region_path', 'industry_path']).where('id', '=', sql<string>`ANY(${enterpriseIds}::uuid[])`).execute()
    : [];
  const byId = new Map(enterprises.map((e) => [e.id, e]));
  switch (groupBy) {
    case 'enterprise':
      return { keysOf: (id: string) => [id], nameOf: (key: string) => byId.get(key)?.name ?? key };
    case 'region':
      return { keysOf: (id: string) => [byId.get(id)!.district_code], nameOf: (key: string) => ref.region(key)?.name ?? key };
    case 'industry':
      // GB/T 4754 division (大类): the second element of the path.
      return { keysOf: (id: string) => [byId.get(id)!.industry_path[1] ?? ''], nameOf: (key: string) => ref.industry(key)?.row.name ?? key };
    case 'department': {
      // 三管三必须: an enterprise counts for every department whose scope covers it.
      const departments = await db.selectFrom('departments').select(['id', 'name', 'region_codes', 'industry_codes']).execute();
      const scopes = departments.map((d) => ({ id: d.id, scope: scopeOf({ role: 'regulator', department: { id: d.id, regionCodes: d.region_codes, industryCodes: d.industry_codes } }) }));
      const names = new Map(departments.map((d) => [d.id, d.name]));
      return {
        keysOf: (id: string) => {
          const e = byId.get(id)!;
          return scopes.filter((s) => coversEnterprise(s.scope, { regionPath: e.region_path, industryPath: e.industry_path })).map((s) => s.id);
        },
        nameOf: (key: string) => names.get(key) ?? key,
      };
    }
  }
}
