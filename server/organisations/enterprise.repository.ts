import { sql, type ExpressionBuilder, type Expression, type SqlBool } from 'kysely';
import { regionLevelOf } from '../../core/organisations/regions.ts';
import type { Scope } from '../../core/organisations/scope.ts';
import type { Db } from '../db/database.ts';
import type { Database, EnterprisesTable } from '../db/schema.ts';
import type { Insertable, Selectable, Updateable } from 'kysely';

export type EnterpriseRow = Selectable<EnterprisesTable>;

type Eb = ExpressionBuilder<Database, 'enterprises'>;

/**
 * The caller's scope as a WHERE condition (coversEnterprise in core/organisations/scope.ts is the same rule
 * in memory). Array overlap on the stored ancestor paths is served by the GIN indexes.
 */
export function inScope(eb: Eb, scope: Scope): Expression<SqlBool> {
  switch (scope.kind) {
    case 'city':
      return sql<boolean>`true`;
    case 'department': {
      const conditions: Expression<SqlBool>[] = [];
      if (scope.regionCodes) conditions.push(eb('enterprises.region_path', '&&', sql<string[]>`${scope.regionCodes}::text[]`));
      if (scope.industryCodes) conditions.push(eb('enterprises.industry_path', '&&', sql<string[]>`${scope.industryCodes}::text[]`));
      return eb.and(conditions);
    }
    case 'enterprise':
      return eb('enterprises.id', '=', scope.enterpriseId);
  }
}

export interface EnterpriseFilter {
  q?: string;
  regionCode?: string;
  industryCode?: string;
  keyIndustry?: string;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

function filtered(db: Db, scope: Scope, f: EnterpriseFilter) {
  let query = db.selectFrom('enterprises').where((eb) => inScope(eb, scope));
  // Each region level has its own indexed column; industry codes are validated digits, so a prefix LIKE
  // needs no escaping and is served by the text_pattern_ops index. A section letter is not a prefix of its
  // classes' codes: it goes through the stored path.
  if (f.regionCode) {
    const level = regionLevelOf(f.regionCode);
    if (level === 'city') query = query.where('region_path', '@>', sql<string[]>`ARRAY[${f.regionCode}]::text[]`);
    else query = query.where(level === 'district' ? 'district_code' : 'region_code', '=', f.regionCode);
  }
  if (f.industryCode) {
    query = /^[A-T]$/.test(f.industryCode)
      ? query.where('industry_path', '@>', sql<string[]>`ARRAY[${f.industryCode}]::text[]`)
      : query.where('industry_code', 'like', `${f.industryCode}%`);
  }
  if (f.keyIndustry) query = query.where('key_industries', '@>', sql<string[]>`ARRAY[${f.keyIndustry}]::text[]`);
  if (f.q) {
    const pattern = `%${escapeLike(f.q)}%`;
    const codePrefix = `${escapeLike(f.q.toUpperCase())}%`;
    query = query.where((eb) => eb.or([eb('name', 'ilike', pattern), eb('credit_code', 'like', codePrefix)]));
  }
  return query;
}

const sortColumns = {
  createdAt: 'created_at',
  name: 'name',
  employees: 'employees',
} as const;

/**
 * One round trip for a page and the total: the count, with the page joined laterally (an empty page still
 * yields the total). The page follows an index in the default order (district or street, newest first).
 */
export function enterpriseListQuery(db: Db, scope: Scope, filter: EnterpriseFilter, sort: string, limit: number, offset: number) {
  const desc = sort.startsWith('-');
  const column = sortColumns[sort.replace(/^-/, '') as keyof typeof sortColumns];
  const page = filtered(db, scope, filter)
    .selectAll()
    .orderBy(column, desc ? 'desc' : 'asc')
    .orderBy('id', desc ? 'desc' : 'asc')
    .limit(limit)
    .offset(offset);
  const total = filtered(db, scope, filter).select((eb) => eb.fn.countAll<number>().as('total'));
  return db
    .selectFrom(total.as('t'))
    .leftJoinLateral(page.as('p'), (join) => join.onTrue())
    .select('t.total')
    .selectAll('p')
    .orderBy(`p.${column}`, desc ? 'desc' : 'asc')
    .orderBy('p.id', desc ? 'desc' : 'asc');
}

export async function listEnterprises(
  db: Db,
  scope: Scope,
  filter: EnterpriseFilter,
  sort: string,
  limit: number,
  offset: number,
): Promise<{ rows: EnterpriseRow[]; total: number }> {
  const result = await enterpriseListQuery(db, scope, filter, sort, limit, offset).execute();
  const total = Number(result[0]?.total ?? 0);
  const rows = result.filter((r) => r.id !== null).map(({ total: _, ...row }) => row as EnterpriseRow);
  return { rows, total };
}

export function findEnterpriseById(db: Db, scope: Scope, id: string) {
  return db.selectFrom('enterprises').selectAll().where('id', '=', id).where((eb) => inScope(eb, scope)).executeTakeFirst();
}

/** Locks the row for the rest of the transaction, so that concurrent edits apply one after the other. */
export function findEnterpriseForUpdate(db: Db, scope: Scope, id: string) {
  return db.selectFrom('enterprises').selectAll().where('id', '=', id).where((eb) => inScope(eb, scope)).forUpdate().executeTakeFirst();
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
