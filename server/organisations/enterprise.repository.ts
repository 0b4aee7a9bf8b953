import { sql, type CompiledQuery, type RawBuilder, type SqlBool } from 'kysely';
import { regionLevelOf } from '../../core/organisations/regions.ts';
import type { Scope } from '../../core/organisations/scope.ts';
import { inScope } from './scope-condition.ts';
import { genericPlans, type Db } from '../db/database.ts';
import { isoUtc } from '../db/sql-iso.ts';
import type { EnterprisesTable } from '../db/schema.ts';
import type { Insertable, Selectable, Updateable } from 'kysely';

export type EnterpriseRow = Selectable<EnterprisesTable>;

export interface EnterpriseFilter {
  q?: string;
  regionCode?: string;
  industryCode?: string;
  keyIndustry?: string;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Scope and list filters as one condition on `enterprises`. */
function listCondition(scope: Scope, f: EnterpriseFilter): RawBuilder<SqlBool> {
  const conditions: RawBuilder<unknown>[] = [inScope(scope, 'enterprises')];
  // Each region level has its own indexed column. Industry codes are validated digits, so a prefix LIKE
  // needs no escaping and is served by the text_pattern_ops index; a section letter is not a prefix of its
  // classes' codes and goes through the stored path.
  if (f.regionCode) {
    const level = regionLevelOf(f.regionCode);
    if (level === 'city') conditions.push(sql`region_path @> ARRAY[${f.regionCode}]::text[]`);
    else if (level === 'district') conditions.push(sql`district_code = ${f.regionCode}`);
    else conditions.push(sql`region_code = ${f.regionCode}`);
  }
  if (f.industryCode) {
    conditions.push(/^[A-T]$/.test(f.industryCode) ? sql`industry_path @> ARRAY[${f.industryCode}]::text[]` : sql`industry_code LIKE ${`${f.industryCode}%`}`);
  }
  if (f.keyIndustry) conditions.push(sql`key_industries @> ARRAY[${f.keyIndustry}]::text[]`);
  if (f.q) conditions.push(sql`(name ILIKE ${`%${escapeLike(f.q)}%`} OR credit_code LIKE ${`${escapeLike(f.q.toUpperCase())}%`})`);
  return sql<SqlBool>`${sql.join(conditions, sql` AND `)}`;
}

const sortColumns = {
  createdAt: 'created_at',
  name: 'name',
  employees: 'employees',
} as const;


/**
 * A listed enterprise as the API shows it (core/organisations/enterprise.schema.ts), built in SQL, less the two
 * names the reference data gives (industryName, regionName), which `searchEnterprises` adds.
 */
const apiFields = sql.join([
  sql`'id', e.id`,
  sql`'name', e.name`,
  sql`'creditCode', e.credit_code`,
  sql`'industryCode', e.industry_code`,
  sql`'regionCode', e.region_code`,
  sql`'address', e.address`,
  sql`'location', CASE WHEN e.lng IS NULL OR e.lat IS NULL THEN NULL ELSE json_build_object('lng', e.lng, 'lat', e.lat) END`,
  sql`'employees', e.employees`,
  sql`'keyIndustries', e.key_industries`,
  sql`'highRisk', e.high_risk`,
  sql`'createdAt', ${isoUtc('e.created_at')}`,
  sql`'updatedAt', ${isoUtc('e.updated_at')}`,
]);

/** One row of the list query: the enterprise's JSON text and the codes its names come from. */
export interface ListedEnterpriseText {
  json: string;
  industry_code: string;
  region_code: string;
}

/**
 * One round trip for a page and the total: the count, with the page joined laterally (an empty page still
 * yields the total). The page is a deferred join: the keys of the requested page are found on the index
 * (district or street, newest first) without visiting the rows the offset skips, then only those rows are
 * read. Each row comes back as the API's JSON text, which the response carries as it is: Node neither parses
 * nor re-serialises it. Written as SQL rather than with the query builder: this is the hottest query of the
 * platform (docs/benchmarks.md).
 */
export function enterpriseListQuery(db: Db, scope: Scope, filter: EnterpriseFilter, sort: string, limit: number, offset: number) {
  const column = sql.ref(sortColumns[sort.replace(/^-/, '') as keyof typeof sortColumns]);
  const direction = sort.startsWith('-') ? sql`DESC` : sql`ASC`;
  const where = listCondition(scope, filter);
  return sql<{ total: string; json: string | null; industry_code: string | null; region_code: string | null }>`
    SELECT t.total, p.json, p.industry_code, p.region_code FROM (SELECT count(*) AS total FROM enterprises WHERE ${where}) t
    LEFT JOIN LATERAL (
      SELECT json_build_object(${apiFields})::text AS json, e.industry_code, e.region_code, k.${column} AS sort_key, k.id FROM (
        SELECT id, ${column} FROM enterprises WHERE ${where}
        ORDER BY ${column} ${direction}, id ${direction} LIMIT ${limit} OFFSET ${offset}
      ) k JOIN enterprises e ON e.id = k.id
    ) p ON true
    ORDER BY p.sort_key ${direction}, p.id ${direction}`;
}

/** Compiled list statements by their inputs: building the SQL cost as much Node time as running it. */
const compiledLists = new Map<string, CompiledQuery>();
const MAX_COMPILED = 2_000;

export async function listEnterprises(
  db: Db,
  scope: Scope,
  filter: EnterpriseFilter,
  sort: string,
  limit: number,
  offset: number,
): Promise<{ rows: ListedEnterpriseText[]; total: number }> {
  const key = JSON.stringify([scope, filter, sort, limit, offset]);
  let compiled = compiledLists.get(key);
  if (!compiled) {
    compiled = enterpriseListQuery(db, scope, filter, sort, limit, offset).compile(db);
    if (compiledLists.size >= MAX_COMPILED) compiledLists.clear();
    compiledLists.set(key, compiled);
  }
  const { rows: result } = await genericPlans(db).executeQuery(compiled as CompiledQuery<{ total: string; json: string | null; industry_code: string; region_code: string }>);
  const total = Number(result[0]?.total ?? 0);
  const rows = result.flatMap((r) => (r.json === null ? [] : [{ json: r.json, industry_code: r.industry_code, region_code: r.region_code }]));
  return { rows, total };
}

export function findEnterpriseById(db: Db, scope: Scope, id: string) {
  return db.selectFrom('enterprises').selectAll().where('id', '=', id).where(inScope(scope, 'enterprises')).executeTakeFirst();
}

/** Locks the row for the rest of the transaction, so that concurrent edits apply one after the other. */
export function findEnterpriseForUpdate(db: Db, scope: Scope, id: string) {
  return db.selectFrom('enterprises').selectAll().where('id', '=', id).where(inScope(scope, 'enterprises')).forUpdate().executeTakeFirst();
}

export function insertEnterprise(db: Db, row: Insertable<EnterprisesTable>) {
  return db.insertInto('enterprises').values(row).returningAll().executeTakeFirstOrThrow();
}

export function updateEnterprise(db: Db, id: string, changes: Updateable<EnterprisesTable>) {
  return db
    .updateTable('enterprises')
    .set({ ...changes, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}
