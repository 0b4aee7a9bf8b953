import { sql, type RawBuilder } from 'kysely';
import type { CockpitContext } from './cockpit-registry.ts';

/** The district filter of a drill-down on a table with `district_code`. */
export const inDistrict = (ctx: CockpitContext, alias: string): RawBuilder<unknown> =>
  ctx.districtCode ? sql`${sql.ref(`${alias}.district_code`)} = ${ctx.districtCode}` : sql`true`;

/** Month index 1–12 of an instant in the city's time zone. */
export const cityMonth = (column: string) => sql<number>`extract(month FROM ${sql.ref(column)} AT TIME ZONE 'Asia/Shanghai')::int`;

/** Twelve monthly values from rows of {y: 0 (this year) | 1 (last year), m, n}. */
export function monthlyArrays(rows: Array<{ y: number; m: number; n: number }>): { values: number[]; previous: number[] } {
  const values = Array.from({ length: 12 }, () => 0);
  const previous = Array.from({ length: 12 }, () => 0);
  for (const r of rows) (r.y === 0 ? values : previous)[r.m - 1] = Number(r.n);
  return { values, previous };
}
