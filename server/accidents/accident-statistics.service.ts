import { sql, type RawBuilder, type SqlBool } from 'kysely';
import {
  MAX_STATISTICS_DAYS,
  monthKeyYearLater,
  percentChange,
  ratesOf,
  yearEarlier,
  zeroFigures,
  type AccidentGroupBy,
  type AccidentStatistics,
  type AccidentStatisticsQuery,
  type FiguresRow,
  type StatisticsRow,
} from '../../core/accidents/accident-statistics.schema.ts';
import { addCivilDays, cityDayStart, DAY_MS, type CivilDate } from '../../core/shared/city-time.ts';
import type { Scope } from '../../core/organisations/scope.ts';
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';
import { invalid } from '../http/errors.ts';
import { inScope } from '../organisations/scope-condition.ts';
import { referenceData } from '../organisations/reference-data.ts';
import { inIndustry, inRegion } from './accident.repository.ts';

const civil = (text: string): CivilDate => {
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  return { year, month, day };
};
const text = (d: CivilDate) => `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

const keyOf: Record<AccidentGroupBy, RawBuilder<string>> = {
  region: sql<string>`accidents.district_code`,
  industry: sql<string>`accidents.industry_section`,
  grade: sql<string>`accidents.grade`,
  category: sql<string>`accidents.category`,
  // The month in the city's time zone; the month index of the covering index's leading column.
  month: sql<string>`to_char(accidents.occurred_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM')`,
};

export interface StatisticsFilter {
  scope: Scope;
  regionCode?: string | undefined;
  industryCode?: string | undefined;
}

/**
 * Sums per group over [start, end), in one pass of an index-only scan (accidents_occurred_idx or, for a
 * district, accidents_district_occurred_idx carry every summed column).
 */
export async function sumsBy(db: Db, groupBy: AccidentGroupBy, f: StatisticsFilter, start: Date, end: Date): Promise<Map<string, FiguresRow>> {
  const c: RawBuilder<unknown>[] = [inScope(f.scope, 'accidents'), sql`accidents.occurred_at >= ${start}`, sql`accidents.occurred_at < ${end}`];
  if (f.regionCode) c.push(inRegion(f.regionCode));
  if (f.industryCode) c.push(inIndustry(f.industryCode));
  const { rows } = await sql<{ key: string; accidents: number; deaths: number; serious: number; loss: number }>`
    SELECT ${keyOf[groupBy]} AS key, count(*)::int AS accidents, coalesce(sum(accidents.deaths), 0)::int AS deaths,
           coalesce(sum(accidents.serious_injuries), 0)::int AS serious, coalesce(sum(accidents.direct_loss_yuan), 0)::int8 AS loss
    FROM accidents WHERE ${sql.join(c, sql` AND `) as RawBuilder<SqlBool>}
    GROUP BY 1`.execute(db);
  return new Map(rows.map((r) => [r.key, { accidents: r.accidents, deaths: r.deaths, seriousInjuries: r.serious, directLossYuan: Number(r.loss) }]));
}

const monthIndex = (d: CivilDate) => d.year * 12 + d.month - 1;

const rollupKeyOf: Partial<Record<AccidentGroupBy, RawBuilder<string>>> = {
  region: sql<string>`district_code`,
  industry: sql<string>`industry_section`,
  month: sql<string>`lpad((month / 12)::text, 4, '0') || '-' || lpad((month % 12 + 1)::text, 2, '0')`,
};

/**
 * Whether the monthly roll-up (migration 20261201410000) answers the question: whole months, grouped by month,
 * region or industry, and a scope and filters at district and section level (which are its keys).
 */
function rollupCondition(groupBy: AccidentGroupBy, f: StatisticsFilter, from: CivilDate, to: CivilDate): RawBuilder<SqlBool> | null {
  if (!rollupKeyOf[groupBy] || from.day !== 1 || addCivilDays(to, 1).day !== 1) return null;
  const isDistrict = (c: string) => c.length === 6 && !c.endsWith('00');
  const isSection = (c: string) => /^[A-T]$/.test(c);
  const c: RawBuilder<unknown>[] = [sql`month BETWEEN ${monthIndex(from)} AND ${monthIndex(to)}`];
  if (f.scope.kind === 'enterprise') return null;
  if (f.scope.kind === 'department') {
    if (f.scope.regionCodes) {
      if (!f.scope.regionCodes.every(isDistrict)) return null;
      c.push(sql`district_code = ANY(${f.scope.regionCodes}::text[])`);
    }
    if (f.scope.industryCodes) {
      if (!f.scope.industryCodes.every(isSection)) return null;
      c.push(sql`industry_section = ANY(${f.scope.industryCodes}::text[])`);
    }
  }
  if (f.regionCode) {
    if (!isDistrict(f.regionCode)) return null;
    c.push(sql`district_code = ${f.regionCode}`);
  }
  if (f.industryCode) {
    if (!isSection(f.industryCode)) return null;
    c.push(sql`industry_section = ${f.industryCode}`);
  }
  return sql<SqlBool>`${sql.join(c, sql` AND `)}`;
}

async function sumsFromRollup(db: Db, groupBy: AccidentGroupBy, where: RawBuilder<SqlBool>): Promise<Map<string, FiguresRow>> {
  const { rows } = await sql<{ key: string; accidents: number; deaths: number; serious: number; loss: number }>`
    SELECT ${rollupKeyOf[groupBy]!} AS key, sum(accidents)::int AS accidents, sum(deaths)::int AS deaths,
           sum(serious_injuries)::int AS serious, sum(direct_loss_yuan)::int8 AS loss
    FROM accident_monthly WHERE ${where} GROUP BY 1 HAVING sum(accidents) > 0`.execute(db);
  return new Map(rows.map((r) => [r.key, { accidents: r.accidents, deaths: r.deaths, seriousInjuries: r.serious, directLossYuan: Number(r.loss) }]));
}

/** Sums per group over the civil days [from, to]: from the monthly roll-up where it can answer, else the accidents. */
export function sumsOver(db: Db, groupBy: AccidentGroupBy, f: StatisticsFilter, from: CivilDate, to: CivilDate) {
  const rollup = rollupCondition(groupBy, f, from, to);
  return rollup ? sumsFromRollup(db, groupBy, rollup) : sumsBy(db, groupBy, f, cityDayStart(from), cityDayStart(addCivilDays(to, 1)));
}

const add = (a: FiguresRow, b: FiguresRow): FiguresRow => ({
  accidents: a.accidents + b.accidents,
  deaths: a.deaths + b.deaths,
  seriousInjuries: a.seriousInjuries + b.seriousInjuries,
  directLossYuan: a.directLossYuan + b.directLossYuan,
});

const rowOf = (key: string, current: FiguresRow, previous: FiguresRow): StatisticsRow => ({
  key,
  ...current,
  previous,
  change: { accidents: percentChange(current.accidents, previous.accidents), deaths: percentChange(current.deaths, previous.deaths) },
});

async function denominators(db: Db, regionCodes: string[], firstYear: number, lastYear: number) {
  if (regionCodes.length === 0) return new Map<string, Array<{ gdpYuan: number | null; workers: number | null }>>();
  const rows = await db
    .selectFrom('accident_rate_denominators')
    .selectAll()
    .where('region_code', 'in', regionCodes)
    .where('year', '>=', firstYear)
    .where('year', '<=', lastYear)
    .execute();
  const out = new Map<string, Array<{ gdpYuan: number | null; workers: number | null }>>();
  for (const r of rows) out.set(r.region_code, [...(out.get(r.region_code) ?? []), { gdpYuan: r.gdp_yuan, workers: r.workers }]);
  return out;
}

/**
 * Accident statistics for [from, to] (whole city days) grouped by region, industry, grade, category or month,
 * each row beside the same period a year earlier, with rates where their denominators are configured.
 */
export async function accidentStatistics(db: Db, actor: Actor, q: AccidentStatisticsQuery): Promise<AccidentStatistics> {
  const from = civil(q.from);
  const to = civil(q.to);
  const start = cityDayStart(from);
  const end = cityDayStart(addCivilDays(to, 1));
  if ((end.getTime() - start.getTime()) / DAY_MS > MAX_STATISTICS_DAYS) throw invalid([{ path: 'to', message: 'the period is at most ten years' }]);
  const previousFrom = yearEarlier(from);
  const previousTo = yearEarlier(to);
  const filter = { scope: actor.scope, regionCode: q.regionCode, industryCode: q.industryCode };
  const [current, previous] = await Promise.all([sumsOver(db, q.groupBy, filter, from, to), sumsOver(db, q.groupBy, filter, previousFrom, previousTo)]);
  // A month of the year before lines up with the same month of this period.
  const previousByKey = q.groupBy === 'month' ? new Map([...previous].map(([k, v]) => [monthKeyYearLater(k), v])) : previous;
  const keys = new Set([...current.keys(), ...(q.groupBy === 'month' ? [] : previousByKey.keys())]);
  const rows = [...keys].sort().map((key) => rowOf(key, current.get(key) ?? zeroFigures(), previousByKey.get(key) ?? zeroFigures()));
  const total = rowOf('total', [...current.values()].reduce(add, zeroFigures()), [...previous.values()].reduce(add, zeroFigures()));

  const years = to.year - from.year + 1;
  const totalRegion = q.regionCode?.slice(0, 6) ?? referenceData().cityCode;
  const regionKeys = q.groupBy === 'region' ? rows.map((r) => r.key) : [];
  const dens = await denominators(db, [...new Set([totalRegion, ...regionKeys])], from.year, to.year);
  if (dens.size > 0) {
    total.rates = ratesOf(total.deaths, dens.get(totalRegion) ?? [], years);
    for (const row of rows) if (q.groupBy === 'region') row.rates = ratesOf(row.deaths, dens.get(row.key) ?? [], years);
  }
  return { groupBy: q.groupBy, from: q.from, to: q.to, previousFrom: text(previousFrom), previousTo: text(previousTo), rows, total };
}
