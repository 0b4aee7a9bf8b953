import { sql, type ExpressionBuilder, type Expression, type SqlBool } from 'kysely';
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
    case 'department':
      return eb.and([
        eb('enterprises.region_path', '&&', sql<string[]>`${scope.regionCodes}::text[]`),
        eb('enterprises.industry_path', '&&', sql<string[]>`${scope.industryCodes}::text[]`),
      ]);
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
  if (f.regionCode) query = query.where('region_path', '@>', sql<string[]>`ARRAY[${f.regionCode}]::text[]`);
  if (f.industryCode) query = query.where('industry_path', '@>', sql<string[]>`ARRAY[${f.industryCode}]::text[]`);
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

export async function listEnterprises(
  db: Db,
  scope: Scope,
  filter: EnterpriseFilter,
  sort: string,
  limit: number,
  offset: number,
): Promise<{ rows: EnterpriseRow[]; total: number }> {
  const desc = sort.startsWith('-');
  const column = sortColumns[sort.replace(/^-/, '') as keyof typeof sortColumns];
  const [rows, count] = await Promise.all([
    filtered(db, scope, filter)
      .selectAll()
      .orderBy(column, desc ? 'desc' : 'asc')
      .orderBy('id', desc ? 'desc' : 'asc')
      .limit(limit)
      .offset(offset)
      .execute(),
    filtered(db, scope, filter).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export function countEnterprisesByKeyIndustry(db: Db, scope: Scope) {
  return db
    .selectFrom('enterprises')
    .where((eb) => inScope(eb, scope))
    .select([sql<string>`unnest(key_industries)`.as('keyIndustry'), (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy(sql`1`)
    .execute();
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
