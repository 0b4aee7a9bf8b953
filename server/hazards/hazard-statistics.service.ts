import { sql, type RawBuilder } from 'kysely';
import { rankUnits, type UnitStatistics } from '../../core/hazards/accountability.ts';
import type { HazardStatisticsQuery, HazardStatisticsRow } from '../../core/hazards/hazard-statistics.schema.ts';
import { regionLevelOf } from '../../core/organisations/regions.ts';
import { cityDayEnd, cityDayStart } from '../../core/shared/city-time.ts';
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';
import { invalid } from '../http/errors.ts';
import { inScope } from '../organisations/scope-condition.ts';
import { referenceData } from '../organisations/reference-data.ts';

/**
 * Investigation and governance statistics per unit, and the 排查不力 assessment (core/hazards/accountability.ts)
 * with the regulator's ranking. Each figure is one aggregate query over indexed columns, grouped in SQL.
 */

function bound(value: string, edge: 'start' | 'end'): Date {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!day) return new Date(value);
  const date = { year: Number(day[1]), month: Number(day[2]), day: Number(day[3]) };
  return edge === 'start' ? cityDayStart(date) : cityDayEnd(date);
}

type Table = 'hazards' | 'enterprises';

/** The grouping key of a row of `table` (hazards or enterprises): both carry the enterprise's paths. */
function keyOf(groupBy: HazardStatisticsQuery['groupBy'], alias: Table, enterpriseId: RawBuilder<unknown>): RawBuilder<string> {
  switch (groupBy) {
    case 'enterprise':
      return sql<string>`${enterpriseId}::text`;
    case 'region':
      return sql<string>`${sql.ref(`${alias}.district_code`)}`;
    case 'industry':
      // GB/T 4754 division (大类): the second element of the path.
      return sql<string>`${sql.ref(`${alias}.industry_path`)}[2]`;
    case 'department':
      return sql<string>`d.id::text`;
  }
}

/** For `department`, each row counts for every department whose scope covers its enterprise (三管三必须). */
const departmentJoin = (groupBy: string, alias: Table) =>
  groupBy === 'department'
    ? sql`JOIN departments d ON d.region_codes && ${sql.ref(`${alias}.region_path`)} AND d.industry_codes && ${sql.ref(`${alias}.industry_path`)}`
    : sql``;

type Counts = Omit<UnitStatistics, 'unitId'>;
const zero = (): Counts => ({ tasksDue: 0, tasksDone: 0, hazardsFound: 0, hazardsClosed: 0, closedOnTime: 0, overdueNow: 0, openMajor: 0, overdueMajor: 0, repeatHazards: 0 });

export async function hazardStatistics(db: Db, actor: Actor, q: HazardStatisticsQuery, now = new Date()) {
  const from = bound(q.from, 'start');
  const to = bound(q.to, 'end');
  if (to < from) throw invalid([{ path: 'to', message: 'must not be before from' }]);
  const inRegion = (table: Table) =>
    !q.regionCode
      ? sql`true`
      : regionLevelOf(q.regionCode) === 'district'
        ? sql`${sql.ref(`${table}.district_code`)} = ${q.regionCode}`
        : sql`${q.regionCode} = ANY(${sql.ref(`${table}.region_path`)})`;
  const hKey = keyOf(q.groupBy, 'hazards', sql`hazards.enterprise_id`);
  const eKey = keyOf(q.groupBy, 'enterprises', sql`enterprises.id`);

  const hazards = sql<{ key: string } & Record<keyof Counts, string>>`
    SELECT ${hKey} AS key,
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
    FROM hazards ${departmentJoin(q.groupBy, 'hazards')}
    WHERE ${inScope(actor.scope, 'hazards')} AND ${inRegion('hazards')}
      AND (hazards.found_at BETWEEN ${from} AND ${to} OR hazards.closed_at BETWEEN ${from} AND ${to} OR hazards.status <> 'closed')
    GROUP BY 1`;
  const tasks = sql<{ key: string; tasksDue: string; tasksDone: string }>`
    SELECT ${eKey} AS key, count(*) AS "tasksDue", count(*) FILTER (WHERE t.status = 'done') AS "tasksDone"
    FROM investigation_tasks t JOIN enterprises ON enterprises.id = t.enterprise_id ${departmentJoin(q.groupBy, 'enterprises')}
    WHERE t.due_at BETWEEN ${from} AND ${to} AND ${inScope(actor.scope, 'enterprises')} AND ${inRegion('enterprises')}
    GROUP BY 1`;
  const [h, t] = await Promise.all([hazards.execute(db), tasks.execute(db)]);

  const units = new Map<string, Counts>();
  const unit = (key: string) => units.get(key) ?? units.set(key, zero()).get(key)!;
  for (const r of h.rows) {
    const u = unit(r.key);
    for (const k of Object.keys(r) as Array<keyof typeof r>) if (k !== 'key') u[k as keyof Counts] = Number(r[k]);
  }
  for (const r of t.rows) Object.assign(unit(r.key), { tasksDue: Number(r.tasksDue), tasksDone: Number(r.tasksDone) });

  const names = await namesOf(db, q.groupBy, [...units.keys()]);
  const ranked = rankUnits([...units].map(([unitId, c]) => ({ unitId, ...c })));
  const rows: HazardStatisticsRow[] = ranked.map((r) => ({
    key: r.unitId,
    name: names.get(r.unitId) ?? r.unitId,
    ...units.get(r.unitId)!,
    completionRate: r.completionRate,
    onTimeRate: r.onTimeRate,
    flagged: r.flagged,
    reasons: r.reasons,
    rank: r.rank,
  }));
  return { groupBy: q.groupBy, from: from.toISOString(), to: to.toISOString(), rows };
}

async function namesOf(db: Db, groupBy: HazardStatisticsQuery['groupBy'], keys: string[]): Promise<Map<string, string>> {
  if (keys.length === 0) return new Map();
  const ref = referenceData();
  switch (groupBy) {
    case 'region':
      return new Map(keys.map((k) => [k, ref.region(k)?.name ?? k]));
    case 'industry':
      return new Map(keys.map((k) => [k, ref.industry(k)?.row.name ?? k]));
    case 'enterprise':
      return new Map((await db.selectFrom('enterprises').select(['id', 'name']).where('id', 'in', keys).execute()).map((r) => [r.id, r.name]));
    case 'department':
      return new Map((await db.selectFrom('departments').select(['id', 'name']).where('id', 'in', keys).execute()).map((r) => [r.id, r.name]));
  }
}
